import { haversineKm } from '../geo/haversine.js';
import { pointInPolygon } from '../geo/point-in-polygon.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import type { CoverageQuery } from './coverage-index.js';

/**
 * Does this area reach the place? The single definition of coverage that CoverageIndex must
 * reproduce. Radius and polygon boundaries are inclusive (distance ≤ radius; on an edge counts).
 */
export function areaContains(area: CoverageAreaSpec, query: CoverageQuery): boolean {
  switch (area.kind) {
    case 'NATIONAL':
      return true;
    case 'PROVINCE':
      return query.provinceCode !== undefined && area.provinceCode === query.provinceCode;
    case 'MUNICIPALITY':
      return (
        query.municipalityCode !== undefined && area.municipalityCode === query.municipalityCode
      );
    case 'RADIUS':
      return haversineKm(area.center, query.point) <= area.radiusKm;
    case 'POLYGON':
      return pointInPolygon(query.point, area.geometry);
  }
}
