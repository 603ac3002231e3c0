import {
  pointInPolygon,
  type AreaGeometry,
  type GeoPoint,
  type LinearRing,
} from '@partnerwijzer/domain';

// A point guaranteed to lie inside an area (a map anchor, not a population centre).
// The centroid of the largest polygon when it falls inside (a compact shape); otherwise the
// middle of the widest inside stretch of a horizontal scan line (a crescent, a ring-shaped
// municipality around another one, a coastline with bays).

const SCAN_FRACTIONS = [0.5, 0.25, 0.75, 0.375, 0.625, 0.125, 0.875];

export function interiorPoint(geometry: AreaGeometry): GeoPoint {
  const polygons: LinearRing[][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, p) =>
    Math.abs(ringArea(p[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? p : best,
  );
  const polygon: AreaGeometry = { type: 'Polygon', coordinates: largest };
  const outer = largest[0] ?? [];

  const centroid = ringCentroid(outer);
  if (centroid && pointInPolygon(centroid, polygon) && !onBoundary(centroid, largest)) {
    return centroid;
  }
  const [minY, maxY] = latRange(outer);
  for (const f of SCAN_FRACTIONS) {
    const p = scanLineMiddle(largest, minY + (maxY - minY) * f);
    if (p && pointInPolygon(p, polygon)) return p;
  }
  // Unreachable for a valid polygon; a vertex is at least on the area.
  const [lng, lat] = outer[0] ?? [NaN, NaN];
  return { lat, lng };
}

/** Signed area (shoelace, in square degrees): positive when counter-clockwise. */
export function ringArea(ring: LinearRing): number {
  if (ring.length === 0) return 0;
  const [x0, y0] = ring[0];
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - x0) * (ring[i][1] - y0) - (ring[i][0] - x0) * (ring[j][1] - y0);
  }
  return sum / 2;
}

function ringCentroid(ring: LinearRing): GeoPoint | undefined {
  if (ring.length === 0) return undefined;
  // Relative to the first vertex: products of 52.x degrees would lose digits.
  const [x0, y0] = ring[0];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j][0] - x0;
    const yj = ring[j][1] - y0;
    const xi = ring[i][0] - x0;
    const yi = ring[i][1] - y0;
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (a === 0) return undefined;
  return { lng: x0 + cx / (3 * a), lat: y0 + cy / (3 * a) };
}

function latRange(ring: LinearRing): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const [, y] of ring) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return [min, max];
}

/** The middle of the widest inside interval on the line lat = y (even-odd over all rings). */
function scanLineMiddle(rings: LinearRing[], y0: number): GeoPoint | undefined {
  // Nudge the line off any vertex so every crossing is a clean one.
  let y = y0;
  for (let attempt = 0; attempt < 10 && rings.some((r) => r.some((p) => p[1] === y)); attempt++) {
    y += 1e-9 * (attempt + 1);
  }
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let best: GeoPoint | undefined;
  let width = 0;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1] - xs[k] > width) {
      width = xs[k + 1] - xs[k];
      best = { lng: (xs[k] + xs[k + 1]) / 2, lat: y };
    }
  }
  return best;
}

function onBoundary(p: GeoPoint, rings: LinearRing[]): boolean {
  // A centroid exactly on an edge is inside by the inclusive rule but a poor anchor.
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      const cross = (x2 - x1) * (p.lat - y1) - (y2 - y1) * (p.lng - x1);
      if (
        Math.abs(cross) <= 1e-12 &&
        p.lng >= Math.min(x1, x2) &&
        p.lng <= Math.max(x1, x2) &&
        p.lat >= Math.min(y1, y2) &&
        p.lat <= Math.max(y1, y2)
      ) {
        return true;
      }
    }
  }
  return false;
}
