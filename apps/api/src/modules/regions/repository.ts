import { geometryBBox, type AreaGeometry } from '@partnerwijzer/domain';
import type { EntityManager } from 'typeorm';
import { insertJsonRows } from '../../database/json-rows.js';
import type { Queryable } from '../../database/queryable.js';
import { rowsForKeys } from '../../database/rows-for-keys.js';
import { MunicipalityEntity } from './entities/municipality.entity.js';
import { ProvinceEntity } from './entities/province.entity.js';

// The regions module's data surface for other rooms (docs/decisions/0013-repositories.md):
// plain functions over a DataSource or a transaction, free of Nest. (The bulk importer is the
// second writer of provinces and municipalities, by design.)

export interface NewProvince {
  code: string;
  name: string;
}

export interface NewMunicipality {
  code: string;
  name: string;
  provinceCode: string;
  center: { lat: number; lng: number };
}

/** Adds the provinces and municipalities that are not there yet; existing ones are kept. */
export async function insertRegionsIfMissing(
  tx: EntityManager,
  provinces: readonly NewProvince[],
  municipalities: readonly NewMunicipality[],
): Promise<void> {
  if (provinces.length > 0) {
    await tx
      .createQueryBuilder()
      .insert()
      .into(ProvinceEntity)
      .values(provinces.map((p) => ({ code: p.code, name: p.name })))
      .orIgnore()
      .execute();
  }
  if (municipalities.length > 0) {
    await tx
      .createQueryBuilder()
      .insert()
      .into(MunicipalityEntity)
      .values(
        municipalities.map((m) => ({
          code: m.code,
          name: m.name,
          provinceCode: m.provinceCode,
          centerLat: m.center.lat,
          centerLng: m.center.lng,
        })),
      )
      .orIgnore()
      .execute();
  }
}

/** The municipalities of a province (or all), by code. */
export async function municipalityList(
  db: Queryable,
  provinceCode: string | null = null,
): Promise<{ code: string; name: string; provinceCode: string }[]> {
  return (await db.query(
    `SELECT code, name, province_code AS "provinceCode" FROM municipality
      ${provinceCode ? 'WHERE province_code = $1' : ''} ORDER BY code`,
    provinceCode ? [provinceCode] : [],
  )) as { code: string; name: string; provinceCode: string }[];
}

/** The municipality codes among `codes` that exist. */
export async function existingMunicipalityCodes(
  db: Queryable,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await rowsForKeys<{ code: string }>(
    db,
    `SELECT code FROM municipality WHERE code = ANY($1::text[])`,
    codes,
  );
  return new Set(rows.map((r) => r.code));
}

/** A province or municipality with its boundary, as the benchmarks generate them. */
export interface BulkProvince {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
}

export interface BulkMunicipality extends BulkProvince {
  provinceCode: string;
  center: { lat: number; lng: number };
  bbox?: readonly number[] | null;
}

/** Writes many provinces and municipalities at once, with the bounding boxes of their shapes. */
export async function bulkInsertRegions(
  db: Queryable,
  provinces: readonly BulkProvince[],
  municipalities: readonly BulkMunicipality[],
): Promise<void> {
  const bbox = (r: BulkProvince & { bbox?: readonly number[] | null }) =>
    r.bbox ?? (r.geometry ? geometryBBox(r.geometry) : null);
  await insertJsonRows(
    db,
    'province',
    { code: 'text', name: 'text', geometry: 'jsonb', bbox: 'float8[]' },
    provinces.map((p) => ({ code: p.code, name: p.name, geometry: p.geometry, bbox: bbox(p) })),
  );
  await insertJsonRows(
    db,
    'municipality',
    {
      code: 'text',
      name: 'text',
      province_code: 'text',
      center_lat: 'float8',
      center_lng: 'float8',
      geometry: 'jsonb',
      bbox: 'float8[]',
    },
    municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      province_code: m.provinceCode,
      center_lat: m.center.lat,
      center_lng: m.center.lng,
      geometry: m.geometry,
      bbox: bbox(m),
    })),
  );
}
