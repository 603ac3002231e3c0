// Fresh benchmark databases: PGlite in a temporary directory (always) and PostgreSQL in a
// database of its own, created and dropped here (when reachable). Migrated with the API's own
// migrations, then filled in batches of JSON rows. No change_event rows are written: the
// search index is built by the timed reindex, not by the sync worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { geometryBBox } from '@partnerwijzer/domain';
import {
  COVERAGE_AREA_ROW_COLUMNS,
  OFFERING_ROW_COLUMNS,
  toCoverageAreaRow,
  toOfferingRow,
} from '../../apps/api/src/modules/organisations/offering-rows.js';
import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import type { SearchDataset } from './dataset.js';

export interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  description: string;
  /** For the API process: PGLITE_DATA_DIR, or DATABASE_URL. */
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export const redact = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');

export function pgliteDatabase(): BenchDatabase {
  const root = mkdtempSync(join(tmpdir(), 'pw-bench-search-'));
  const dir = join(root, 'pglite');
  return {
    kind: 'pglite',
    description: 'PGlite (embedded PostgreSQL in WASM, temporary directory)',
    env: { PGLITE_DATA_DIR: dir },
    open: () => openDatabase({ pgliteDataDir: dir }),
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database, or the reason there is none. */
export async function postgresDatabase(
  baseUrl: string,
  name: string,
): Promise<{ db?: BenchDatabase; skipped?: string }> {
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    return {
      skipped: `PostgreSQL not reachable at ${redact(baseUrl)}: ${(error as Error).message}`,
    };
  }
  const [{ version }] = (await admin.query<{ version: string }>('SELECT version()')).rows;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  return {
    db: {
      kind: 'postgres',
      description: `${version.split(' on ')[0]} at ${redact(dbUrl)}`,
      env: { DATABASE_URL: dbUrl },
      open: () => openDatabase({ databaseUrl: dbUrl, pgliteDataDir: 'unused' }),
      drop: async () => {
        const c = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    },
  };
}

const BATCH = 1000;

/** `a, b, c` for a column → type map. */
function columnList(columns: Record<string, string>): string {
  return Object.keys(columns).join(', ');
}

/** `a uuid, b text, …` (the jsonb_to_recordset record type) for a column → type map. */
function recordType(columns: Record<string, string>): string {
  return Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
}

async function insertJson(
  ds: DataSource,
  table: string,
  columns: string,
  recordType: string,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await ds.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})`,
      [JSON.stringify(rows.slice(i, i + BATCH))],
    );
  }
}

/** Migrates and fills a fresh database; returns row counts. */
export async function loadDataset(
  ds: DataSource,
  data: SearchDataset,
): Promise<Record<string, number>> {
  await ds.runMigrations({ transaction: 'each' });
  await insertJson(
    ds,
    'province',
    'code, name, geometry, bbox',
    'code text, name text, geometry jsonb, bbox float8[]',
    data.provinces.map((p) => ({
      code: p.code,
      name: p.name,
      geometry: p.geometry,
      bbox: p.geometry ? geometryBBox(p.geometry) : null,
    })),
  );
  await insertJson(
    ds,
    'municipality',
    'code, name, province_code, center_lat, center_lng, geometry, bbox',
    'code text, name text, province_code text, center_lat float8, center_lng float8, geometry jsonb, bbox float8[]',
    data.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      province_code: m.provinceCode,
      center_lat: m.center.lat,
      center_lng: m.center.lng,
      geometry: m.geometry,
      bbox: m.bbox,
    })),
  );
  await insertJson(
    ds,
    'school',
    'vestigingscode, instellingscode, name, sector, school_type, address, postcode, city, municipality_code, province_code, lat, lng, pupils',
    'vestigingscode text, instellingscode text, name text, sector text, school_type text, address text, postcode text, city text, municipality_code text, province_code text, lat float8, lng float8, pupils int',
    data.schools.map((s) => ({
      vestigingscode: s.vestigingscode,
      instellingscode: s.instellingscode,
      name: s.name,
      sector: s.sector,
      school_type: s.schoolType,
      address: s.address,
      postcode: s.postcode,
      city: s.city,
      municipality_code: s.municipalityCode,
      province_code: s.provinceCode,
      lat: s.point.lat,
      lng: s.point.lng,
      pupils: s.pupils,
    })),
  );
  await insertJson(
    ds,
    'organisation',
    'id, name, type, description, city, lat, lng, status, verified_at, last_confirmed_at, updated_at',
    'id uuid, name text, type text, description text, city text, lat float8, lng float8, status text, verified_at timestamptz, last_confirmed_at timestamptz, updated_at timestamptz',
    data.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      description: o.description,
      city: o.city,
      lat: o.location?.lat ?? null,
      lng: o.location?.lng ?? null,
      status: o.status,
      verified_at: o.status === 'VERIFIED' ? (o.lastConfirmedAt ?? new Date(0)) : null,
      last_confirmed_at: o.lastConfirmedAt,
      updated_at: o.updatedAt,
    })),
  );
  const offeringColumns = {
    ...OFFERING_ROW_COLUMNS,
    description: 'text',
    updated_at: 'timestamptz',
  };
  await insertJson(
    ds,
    'offering',
    columnList(offeringColumns),
    recordType(offeringColumns),
    data.offerings.map((o) => ({
      ...toOfferingRow(o),
      description: o.description,
      updated_at: o.updatedAt,
    })),
  );
  const areas = data.offerings.flatMap((o) =>
    o.coverage.map(({ areaId, area }) => toCoverageAreaRow(o.id, areaId, area)),
  );
  await insertJson(
    ds,
    'coverage_area',
    columnList(COVERAGE_AREA_ROW_COLUMNS),
    recordType(COVERAGE_AREA_ROW_COLUMNS),
    areas,
  );
  await ds.query('ANALYZE');
  return {
    provinces: data.provinces.length,
    municipalities: data.municipalities.length,
    schools: data.schools.length,
    organisations: data.organisations.length,
    offerings: data.offerings.length,
    coverageAreas: areas.length,
  };
}
