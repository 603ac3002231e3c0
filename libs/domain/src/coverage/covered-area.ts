import { intersection, union, type Geom } from 'polyclip-ts';
import { bboxIntersects, circleBBox, geometryBBox } from '../geo/bbox.js';
import type { AreaGeometry, BBox, GeoPoint, LinearRing } from '../geo/geo-types.js';
import { EARTH_RADIUS_KM } from '../geo/haversine.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import { drawnAreaKm2, geometryAreaKm2 } from './coverage-area-size.js';

// The surface a partner's circles and drawings cover together: overlaps counted once. The
// clipping is polyclip-ts's (decision 0037); a circle takes part as a polygon of many corners.

/** Corners of a circle as a polygon: its area is 99.96 % of the circle's. */
const CIRCLE_CORNERS = 128;
/** Smaller shared surfaces are rounding, not overlap (one square metre). */
const OVERLAP_KM2 = 1e-6;

type Drawn = Extract<CoverageAreaSpec, { kind: 'RADIUS' | 'POLYGON' }>;

/**
 * Surface of the radius and polygon areas in km², each place counted once however many areas
 * cover it (regions and national not counted). Each area keeps its exact size; only what the
 * overlaps take off is measured on the polygons, so a circle's corners do not show.
 */
export function coveredAreaKm2(areas: readonly CoverageAreaSpec[]): number {
  const drawn = areas.filter((a): a is Drawn => a.kind === 'RADIUS' || a.kind === 'POLYGON');
  const exact = drawn.reduce((sum, a) => sum + drawnAreaKm2(a), 0);
  const boxes = drawn.map(boxOf);
  const multi = drawn.some((a) => a.kind === 'POLYGON' && a.geometry.type === 'MultiPolygon');
  const meet = boxes.some((b, i) => boxes.slice(i + 1).some((c) => bboxIntersects(b, c)));
  if (!multi && !meet) return exact;
  const shapes = drawn.map(shapeOf);
  try {
    const apart = shapes.reduce((sum, s) => sum + multiAreaKm2(s), 0);
    const together = multiAreaKm2(union(shapes[0]!, ...shapes.slice(1)));
    return Math.max(0, exact - Math.max(0, apart - together));
  } catch {
    // The clipping gave up on a degenerate shape: the sum, as before, rather than no answer.
    return exact;
  }
}

/**
 * The geometry with overlapping parts of a MultiPolygon merged into one (what a file of
 * several features becomes when two of them overlap); the same object when none overlap.
 * Points covered stay the same; only the overlap is no longer stored twice.
 */
export function mergeOverlappingParts(geometry: AreaGeometry): AreaGeometry {
  if (geometry.type !== 'MultiPolygon' || !hasOverlap(geometry.coordinates)) return geometry;
  const parts = geometry.coordinates as Geom[];
  const merged = union(parts[0]!, ...parts.slice(1));
  return merged.length === 1
    ? { type: 'Polygon', coordinates: merged[0]! }
    : { type: 'MultiPolygon', coordinates: merged };
}

function hasOverlap(parts: LinearRing[][]): boolean {
  const boxes = parts.map((rings) => geometryBBox({ type: 'Polygon', coordinates: rings }));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (!bboxIntersects(boxes[i]!, boxes[j]!)) continue;
      if (multiAreaKm2(intersection(parts[i]!, parts[j]!)) > OVERLAP_KM2) return true;
    }
  }
  return false;
}

function boxOf(area: Drawn): BBox {
  return area.kind === 'RADIUS'
    ? circleBBox(area.center, area.radiusKm)
    : geometryBBox(area.geometry);
}

function shapeOf(area: Drawn): LinearRing[][] {
  if (area.kind === 'RADIUS') return [[circleRing(area.center, area.radiusKm)]];
  return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

function multiAreaKm2(polygons: LinearRing[][]): number {
  return geometryAreaKm2({ type: 'MultiPolygon', coordinates: polygons });
}

/** The circle's edge as a closed ring of [lng, lat], each corner at the radius on the sphere. */
export function circleRing(center: GeoPoint, radiusKm: number): LinearRing {
  const rad = Math.PI / 180;
  const d = radiusKm / EARTH_RADIUS_KM;
  const lat1 = center.lat * rad;
  const ring: LinearRing = [];
  for (let k = 0; k < CIRCLE_CORNERS; k++) {
    const bearing = (2 * Math.PI * k) / CIRCLE_CORNERS;
    const lat2 = Math.asin(
      Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing),
    );
    const lng2 =
      center.lng * rad +
      Math.atan2(
        Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
        Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
      );
    ring.push([lng2 / rad, lat2 / rad]);
  }
  ring.push(ring[0]!);
  return ring;
}
