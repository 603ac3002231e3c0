// A fresh database for the HTTP part: PostgreSQL (own database, dropped afterwards) when
// reachable, else PGlite in a temporary directory. Migrated by the API's own migrations, then
// filled with the benchmark data set in batches of JSON rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { bulkInsertPartners } from '../../apps/api/src/modules/organisations/repository.js';
import { bulkInsertRegions } from '../../apps/api/src/modules/regions/repository.js';
import { bulkInsertSchools } from '../../apps/api/src/modules/schools/repository.js';
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

/** Migrates and fills the database; returns row counts. */
export async function loadBenchData(
  ds: DataSource,
  places: Places,
  partners: Partners,
): Promise<Record<string, number>> {
  await ds.runMigrations({ transaction: 'each' });
  await bulkInsertRegions(ds, places.provinces, places.municipalities);
  await bulkInsertSchools(ds, places.schools);
  const { coverageAreas } = await bulkInsertPartners(
    ds,
    partners.organisations,
    partners.offerings,
  );
  await ds.query('ANALYZE');
  return {
    provinces: places.provinces.length,
    municipalities: places.municipalities.length,
    schools: places.schools.length,
    organisations: partners.organisations.length,
    offerings: partners.offerings.length,
    coverageAreas,
  };
}
