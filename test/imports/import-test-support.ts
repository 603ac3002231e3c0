import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';
import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import {
  importMunicipalities,
  importProvinces,
} from '../../apps/api/src/modules/imports/region-import.js';
import { describeWithFiles, type SuiteDescribe, SHARED_DIR } from '../support/shared-data.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Shared bits of the import suites.

export const SHARED_DATA = join(SHARED_DIR, 'data');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'imports');

export const REAL_FILES = {
  schools: join(SHARED_DATA, 'schools.csv'),
  municipalities: join(SHARED_DATA, 'gemeenten.geojson'),
  provinces: join(SHARED_DATA, 'provinces.geojson'),
};

/** The real provinces, then the real municipalities: the regions a schools file needs. */
export async function importRealRegions(ds: DataSource): Promise<void> {
  await importProvinces(ds, REAL_FILES.provinces);
  await importMunicipalities(ds, REAL_FILES.municipalities);
}

/** The suites' `describe` when the open-data bundle is there; otherwise a loud skip. */
export function describeWithRealData(): SuiteDescribe {
  return describeWithFiles('the open-data files', Object.values(REAL_FILES));
}

/** Opens a test database and runs pending migrations (a new PostgreSQL database has none). */
export async function openTestDatabase(db: TestDatabase): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: db.databaseUrl,
    pgliteDataDir: db.pgliteDataDir,
  });
  await handle.dataSource.runMigrations({ transaction: 'each' });
  return handle;
}

export async function count(ds: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows = (await ds.query(sql, params)) as { n: number | string }[];
  return Number(rows[0]?.n ?? 0);
}

export async function changeEventCount(ds: DataSource, entity: string): Promise<number> {
  return count(ds, `SELECT count(*)::int AS n FROM change_event WHERE entity = $1`, [entity]);
}

/**
 * A fresh, migrated test database for a describe block, as suiteTestApp is an app: opened in a
 * beforeAll (registered first, so `ds` is set before the suite's own), closed and removed in an
 * afterAll. Its tests share it: each must leave it as another expects, or use testDatabase.
 */
export function suiteDatabase(): { ds: DataSource } {
  return freshDatabase(beforeAll, afterAll);
}

/**
 * A fresh, migrated test database for each test of a describe block: opened in a beforeEach
 * (registered first, so `ds` is set before the suite's own), closed and removed in an afterEach.
 * For tests that import into an empty database, so that none builds on another's imports.
 */
export function testDatabase(): { ds: DataSource } {
  return freshDatabase(beforeEach, afterEach);
}

function freshDatabase(
  before: (fn: () => Promise<void>, timeout: number) => void,
  after: (fn: () => Promise<void>, timeout: number) => void,
): { ds: DataSource } {
  const suite = {} as { ds: DataSource };
  let db: TestDatabase | undefined;
  let handle: DatabaseHandle | undefined;
  before(async () => {
    db = await createTestDatabase();
    handle = await openTestDatabase(db);
    suite.ds = handle.dataSource;
  }, 120_000);
  after(async () => {
    await handle?.close();
    await db?.dispose();
    handle = undefined;
    db = undefined;
  }, 60_000);
  return suite;
}
