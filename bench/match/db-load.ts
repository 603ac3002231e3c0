// A fresh database for the HTTP part: PostgreSQL (own database, dropped afterwards) when
// reachable, else PGlite in a temporary directory. Migrated by the API's own migrations, then
// filled with the benchmark data set in batches of JSON rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { circleBBox, geometryBBox } from '@partnerwijzer/domain';
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
    'id, organisation_id, title, intervention_types, sectors, target_groups, groep_min, groep_max, age_min, age_max, delivery_modes, cost_type, cost_amount_eur, evidence_register, evidence_level, capacity_per_year, status, last_confirmed_at',
    'id uuid, organisation_id uuid, title text, intervention_types text[], sectors text[], target_groups text[], groep_min smallint, groep_max smallint, age_min smallint, age_max smallint, delivery_modes text[], cost_type text, cost_amount_eur numeric, evidence_register text, evidence_level text, capacity_per_year int, status text, last_confirmed_at timestamptz',
    partners.offerings.map((o) => ({
      id: o.id,
      organisation_id: o.organisationId,
      title: o.title,
      intervention_types: o.interventionCodes,
      sectors: o.sectors,
      target_groups: o.targetGroups,
      groep_min: o.groepMin,
      groep_max: o.groepMax,
      age_min: o.ageMin,
      age_max: o.ageMax,
      delivery_modes: o.deliveryModes,
      cost_type: o.costType,
      cost_amount_eur: o.costAmountEur,
      evidence_register: o.evidenceRegister,
      evidence_level: o.evidenceLevel,
      capacity_per_year: o.remainingCapacity,
      status: o.status,
      last_confirmed_at: o.lastConfirmedAt,
    })),
  );
  const areas = partners.offerings.flatMap((o) =>
    o.coverage.map(({ areaId, area }) => ({
      id: areaId,
      offering_id: o.id,
      kind: area.kind,
      province_code: area.kind === 'PROVINCE' ? area.provinceCode : null,
      municipality_code: area.kind === 'MUNICIPALITY' ? area.municipalityCode : null,
      center_lat: area.kind === 'RADIUS' ? area.center.lat : null,
      center_lng: area.kind === 'RADIUS' ? area.center.lng : null,
      radius_km: area.kind === 'RADIUS' ? area.radiusKm : null,
      geometry: area.kind === 'POLYGON' ? area.geometry : null,
      bbox:
        area.kind === 'RADIUS'
          ? circleBBox(area.center, area.radiusKm)
          : area.kind === 'POLYGON'
            ? geometryBBox(area.geometry)
            : null,
    })),
  );
  await insertJson(
    ds,
    'coverage_area',
    'id, offering_id, kind, province_code, municipality_code, center_lat, center_lng, radius_km, geometry, bbox',
    'id uuid, offering_id uuid, kind text, province_code text, municipality_code text, center_lat float8, center_lng float8, radius_km float8, geometry jsonb, bbox float8[]',
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
