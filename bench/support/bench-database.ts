// Fresh benchmark databases: PostgreSQL in a database of its own, created and dropped here
// (when reachable), or PGlite in a temporary directory. Migrated with the API's own
// migrations, then filled through the owners' bulk writers in batches of JSON rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import { bulkInsertPartners } from '../../apps/api/src/modules/organisations/repository.js';
import { bulkInsertRegions } from '../../apps/api/src/modules/regions/repository.js';
import { bulkInsertSchools } from '../../apps/api/src/modules/schools/repository.js';

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

export const redact = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');

/** PGlite in a fresh temporary directory (`prefix` names it), removed by drop(). */
export function pgliteDatabase(prefix: string, description: string): BenchDatabase {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(root, 'pglite');
  return {
    kind: 'pglite',
    description,
    env: { PGLITE_DATA_DIR: dir },
    open: () => openDatabase({ pgliteDataDir: dir }),
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A fresh PostgreSQL database `name` beside `baseUrl`'s, or the reason there is none. */
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

export interface BenchRows {
  provinces: Parameters<typeof bulkInsertRegions>[1];
  municipalities: Parameters<typeof bulkInsertRegions>[2];
  schools: Parameters<typeof bulkInsertSchools>[1];
  organisations: Parameters<typeof bulkInsertPartners>[1];
  offerings: Parameters<typeof bulkInsertPartners>[2];
}

/** Migrates and fills a fresh database; returns row counts. */
export async function loadRows(ds: DataSource, data: BenchRows): Promise<Record<string, number>> {
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
