import { geometryBBox } from './bbox.js';
import type { AreaGeometry, BBox, LinearRing, Position } from './geo-types.js';
import { NETHERLANDS_BBOX } from './netherlands.js';

export const DEFAULT_MAX_VERTICES = 5000;
// Enough to show what is wrong without flooding the user (or the API response).
export const MAX_GEOMETRY_ERRORS = 25;

export interface GeometryError {
  /** Where the problem is, e.g. `coordinates[0][3]`; '' means the geometry itself. */
  path: string;
  /** Dutch, then English in brackets, for the person who drew or uploaded the area. */
  message: string;
}

export type GeometryValidation =
  | { ok: true; geometry: AreaGeometry; bbox: BBox; vertexCount: number }
  | { ok: false; errors: GeometryError[] };

export interface ValidateGeometryOptions {
  maxVertices?: number;
}

class TooManyErrors extends Error {}

class ErrorList {
  readonly items: GeometryError[] = [];
  /** Said once per geometry: a file written with heights or measures has them everywhere. */
  positionShapeSaid = false;
  add(path: string, message: string): void {
    if (this.items.length >= MAX_GEOMETRY_ERRORS) {
      this.items.push({
        path: '',
        message: `Meer dan ${MAX_GEOMETRY_ERRORS} fouten gevonden; alleen de eerste worden getoond (more than ${MAX_GEOMETRY_ERRORS} errors found; only the first are shown)`,
      });
      throw new TooManyErrors();
    }
    this.items.push({ path, message });
  }
}

/**
 * Checks untrusted GeoJSON (e.g. a drawn or uploaded coverage area) before it is stored.
 * On success it returns a fresh copy holding only `type` and `coordinates`, its bounding box
 * and the number of vertices (positions, not counting each ring's closing repeat).
 * It never throws, whatever it is given.
 */
export function validateAreaGeometry(
  input: unknown,
  opts: ValidateGeometryOptions = {},
): GeometryValidation {
  const maxVertices = opts.maxVertices ?? DEFAULT_MAX_VERTICES;
  const errors = new ErrorList();
  try {
    const result = validate(input, maxVertices, errors);
    if (result && errors.items.length === 0) return result;
  } catch (e) {
    // Anything other than our own "stop collecting" signal (a hostile getter or Proxy, say)
    // still becomes a validation error rather than an exception.
    if (!(e instanceof TooManyErrors)) {
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: 'De geometrie kon niet worden gelezen (the geometry could not be read)',
          },
        ],
      };
    }
  }
  return { ok: false, errors: errors.items };
}

function validate(
  input: unknown,
  maxVertices: number,
  errors: ErrorList,
): GeometryValidation | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.add(
      '',
      'De geometrie moet een GeoJSON-object zijn (the geometry must be a GeoJSON object)',
    );
    return undefined;
  }
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    errors.add(
      'type',
      'Het type moet "Polygon" of "MultiPolygon" zijn (the type must be "Polygon" or "MultiPolygon")',
    );
    return undefined;
  }
  if (!Array.isArray(coordinates)) {
    errors.add(
      'coordinates',
      'De coördinaten ontbreken of zijn geen lijst (the coordinates are missing or not a list)',
    );
    return undefined;
  }

  // Count first, cheaply, so an oversized input is refused before any per-position work.
  const count = countVertices(type, coordinates, maxVertices);
  if (count > maxVertices) {
    errors.add(
      'coordinates',
      `Het gebied heeft te veel hoekpunten (meer dan ${maxVertices}); vereenvoudig de vorm (the area has more than ${maxVertices} vertices; simplify the shape)`,
    );
    return undefined;
  }

  let polygons: LinearRing[][];
  if (type === 'Polygon') {
    polygons = [readPolygon(coordinates, 'coordinates', errors)];
  } else {
    if (coordinates.length === 0)
      errors.add(
        'coordinates',
        'Het multipolygoon heeft geen polygonen (the multipolygon has no polygons)',
      );
    polygons = [];
    // Plain index loops (not map/forEach) so holes in sparse arrays are reported too.
    for (let i = 0; i < coordinates.length; i++) {
      const poly: unknown = coordinates[i];
      if (Array.isArray(poly)) polygons.push(readPolygon(poly, `coordinates[${i}]`, errors));
      else
        errors.add(
          `coordinates[${i}]`,
          'Een polygoon moet een lijst van ringen zijn (a polygon must be a list of rings)',
        );
    }
  }
  if (errors.items.length > 0) return undefined;

  const geometry: AreaGeometry =
    type === 'Polygon'
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
  let vertexCount = 0;
  for (const rings of polygons) for (const ring of rings) vertexCount += ring.length - 1;
  return { ok: true, geometry, bbox: geometryBBox(geometry), vertexCount };
}

/**
 * Vertices as validation will count them, stopping once past the limit. Anything that is not
 * a proper ring still counts as one, so millions of empty or junk entries are refused quickly.
 */
function countVertices(type: 'Polygon' | 'MultiPolygon', coords: unknown[], limit: number): number {
  let total = 0;
  const polygons: unknown[] = type === 'Polygon' ? [coords] : coords;
  for (let p = 0; p < polygons.length; p++) {
    const poly = polygons[p];
    if (!Array.isArray(poly) || poly.length === 0) {
      total += 1;
    } else {
      for (let r = 0; r < poly.length && total <= limit; r++) {
        const ring: unknown = poly[r];
        total += Array.isArray(ring) ? Math.max(1, ring.length - 1) : 1;
      }
    }
    if (total > limit) break;
  }
  return total;
}

function readPolygon(rings: unknown[], path: string, errors: ErrorList): LinearRing[] {
  if (rings.length === 0) {
    errors.add(
      path,
      'Een polygoon moet minstens één ring (de buitenrand) hebben (a polygon needs at least one ring, its outer boundary)',
    );
    return [];
  }
  const out: LinearRing[] = [];
  for (let r = 0; r < rings.length; r++) {
    const ring: unknown = rings[r];
    const ringPath = `${path}[${r}]`;
    if (!Array.isArray(ring)) {
      errors.add(
        ringPath,
        'Een ring moet een lijst van posities zijn (a ring must be a list of positions)',
      );
      continue;
    }
    const read = readRing(ring, ringPath, errors);
    if (read) out.push(read);
  }
  if (out.length === rings.length) checkHoles(out, path, errors);
  return out;
}

/**
 * Holes (rings after the first) must lie inside the shell and apart from each other: no
 * crossing, no shared stretch of edge (so no hole equal to the shell), no hole inside another.
 * Touching in single points is allowed, as in OGC Simple Features (the import's ring repair
 * turns an inward lobe into such a hole). Otherwise "inside the area" stops meaning what the
 * person drew.
 */
function checkHoles(rings: LinearRing[], path: string, errors: ErrorList): void {
  const boxes = rings.map(ringBox);
  for (let h = 1; h < rings.length; h++) {
    const holePath = `${path}[${h}]`;
    for (let o = 0; o < h; o++) {
      const other = o === 0 ? 'de buitenrand' : `gat ${o}`;
      const otherEn = o === 0 ? 'the outer boundary' : `hole ${o}`;
      if (boxesMeet(boxes[h], boxes[o]) && ringsCross(rings[h], rings[o])) {
        errors.add(
          holePath,
          `Gat ${h} kruist ${other} of deelt er een zijde mee (hole ${h} crosses or shares a side with ${otherEn})`,
        );
        return;
      }
      if (o === 0 && !ringWithin(rings[h], rings[0])) {
        errors.add(
          holePath,
          `Gat ${h} ligt (deels) buiten de buitenrand van de polygoon (hole ${h} lies (partly) outside the polygon's outer boundary)`,
        );
        return;
      }
      if (o > 0 && (ringOverlaps(rings[h], rings[o]) || ringOverlaps(rings[o], rings[h]))) {
        errors.add(
          holePath,
          `Gat ${h} en ${other} liggen in elkaar; gaten mogen niet overlappen (hole ${h} and ${otherEn} overlap; holes must not overlap)`,
        );
        return;
      }
    }
  }
}

type Box = [number, number, number, number];

function ringBox(ring: LinearRing): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Does an edge of a cross an edge of b, or run along it for more than a point? */
function ringsCross(a: LinearRing, b: LinearRing): boolean {
  const bBox = ringBox(b);
  for (let i = 0; i + 1 < a.length; i++) {
    const p1 = a[i];
    const p2 = a[i + 1];
    const eBox: Box = [
      Math.min(p1[0], p2[0]),
      Math.min(p1[1], p2[1]),
      Math.max(p1[0], p2[0]),
      Math.max(p1[1], p2[1]),
    ];
    if (!boxesMeet(eBox, bBox)) continue;
    for (let j = 0; j + 1 < b.length; j++) {
      if (segmentsCrossOrOverlap(p1, p2, b[j], b[j + 1])) return true;
    }
  }
  return false;
}

function segmentsCrossOrOverlap(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orient(p1, p2, q1);
  const o2 = orient(p1, p2, q2);
  const o3 = orient(q1, q2, p1);
  const o4 = orient(q1, q2, p2);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true; // a proper crossing
  if (o1 !== 0 || o2 !== 0) return false; // at most a touch in one point
  // Collinear: overlapping for more than a point?
  const axis = p1[0] !== p2[0] ? 0 : 1;
  const lo = Math.max(Math.min(p1[axis], p2[axis]), Math.min(q1[axis], q2[axis]));
  const hi = Math.min(Math.max(p1[axis], p2[axis]), Math.max(q1[axis], q2[axis]));
  return hi > lo;
}

function onRing(ring: LinearRing, p: Position): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    if (orient(ring[i], ring[i + 1], p) === 0 && within(ring[i], ring[i + 1], p)) return true;
  }
  return false;
}

/** Every vertex and edge midpoint of inner that is not on outer lies inside outer. */
function ringWithin(inner: LinearRing, outer: LinearRing): boolean {
  for (const p of probePoints(inner)) {
    if (!onRing(outer, p) && !ringContains(outer, p)) return false;
  }
  return true;
}

/** Some vertex or edge midpoint of a, not on b, lies inside b. */
function ringOverlaps(a: LinearRing, b: LinearRing): boolean {
  for (const p of probePoints(a)) {
    if (!onRing(b, p) && ringContains(b, p)) return true;
  }
  return false;
}

function* probePoints(ring: LinearRing): Generator<Position> {
  for (let i = 0; i + 1 < ring.length; i++) {
    yield ring[i];
    yield [(ring[i][0] + ring[i + 1][0]) / 2, (ring[i][1] + ring[i + 1][1]) / 2];
  }
}

/** Even-odd test of a point against one closed ring (the point is known not to be on it). */
function ringContains(ring: LinearRing, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function readRing(ring: unknown[], path: string, errors: ErrorList): LinearRing | undefined {
  const positions: Position[] = [];
  let valid = true;
  for (let i = 0; i < ring.length; i++) {
    const p = readPosition(ring[i], `${path}[${i}]`, errors);
    if (p) positions.push(p);
    else valid = false;
  }
  if (!valid) return undefined;

  if (positions.length < 4) {
    errors.add(
      path,
      'Een ring heeft minstens 4 posities nodig: 3 hoekpunten plus het beginpunt (a ring needs at least 4 positions: 3 vertices plus the first again)',
    );
    return undefined;
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    errors.add(
      path,
      'De ring is niet gesloten: de laatste positie moet gelijk zijn aan de eerste (the ring is not closed: its last position must equal its first)',
    );
    return undefined;
  }
  const vertices = distinctVertices(positions);
  if (vertices.length < 3) {
    errors.add(
      path,
      'De ring heeft minder dan 3 verschillende hoekpunten en omsluit geen gebied (the ring has fewer than 3 distinct vertices and encloses no area)',
    );
    return undefined;
  }
  const crossing = findSelfIntersection(vertices);
  if (crossing) {
    errors.add(
      path,
      `De ring snijdt zichzelf: zijde ${crossing[0] + 1} raakt of kruist zijde ${crossing[1] + 1} (the ring intersects itself: side ${crossing[0] + 1} touches or crosses side ${crossing[1] + 1})`,
    );
    return undefined;
  }
  return positions;
}

function readPosition(pos: unknown, path: string, errors: ErrorList): Position | undefined {
  if (!Array.isArray(pos) || pos.length !== 2) {
    if (errors.positionShapeSaid) return undefined;
    errors.positionShapeSaid = true;
    errors.add(
      path,
      'Een positie moet precies twee getallen zijn: [lengtegraad, breedtegraad], zonder hoogte (a position must be exactly two numbers: [longitude, latitude], without altitude)',
    );
    return undefined;
  }
  const [lng, lat] = pos as unknown[];
  if (
    typeof lng !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lng) ||
    !Number.isFinite(lat)
  ) {
    errors.add(
      path,
      'De lengte- en breedtegraad moeten eindige getallen zijn (longitude and latitude must be finite numbers)',
    );
    return undefined;
  }
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    // Metres, not degrees: Dutch GIS data (PDOK, CBS, a municipality's export) is in RD New.
    errors.add(
      path,
      'Deze positie is geen lengte- en breedtegraad in graden; het gebied lijkt in een ander coördinatenstelsel te staan, zoals RD New (EPSG:28992), terwijl GeoJSON WGS84 gebruikt (EPSG:4326) (this position is no longitude and latitude in degrees; the area looks like another coordinate system, such as RD New (EPSG:28992), while GeoJSON uses WGS84 (EPSG:4326))',
    );
    return undefined;
  }
  const [minLng, minLat, maxLng, maxLat] = NETHERLANDS_BBOX;
  if (lng < minLng || lng > maxLng || lat < minLat || lat > maxLat) {
    const swapped = lat >= minLng && lat <= maxLng && lng >= minLat && lng <= maxLat;
    errors.add(
      path,
      swapped
        ? 'Deze positie ligt buiten Nederland; lengte- en breedtegraad lijken verwisseld, GeoJSON gebruikt [lengtegraad, breedtegraad] (this position lies outside the Netherlands; longitude and latitude look swapped, GeoJSON uses [longitude, latitude])'
        : 'Deze positie ligt buiten Nederland (this position lies outside the Netherlands)',
    );
    return undefined;
  }
  return [lng, lat];
}

/** The ring's corners without the closing repeat and without consecutive duplicates. */
function distinctVertices(closed: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < closed.length - 1; i++) {
    const p = closed[i];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/**
 * Indices of two edges that touch or cross, or undefined. Edge k runs from vertex k to k+1
 * (wrapping). Neighbouring edges share a vertex by design and are only rejected when they
 * fold back over each other. A sweep over edges sorted by their west end keeps typical
 * rings far below the O(n²) worst case.
 */
function findSelfIntersection(v: Position[]): [number, number] | undefined {
  const n = v.length;
  const edges = Array.from({ length: n }, (_, k) => {
    const a = v[k];
    const b = v[(k + 1) % n];
    return { k, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) };
  });
  for (const { k, a, b } of edges) {
    const c = v[(k + 2) % n];
    if (n > 2 && foldsBack(a, b, c)) return [k, (k + 1) % n];
  }
  edges.sort((e, f) => e.minX - f.minX);
  for (let i = 0; i < n; i++) {
    const e = edges[i];
    for (let j = i + 1; j < n && edges[j].minX <= e.maxX; j++) {
      const f = edges[j];
      const gap = Math.abs(e.k - f.k);
      if (gap === 1 || gap === n - 1) continue; // neighbours
      if (segmentsTouch(e.a, e.b, f.a, f.b)) return e.k < f.k ? [e.k, f.k] : [f.k, e.k];
    }
  }
  return undefined;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** b→c doubles back along a→b (a spike of zero width). */
function foldsBack(a: Position, b: Position, c: Position): boolean {
  if (orient(a, b, c) !== 0) return false;
  return (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;
}

function within(a: Position, b: Position, p: Position): boolean {
  return (
    p[0] >= Math.min(a[0], b[0]) &&
    p[0] <= Math.max(a[0], b[0]) &&
    p[1] >= Math.min(a[1], b[1]) &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsTouch(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orient(p1, p2, q1);
  const o2 = orient(p1, p2, q2);
  const o3 = orient(q1, q2, p1);
  const o4 = orient(q1, q2, p2);
  // Proper crossing, or an endpoint of one lying on the other with the other straddling it.
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(p1, p2, q1)) ||
    (o2 === 0 && within(p1, p2, q2)) ||
    (o3 === 0 && within(q1, q2, p1)) ||
    (o4 === 0 && within(q1, q2, p2))
  );
}
