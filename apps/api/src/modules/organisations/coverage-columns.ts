import type { CoverageAreaSpec } from '@partnerwijzer/domain';
import type { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { toCoverageAreaRow } from './offering-rows.js';

/** A coverage spec as entity columns: the row mapping of offering-rows.ts, in entity names. */
export function coverageColumns(area: CoverageAreaSpec): Partial<CoverageAreaEntity> {
  const row = toCoverageAreaRow('', '', area);
  return {
    kind: row.kind,
    provinceCode: row.province_code,
    municipalityCode: row.municipality_code,
    centerLat: row.center_lat,
    centerLng: row.center_lng,
    radiusKm: row.radius_km,
    centerLabel: row.center_label ?? null,
    geometry: row.geometry,
    bbox: row.bbox ?? null,
  };
}
