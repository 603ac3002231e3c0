// A fresh database for the HTTP part: PostgreSQL (own database, dropped afterwards) when
// reachable, else PGlite in a temporary directory. Migrated by the API's own migrations, then
// filled with the benchmark data set in batches of JSON rows.
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
import type { Partners, Places } from './dataset.js';

export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  /** Human-readable; no secrets. */
  description: string;
  /** For the API: DATABASE_URL, or PGLITE_DATA_DIR. */
  env: Record<string, string>;
  /** postgres:// URL of the bench database (PostgreSQL only). */
  url?: string;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(
  baseUrl: string,
  name: string,
): Promise<{ db: BenchDatabase; fallbackReason?: string }> {
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    const root = mkdtempSync(join(tmpdir(), 'pw-bench-match-'));
    const dir = join(root, 'pglite');
    return {
      fallbackReason: `PostgreSQL not reachable at ${redact(baseUrl)}: ${(error as Error).message}`,
      db: {
        kind: 'pglite',
        description: 'PGlite (embedded, temporary directory)',
        env: { PGLITE_DATA_DIR: dir },
        open: () => openDatabase({ pgliteDataDir: dir }),
        drop: async () => rmSync(root, { recursive: true, force: true }),
      },
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
      url: dbUrl,
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

export function redact(url: string): string {
  return url.replace(/:[^:@/]*@/, ':***@');
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

/** Migrates and fills the database; returns row counts. */
export async function loadBenchData(
  ds: DataSource,
  places: Places,
  partners: Partners,
): Promise<Record<string, number>> {
  await ds.runMigrations({ transaction: 'each' });
  await insertJson(
    ds,
    'province',
    'code, name, geometry, bbox',
    'code text, name text, geometry jsonb, bbox double precision[]',
    places.provinces.map((p) => ({
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
    places.municipalities.map((m) => ({
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
    places.schools.map((s) => ({
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
    'id, name, type, city, lat, lng, status, verified_at, last_confirmed_at',
    'id uuid, name text, type text, city text, lat float8, lng float8, status text, verified_at timestamptz, last_confirmed_at timestamptz',
    partners.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      city: o.city,
      lat: o.location?.lat ?? null,
      lng: o.location?.lng ?? null,
      status: o.status,
      verified_at: o.status === 'VERIFIED' ? (o.lastConfirmedAt ?? new Date(0)) : null,
      last_confirmed_at: o.lastConfirmedAt,
    })),
  );
  await insertJson(
    ds,
    'offering',
    columnList(OFFERING_ROW_COLUMNS),
    recordType(OFFERING_ROW_COLUMNS),
    partners.offerings.map(toOfferingRow),
  );
  const areas = partners.offerings.flatMap((o) =>
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
    provinces: places.provinces.length,
    municipalities: places.municipalities.length,
    schools: places.schools.length,
    organisations: partners.organisations.length,
    offerings: partners.offerings.length,
    coverageAreas: areas.length,
  };
}
