import type { MunicipalityEntity } from './entities/municipality.entity.js';
import type { ProvinceEntity } from './entities/province.entity.js';
import type { MunicipalityModel } from './models/municipality.model.js';
import type { ProvinceModel } from './models/province.model.js';

// Columns read for lists: everything except the (large) boundary geometry.
export const PROVINCE_SELECT = { code: true, name: true, bbox: true } as const;
export const MUNICIPALITY_LIST_COLUMNS = [
  'code',
  'name',
  'provinceCode',
  'centerLat',
  'centerLng',
  'bbox',
] as const;
export const MUNICIPALITY_SELECT = Object.fromEntries(
  MUNICIPALITY_LIST_COLUMNS.map((c) => [c, true]),
) as Record<(typeof MUNICIPALITY_LIST_COLUMNS)[number], true>;

export function toProvinceModel(e: Pick<ProvinceEntity, 'code' | 'name' | 'bbox'>): ProvinceModel {
  return { code: e.code, name: e.name, hasBoundary: e.bbox !== null };
}

export function toMunicipalityModel(
  e: Pick<
    MunicipalityEntity,
    'code' | 'name' | 'provinceCode' | 'centerLat' | 'centerLng' | 'bbox'
  >,
): MunicipalityModel {
  return {
    code: e.code,
    name: e.name,
    provinceCode: e.provinceCode,
    center: { lat: e.centerLat, lng: e.centerLng },
    hasBoundary: e.bbox !== null,
  };
}
