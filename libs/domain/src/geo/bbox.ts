import type { AreaGeometry, BBox, GeoPoint, LinearRing } from './geo-types.js';
import { EARTH_RADIUS_KM } from './haversine.js';

const DEG = 180 / Math.PI;
// A hair of slack so floating-point rounding never drops a point that is exactly on the circle.
const PAD_DEG = 1e-9;
const WORLD: BBox = [-180, -90, 180, 90];

/** An empty box: contains nothing, intersects nothing, and any point extends it. */
export function emptyBBox(): BBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

export function isEmptyBBox(b: Readonly<BBox>): boolean {
  return !(b[0] <= b[2] && b[1] <= b[3]);
}

/**
 * Bounding box over every ring (holes too), so that "outside the box" always implies
 * "outside the geometry" even for sloppy input. Non-finite coordinates are skipped; a
 * geometry without finite positions gives an empty box.
 */
export function geometryBBox(g: AreaGeometry): BBox {
  const box = emptyBBox();
  const polygons: LinearRing[][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polygons) for (const ring of rings) extendWithRing(box, ring);
  return box;
}

/** The same box for one polygon's rings (its holes too): the outline pointInPolygon tests. */
export function ringsBBox(rings: readonly LinearRing[]): BBox {
  const box = emptyBBox();
  for (const ring of rings) extendWithRing(box, ring);
  return box;
}

function extendWithRing(box: BBox, ring: LinearRing): void {
  for (const [x, y] of ring) {
    // Non-finite positions are ignored here and in pointInPolygon alike, so both agree.
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < box[0]) box[0] = x;
    if (x > box[2]) box[2] = x;
    if (y < box[1]) box[1] = y;
    if (y > box[3]) box[3] = y;
  }
}

/**
 * Box around all points within `radiusKm` (great-circle) of `center`. The latitude span is
 * exact in degrees; the longitude half-width is asin(sin d / cos φ), i.e. the degree span
 * scaled by the latitude (slightly wider than d / cos φ, which would cut off the circle's
 * widest points). Circles reaching a pole or crossing the antimeridian get the full
 * longitude range. A negative radius is treated as 0; a NaN radius gives a NaN box.
 */
export function circleBBox(center: GeoPoint, radiusKm: number): BBox {
  const d = Math.max(0, radiusKm) / EARTH_RADIUS_KM; // angular radius, radians
  if (Number.isNaN(d) || Number.isNaN(center.lat) || Number.isNaN(center.lng)) {
    return [NaN, NaN, NaN, NaN];
  }
  if (d >= Math.PI) return [...WORLD];
  const dDeg = d * DEG + PAD_DEG;
  const minLat = center.lat - dDeg;
  const maxLat = center.lat + dDeg;
  if (minLat <= -90 || maxLat >= 90) {
    return [-180, Math.max(-90, minLat), 180, Math.min(90, maxLat)];
  }
  const ratio = Math.sin(d) / Math.cos(center.lat / DEG);
  if (ratio >= 1) return [-180, minLat, 180, maxLat];
  const dLng = Math.asin(ratio) * DEG + PAD_DEG;
  const minLng = center.lng - dLng;
  const maxLng = center.lng + dLng;
  if (minLng < -180 || maxLng > 180) return [-180, minLat, 180, maxLat];
  return [minLng, minLat, maxLng, maxLat];
}

/** Inclusive: a point on the edge is contained. */
export function bboxContains(b: Readonly<BBox>, p: GeoPoint): boolean {
  return p.lng >= b[0] && p.lng <= b[2] && p.lat >= b[1] && p.lat <= b[3];
}

/** Inclusive: boxes that only touch do intersect. Empty boxes intersect nothing. */
export function bboxIntersects(a: Readonly<BBox>, b: Readonly<BBox>): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
