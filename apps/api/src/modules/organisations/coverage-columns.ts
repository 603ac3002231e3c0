import { circleBBox, geometryBBox, type CoverageAreaSpec } from '@partnerwijzer/domain';
import type { CoverageAreaEntity } from './entities/coverage-area.entity.js';

// A coverage spec as table columns, with the bounding box the spatial index needs.
export function coverageColumns(area: CoverageAreaSpec): Partial<CoverageAreaEntity> {
  switch (area.kind) {
    case 'NATIONAL':
      return { kind: area.kind };
    case 'PROVINCE':
      return { kind: area.kind, provinceCode: area.provinceCode };
    case 'MUNICIPALITY':
      return { kind: area.kind, municipalityCode: area.municipalityCode };
    case 'RADIUS':
      return {
        kind: area.kind,
        centerLat: area.center.lat,
        centerLng: area.center.lng,
        radiusKm: area.radiusKm,
        bbox: circleBBox(area.center, area.radiusKm),
      };
    case 'POLYGON':
      return { kind: area.kind, geometry: area.geometry, bbox: geometryBBox(area.geometry) };
  }
}
