// Fresh benchmark databases: PGlite in a temporary directory (always) and PostgreSQL in a
// database of its own, created and dropped here (when reachable). Migrated with the API's own
// migrations, then filled in batches of JSON rows. No change_event rows are written: the
// search index is built by the timed reindex, not by the sync worker.
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

/** Migrates and fills a fresh database; returns row counts. */
export async function loadDataset(
  ds: DataSource,
  data: SearchDataset,
): Promise<Record<string, number>> {
  await ds.runMigrations({ transaction: 'each' });
  await bulkInsertRegions(ds, data.provinces, data.municipalities);
  await bulkInsertSchools(ds, data.schools);
  const { coverageAreas } = await bulkInsertPartners(ds, data.organisations, data.offerings);
  await ds.query('ANALYZE');
  return {
    provinces: data.provinces.length,
    municipalities: data.municipalities.length,
    schools: data.schools.length,
    organisations: data.organisations.length,
    offerings: data.offerings.length,
    coverageAreas,
  };
}
