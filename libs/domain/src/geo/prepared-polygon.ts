import { isEmptyBBox, ringsBBox } from './bbox.js';
import type { AreaGeometry, GeoPoint, LinearRing } from './geo-types.js';
import { EDGE_TOLERANCE_DEG, onSegment, pointInPolygon } from './point-in-polygon.js';

/**
 * A (Multi)Polygon prepared for many point tests: the same answers as pointInPolygon, but each
 * test looks only at the edges near the point's latitude instead of at every edge.
 *
 * Per polygon the edges are filed in horizontal bands by their latitude range, widened by
 * EDGE_TOLERANCE_DEG. An edge outside that range can neither be "on the edge" nor cross the
 * point's ray in pointInPolygon, so skipping it changes nothing; the edges that remain get
 * exactly pointInPolygon's per-edge arithmetic (same vertex order), and even-odd toggling does
 * not depend on the order of edges. Band lookup is monotone in latitude, so an edge whose range
 * holds the point's latitude always sits in the point's band. Geometry with a non-finite
 * coordinate falls back to pointInPolygon itself.
 */
export class PreparedPolygon {
  private readonly parts: Part[] = [];
  private readonly fallback: AreaGeometry | null = null;

  constructor(geometry: AreaGeometry) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const finite = polygons.every((rings) =>
      rings.every((ring) => ring.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))),
    );
    if (!finite) {
      this.fallback = geometry;
      return;
    }
    for (const rings of polygons) {
      const part = preparePart(rings);
      if (part) this.parts.push(part);
    }
  }

  contains(p: GeoPoint): boolean {
    if (this.fallback) return pointInPolygon(p, this.fallback);
    const { lng: x, lat: y } = p;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    for (const part of this.parts) if (partContains(part, x, y)) return true;
    return false;
  }
}

interface Part {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  bandHeight: number;
  bands: number;
  /** Band b holds the edges edgeIndex[start[b] .. start[b + 1]). */
  start: Int32Array;
  edgeIndex: Int32Array;
  /** Per edge: xi, yi, xj, yj (i the vertex, j the one before it, as pointInPolygon walks). */
  coords: Float64Array;
}

function preparePart(rings: LinearRing[]): Part | null {
  const eps = EDGE_TOLERANCE_DEG;
  const box = ringsBBox(rings);
  // No vertex at all: pointInPolygon's bounding-box test then never passes.
  if (isEmptyBBox(box)) return null;
  const [minX, minY, maxX, maxY] = box;
  const edges: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    if (n === 0) continue;
    let pj = ring[n - 1];
    for (let i = 0; i < n; i++) {
      const pi = ring[i];
      edges.push(pi[0], pi[1], pj[0], pj[1]);
      pj = pi;
    }
  }
  const count = edges.length / 4;
  const bands = maxY > minY ? Math.max(1, Math.min(1024, Math.ceil(count / 4))) : 1;
  const bandHeight = bands > 1 ? (maxY - minY) / bands : Infinity;
  const bandOf = (y: number): number => {
    if (bands === 1) return 0;
    const b = Math.floor((y - minY) / bandHeight);
    return b < 0 ? 0 : b >= bands ? bands - 1 : b;
  };
  const counts = new Int32Array(bands + 1);
  const ranges = new Int32Array(count * 2);
  for (let e = 0; e < count; e++) {
    const yi = edges[e * 4 + 1];
    const yj = edges[e * 4 + 3];
    const lo = bandOf(Math.min(yi, yj) - eps);
    const hi = bandOf(Math.max(yi, yj) + eps);
    ranges[e * 2] = lo;
    ranges[e * 2 + 1] = hi;
    for (let b = lo; b <= hi; b++) counts[b + 1]++;
  }
  const start = new Int32Array(bands + 1);
  for (let b = 0; b < bands; b++) start[b + 1] = start[b] + counts[b + 1];
  const fill = start.slice(0, bands);
  const edgeIndex = new Int32Array(start[bands]);
  for (let e = 0; e < count; e++) {
    for (let b = ranges[e * 2]; b <= ranges[e * 2 + 1]; b++) edgeIndex[fill[b]++] = e;
  }
  return {
    minX,
    minY,
    maxX,
    maxY,
    bandHeight,
    bands,
    start,
    edgeIndex,
    coords: Float64Array.from(edges),
  };
}

function partContains(part: Part, x: number, y: number): boolean {
  // pointInPolygon's bounding-box rule, checked first: outside it nothing else matters.
  if (x < part.minX || x > part.maxX || y < part.minY || y > part.maxY) return false;
  const eps = EDGE_TOLERANCE_DEG;
  let b = part.bands === 1 ? 0 : Math.floor((y - part.minY) / part.bandHeight);
  if (b < 0) b = 0;
  else if (b >= part.bands) b = part.bands - 1;
  const c = part.coords;
  let inside = false;
  for (let k = part.start[b]; k < part.start[b + 1]; k++) {
    const e = part.edgeIndex[k] * 4;
    const xi = c[e];
    const yi = c[e + 1];
    const xj = c[e + 2];
    const yj = c[e + 3];
    if (!(y < yi - eps && y < yj - eps) && !(y > yi + eps && y > yj + eps)) {
      if (onSegment(x, y, xi, yi, xj, yj)) return true;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
