import { basename } from 'node:path';
import { pointInPolygon, type AreaGeometry, type BBox, type GeoPoint } from '@partnerwijzer/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { recordChanges } from '../change-feed/index.js';
import { readFeatureCollection, type RawFeature } from './geojson-features.js';
import { importInBatches, type CheckedRecord } from './batch-import.js';
import {
  checkBatchSize,
  emptySummary,
  type ImportKind,
  type ImportRunOptions,
  type ImportSummary,
  type Problem,
  type Written,
} from './import-types.js';
import { interiorPoint } from './interior-point.js';
import { problems } from './problems.js';
import { checkBoundary } from './region-geometry.js';
import { toMunicipalityCode, toProvinceCode } from './school-record.js';
import { readTextFile } from './text-file.js';

// Municipality and province boundaries from CBS-style GeoJSON. Properties may be named as in
// ../shared/data (code/name/provinceCode/provinceName), as in CBS's Wijk- en Buurtkaart
// (gemeentecode/gemeentenaam) or as in CBS's gebiedsindelingen (statcode/statnaam).

export const DEFAULT_REGION_BATCH_SIZE = 100;

const MUNICIPALITY_CODE_PROPS = ['code', 'gemeentecode', 'statcode', 'gm_code'];
const MUNICIPALITY_NAME_PROPS = ['name', 'gemeentenaam', 'statnaam', 'gm_naam'];
const PROVINCE_CODE_PROPS = ['provinceCode', 'provinciecode', 'pv_code', 'prov_code'];
const PROVINCE_NAME_PROPS = ['provinceName', 'provincienaam', 'pv_naam', 'prov_naam'];
const OWN_CODE_PROPS = ['code', 'provinciecode', 'statcode', 'pv_code', 'prov_code'];
const OWN_NAME_PROPS = ['name', 'provincienaam', 'statnaam', 'pv_naam', 'prov_naam'];

interface ProvinceRow {
  code: string;
  name: string;
  geometry: AreaGeometry;
  bbox: BBox;
}

interface MunicipalityRow extends ProvinceRow {
  provinceCode: string;
  center: GeoPoint;
}

/** A feature with problems: keyed by its code, or by the value as read when that is no code. */
function refused<Row>(raw: string, code: string | undefined, found: Problem[]): CheckedRecord<Row> {
  return { key: code ?? raw, keyValid: code !== undefined, problems: found };
}

/** A feature without problems, keyed by its row's code. */
function accepted<Row extends { code: string }>(row: Row, repaired: boolean): CheckedRecord<Row> {
  return { key: row.code, keyValid: true, problems: [], repaired, row };
}

interface FeatureImport<Row> {
  kind: ImportKind;
  prepare(feature: RawFeature): CheckedRecord<Row>;
  write(tx: EntityManager, rows: Row[]): Promise<Written>;
  /** Runs after a batch committed. */
  committed?(rows: Row[]): void;
}

export async function importProvinces(
  dataSource: DataSource,
  file: string,
  options: ImportRunOptions = {},
): Promise<ImportSummary> {
  return runFeatureImport(dataSource, file, options, {
    kind: 'provinces',
    prepare: (f) => {
      const found: Problem[] = [];
      const raw = f.prop(...OWN_CODE_PROPS);
      const code = toProvinceCode(raw);
      if (!raw) found.push(problems.missingCode('provinciecode', 'a CBS province code, e.g. PV27'));
      else if (!code)
        found.push(problems.malformedCode('provinciecode', raw, 'PV + 2 digits, e.g. PV27'));
      const name = f.prop(...OWN_NAME_PROPS);
      if (!name) found.push(problems.missingField('naam', 'name'));
      const boundary = checkBoundary(f.geometry);
      if (!boundary.ok) found.push(boundary.problem);
      if (found.length > 0 || !code || !boundary.ok) return refused(raw, code, found);
      return accepted(
        { code, name, geometry: boundary.geometry, bbox: boundary.bbox },
        boundary.repaired,
      );
    },
    write: upsertProvinces,
  });
}

export async function importMunicipalities(
  dataSource: DataSource,
  file: string,
  options: ImportRunOptions = {},
): Promise<ImportSummary> {
  const known = (await dataSource.query(`SELECT code FROM province`)) as { code: string }[];
  const provinces = new Set(known.map((p) => p.code));
  const existing = (await dataSource.query(
    `SELECT code, province_code AS "provinceCode" FROM municipality`,
  )) as { code: string; provinceCode: string }[];
  const provinceOfExisting = new Map(existing.map((m) => [m.code, m.provinceCode]));
  // Official CBS/PDOK municipality layers carry no province: then the imported province
  // boundary that contains the municipality's anchor point decides.
  const outlines = (await dataSource.query(
    `SELECT code, geometry FROM province WHERE geometry IS NOT NULL ORDER BY code`,
  )) as { code: string; geometry: AreaGeometry }[];
  const provinceContaining = (p: GeoPoint): string | undefined =>
    outlines.find((o) => pointInPolygon(p, o.geometry))?.code;
  // Provinces named on features but not yet in the database, created with their batch.
  const pending = new Map<string, string>();
  const created: string[] = [];

  const summary = await runFeatureImport<MunicipalityRow>(dataSource, file, options, {
    kind: 'municipalities',
    prepare: (f) => {
      const found: Problem[] = [];
      const raw = f.prop(...MUNICIPALITY_CODE_PROPS);
      const code = toMunicipalityCode(raw);
      if (!raw)
        found.push(problems.missingCode('gemeentecode', 'a CBS municipality code, e.g. GM0363'));
      else if (!code) found.push(problems.malformedMunicipality(raw));
      const name = f.prop(...MUNICIPALITY_NAME_PROPS);
      if (!name) found.push(problems.missingField('naam', 'name'));

      let provinceCode: string | undefined;
      const rawProvince = f.prop(...PROVINCE_CODE_PROPS);
      if (rawProvince) {
        provinceCode = toProvinceCode(rawProvince);
        const provinceName = f.prop(...PROVINCE_NAME_PROPS);
        if (!provinceCode) {
          found.push(
            problems.malformedCode('provinciecode', rawProvince, 'PV + 2 digits, e.g. PV27'),
          );
        } else if (!provinces.has(provinceCode) && !pending.has(provinceCode)) {
          if (provinceName) pending.set(provinceCode, provinceName);
          else found.push(problems.unknownProvince(provinceCode));
        }
      }

      const boundary = checkBoundary(f.geometry);
      if (!boundary.ok) found.push(boundary.problem);
      const center = boundary.ok
        ? (ownPoint(f, boundary.geometry) ?? interiorPoint(boundary.geometry))
        : undefined;
      if (!rawProvince) {
        provinceCode =
          (code ? provinceOfExisting.get(code) : undefined) ??
          (center ? provinceContaining(center) : undefined);
        if (!provinceCode && boundary.ok) found.push(problems.missingProvince());
      }
      if (found.length > 0 || !code || !provinceCode || !boundary.ok || !center) {
        return refused(raw, code, found);
      }
      return accepted(
        { code, name, provinceCode, geometry: boundary.geometry, bbox: boundary.bbox, center },
        boundary.repaired,
      );
    },
    write: async (tx, rows) => {
      const needed = new Set(rows.map((r) => r.provinceCode));
      const toCreate = [...pending].filter(([code]) => needed.has(code));
      if (toCreate.length > 0) {
        const inserted = (await tx.query(
          `INSERT INTO province (code, name)
           SELECT * FROM unnest($1::varchar[], $2::varchar[])
           ON CONFLICT (code) DO NOTHING
           RETURNING code`,
          [toCreate.map(([c]) => c), toCreate.map(([, n]) => n)],
        )) as { code: string }[];
        await recordChanges(
          tx,
          'PROVINCE',
          inserted.map((p) => p.code),
        );
      }
      return upsertMunicipalities(tx, rows);
    },
    committed: (rows) => {
      for (const r of rows) {
        if (pending.delete(r.provinceCode)) created.push(r.provinceCode);
        provinces.add(r.provinceCode);
      }
    },
  });
  summary.provincesCreated = created;
  return summary;
}

/** The feature's own label point (lat/lon properties), when it has one inside the area. */
function ownPoint(f: RawFeature, geometry: AreaGeometry): GeoPoint | undefined {
  const lat = f.number('lat', 'latitude');
  const lng = f.number('lon', 'lng', 'longitude');
  if (lat === undefined || lng === undefined) return undefined;
  const p = { lat, lng };
  return pointInPolygon(p, geometry) ? p : undefined;
}

async function runFeatureImport<Row extends { code: string }>(
  dataSource: DataSource,
  file: string,
  options: ImportRunOptions,
  spec: FeatureImport<Row>,
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = checkBatchSize(options.batchSize ?? DEFAULT_REGION_BATCH_SIZE);
  const { text, encoding } = await readTextFile(file);
  const features = readFeatureCollection(text, basename(file));
  const summary = emptySummary(spec.kind, basename(file), encoding);
  summary.total = features.length;
  await importInBatches(dataSource, summary, features, options, {
    batchSize,
    unit: 'feature',
    placeOf: (feature) => feature.index,
    check: (feature) => spec.prepare(feature),
    write: (tx, rows) => spec.write(tx, rows),
    committed: (rows) => spec.committed?.(rows),
  });
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

function geometryParams(rows: ProvinceRow[]): unknown[] {
  return [
    rows.map((r) => JSON.stringify(r.geometry)),
    rows.map((r) => r.bbox[0]),
    rows.map((r) => r.bbox[1]),
    rows.map((r) => r.bbox[2]),
    rows.map((r) => r.bbox[3]),
  ];
}

async function upsertProvinces(tx: EntityManager, rows: ProvinceRow[]): Promise<Written> {
  const changed = (await tx.query(
    `INSERT INTO province AS p (code, name, geometry, bbox)
     SELECT v.code, v.name, v.geometry::jsonb, ARRAY[v.b0, v.b1, v.b2, v.b3]
       FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::float8[], $5::float8[],
                   $6::float8[], $7::float8[]) AS v(code, name, geometry, b0, b1, b2, b3)
     ON CONFLICT (code) DO UPDATE
        SET name = EXCLUDED.name, geometry = EXCLUDED.geometry, bbox = EXCLUDED.bbox,
            updated_at = now()
      WHERE (p.name, p.geometry, p.bbox) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.geometry, EXCLUDED.bbox)
     RETURNING p.code, (p.xmax::text = '0') AS inserted`,
    [rows.map((r) => r.code), rows.map((r) => r.name), ...geometryParams(rows)],
  )) as { code: string; inserted: boolean }[];
  return recorded(tx, 'PROVINCE', changed);
}

async function upsertMunicipalities(tx: EntityManager, rows: MunicipalityRow[]): Promise<Written> {
  const changed = (await tx.query(
    `INSERT INTO municipality AS m (code, name, province_code, center_lat, center_lng, geometry, bbox)
     SELECT v.code, v.name, v.province_code, v.lat, v.lng, v.geometry::jsonb,
            ARRAY[v.b0, v.b1, v.b2, v.b3]
       FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::float8[], $5::float8[],
                   $6::float8[], $7::float8[], $8::varchar[], $9::float8[], $10::float8[])
            AS v(code, name, geometry, b0, b1, b2, b3, province_code, lat, lng)
     ON CONFLICT (code) DO UPDATE
        SET name = EXCLUDED.name, province_code = EXCLUDED.province_code,
            center_lat = EXCLUDED.center_lat, center_lng = EXCLUDED.center_lng,
            geometry = EXCLUDED.geometry, bbox = EXCLUDED.bbox, updated_at = now()
      WHERE (m.name, m.province_code, m.center_lat, m.center_lng, m.geometry, m.bbox)
            IS DISTINCT FROM
            (EXCLUDED.name, EXCLUDED.province_code, EXCLUDED.center_lat, EXCLUDED.center_lng,
             EXCLUDED.geometry, EXCLUDED.bbox)
     RETURNING m.code, (m.xmax::text = '0') AS inserted`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      ...geometryParams(rows),
      rows.map((r) => r.provinceCode),
      rows.map((r) => r.center.lat),
      rows.map((r) => r.center.lng),
    ],
  )) as { code: string; inserted: boolean }[];
  return recorded(tx, 'MUNICIPALITY', changed);
}

/** Records a change event per written region and counts the new ones apart. */
async function recorded(
  tx: EntityManager,
  entity: 'PROVINCE' | 'MUNICIPALITY',
  changed: { code: string; inserted: boolean }[],
): Promise<Written> {
  await recordChanges(
    tx,
    entity,
    changed.map((r) => r.code),
  );
  const inserted = changed.filter((r) => r.inserted).length;
  return { inserted, updated: changed.length - inserted };
}
