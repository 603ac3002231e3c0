import { DEFAULT_MAX_VERTICES } from '../geo/validate-geometry.js';
import type { MultiPolygonGeometry, PolygonGeometry } from '../geo/geo-types.js';

// Upper bounds on what one partner organisation can store. They keep every public answer about
// an organisation bounded (the GraphQL cost count relies on them) and are far above real use:
// the demo data has at most a handful of offerings per organisation, and the outlines of all
// 342 municipalities together have about 31,600 corners.

/** Offerings (any status) one organisation may have. */
export const MAX_OFFERINGS_PER_ORGANISATION = 100;

/** Coverage areas one offering may have (the input's own limit). */
export const MAX_AREAS_PER_OFFERING = 200;

/**
 * Coverage areas over all offerings of one organisation: every municipality of the country
 * (342) in five offerings still fits.
 */
export const MAX_AREAS_PER_ORGANISATION = 2_000;

/** Corners one drawn or uploaded area may have. */
export const MAX_CORNERS_PER_AREA = DEFAULT_MAX_VERTICES;

/**
 * Corners of drawn or uploaded areas over all offerings of one organisation. Areas chosen by
 * municipality or province code, a radius or the whole country take none.
 */
export const MAX_CORNERS_PER_ORGANISATION = 50_000;

/** Corners of a stored (Multi)Polygon: positions without each ring's closing repeat. */
export function countCorners(geometry: PolygonGeometry | MultiPolygonGeometry | null): number {
  if (!geometry) return 0;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) total += Math.max(0, ring.length - 1);
  }
  return total;
}
