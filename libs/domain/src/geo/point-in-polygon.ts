import { bboxContains, ringsBBox } from './bbox.js';
import type { AreaGeometry, GeoPoint, LinearRing } from './geo-types.js';

/**
 * How far (in degrees, ~0.01 mm) a point may be from an edge and still count as on it, so
 * that a school placed exactly on a drawn border is not lost to rounding.
 */
export const EDGE_TOLERANCE_DEG = 1e-10;

/**
 * Is the point inside the (Multi)Polygon?
 *
 * - Even-odd ray casting over all rings of a polygon, so holes are respected without relying
 *   on ring order or winding direction.
 * - A MultiPolygon contains the point when any of its polygons does.
 * - Boundaries are inclusive: a point on any edge (outer ring or hole, within
 *   EDGE_TOLERANCE_DEG) counts as inside. An area is thus a closed set, matching radius areas
 *   where distance ≤ radius counts.
 * - A point outside a polygon's bounding box (the same box geometryBBox computes, ignoring
 *   non-finite positions) is never inside, so a bounding-box prefilter cannot change results.
 */
export function pointInPolygon(p: GeoPoint, g: AreaGeometry): boolean {
  if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) return false;
  if (g.type === 'Polygon') return polygonContains(p, g.coordinates);
  for (const rings of g.coordinates) if (polygonContains(p, rings)) return true;
  return false;
}

function polygonContains(p: GeoPoint, rings: LinearRing[]): boolean {
  // Outside the bounding box no edge needs a look.
  if (!bboxContains(ringsBBox(rings), p)) return false;
  const { lng: x, lat: y } = p;
  const eps = EDGE_TOLERANCE_DEG;
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    if (n === 0) continue;
    // j trails i, so the last→first edge is included even if the ring is not closed.
    let pj = ring[n - 1];
    for (let i = 0; i < n; i++) {
      const pi = ring[i];
      const xi = pi[0];
      const yi = pi[1];
      const xj = pj[0];
      const yj = pj[1];
      pj = pi;
      // Most edges lie wholly above or below the point: two comparisons rule them out
      // before the exact on-edge test (the hot path for large polygons).
      if (!(y < yi - eps && y < yj - eps) && !(y > yi + eps && y > yj + eps)) {
        if (onSegment(x, y, xi, yi, xj, yj)) return true;
      }
      // Half-open rule (yi > y) !== (yj > y) counts a vertex on the ray exactly once.
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Is (x, y) on the segment, within EDGE_TOLERANCE_DEG? Shared with PreparedPolygon. */
export function onSegment(
  x: number,
  y: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): boolean {
  const eps = EDGE_TOLERANCE_DEG;
  if (
    x < Math.min(x1, x2) - eps ||
    x > Math.max(x1, x2) + eps ||
    y < Math.min(y1, y2) - eps ||
    y > Math.max(y1, y2) + eps
  ) {
    return false;
  }
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cross = dx * (y - y1) - dy * (x - x1);
  // |cross| / |segment| is the distance to the line through the segment.
  return Math.abs(cross) <= eps * Math.hypot(dx, dy);
}
