import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { MIGRATIONS } from '../../apps/api/src/database/migrations/index.js';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';

// A fresh, real database per test suite:
// - DATABASE_URL set → a new database on that PostgreSQL server, dropped afterwards;
// - otherwise → a copy of a migrated PGlite template directory (initialising PGlite takes
//   seconds, copying a directory does not), built once per set of migrations; with
//   `demoData`, a copy of that template with the demo data loaded, seeded once per Jest run.
export interface TestDatabase {
  databaseUrl?: string;
  pgliteDataDir: string;
  dispose(): Promise<void>;
}

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/**
 * describe for a suite that needs PostgreSQL (DATABASE_URL), as several processes or connections
 * on one database do: on PGlite, one process, it is skipped, loudly (a warning naming `suite`,
 * and `skipped` as its title with the reason).
 */
export function describeOnPostgres(
  names: { suite: string; title: string; skipped: string },
  tests: () => void,
): void {
  if (!usingPostgres) {
    console.warn(
      `SKIPPED ${names.suite} suite: needs PostgreSQL (DATABASE_URL); PGlite is one process`,
    );
    describe.skip(`${names.skipped} (SKIPPED: needs PostgreSQL, DATABASE_URL not set)`, tests);
  } else {
    describe(names.title, tests);
  }
}

/**
 * The PostgreSQL server this Jest worker makes its databases on: DATABASE_URL, or with
 * TEST_POSTGRES_URLS (comma-separated, one server per worker; jest.config.js runs as many
 * workers as it names) the worker's own. The change feed's horizon covers every transaction
 * open on a server, so suites sharing one server hold back each other's feed (decision 0027);
 * on servers of their own they run side by side (decision 0032).
 */
export function postgresServerUrl(): string {
  const perWorker = (process.env.TEST_POSTGRES_URLS ?? '').split(',').filter(Boolean);
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return (
    perWorker[(worker - 1) % Math.max(perWorker.length, 1)] ?? String(process.env.DATABASE_URL)
  );
}

export interface TestDatabaseOptions {
  /**
   * The app will load the demo data into it (SEED_DEMO_DATA): on PGlite, during `npm test`, the
   * copy comes with it already, loaded once per run (decision 0033); the app then finds its
   * marker and skips the seed, as on any restart. On PostgreSQL the app seeds it itself.
   */
  demoData?: boolean;
}

export async function createTestDatabase({
  demoData = false,
}: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (usingPostgres) return createPostgresDatabase(postgresServerUrl());
  return createPgliteCopy(
    (demoData && (await ensureDemoTemplate())) || (await ensurePgliteTemplate()),
  );
}

async function createPostgresDatabase(baseUrl: string): Promise<TestDatabase> {
  const name = `pw_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    pgliteDataDir: 'unused',
    dispose: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createPgliteCopy(template: string): Promise<TestDatabase> {
  const dir = mkdtempSync(join(copiesRoot(), 'pw-test-'));
  cpSync(template, dir, { recursive: true });
  return { pgliteDataDir: dir, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

const SHM = '/dev/shm';
const SHM_MIN_FREE_BYTES = 2 * 1024 ** 3;

// Copies go to memory (tmpfs) where the machine has room for them: on a busy machine, writing
// and deleting the copy's 1,155 files on disk took 1-4 s per suite, on tmpfs about 0.2 s. A
// container's /dev/shm is often 64 MB, so the free space decides; TEST_DATABASE_DIR overrides.
let root: string | undefined;
function copiesRoot(): string {
  if (root) return root;
  const chosen = process.env.TEST_DATABASE_DIR;
  if (chosen) return (root = chosen);
  try {
    const fs = statfsSync(SHM);
    if (fs.bavail * fs.bsize >= SHM_MIN_FREE_BYTES) return (root = SHM);
  } catch {
    // No /dev/shm (not Linux): the system's temporary folder.
  }
  return (root = tmpdir());
}

async function ensurePgliteTemplate(): Promise<string> {
  // A hash of the migration names: the joined names outgrew the 255-byte file-name limit.
  const key = createHash('sha256')
    .update(MIGRATIONS.map((m) => m.name).join('_'))
    .digest('hex')
    .slice(0, 24);
  return buildOnce(join(REPO_ROOT, '.data', 'test-templates', key), async (building) => {
    const db = await openDatabase({ pgliteDataDir: building });
    await db.dataSource.runMigrations({ transaction: 'each' });
    await db.close();
  });
}

/**
 * The migrated template with the demo data, for this Jest run (PW_TEST_RUN, set by
 * global-setup.js, which removes it again): seeding took about a second of CPU per app start.
 * Its dates are relative to the moment of seeding, so it lives no longer than the run (decision
 * 0032 rejected one kept per set of migrations: it would age). Outside `npm test`: none, and
 * each app seeds its own copy.
 */
async function ensureDemoTemplate(): Promise<string | undefined> {
  const run = process.env.PW_TEST_RUN;
  if (!run) return undefined;
  const migrated = await ensurePgliteTemplate();
  return buildOnce(`${migrated}-demo-${run}`, async (building) => {
    cpSync(migrated, building, { recursive: true });
    const [{ Logger }, { seedDemoDataIfEmpty }] = await Promise.all([
      import('@nestjs/common'),
      import('../../apps/api/src/database/seeds/demo-seed.js'),
    ]);
    // As quiet as the apps (LOG_LEVEL=error); each app sets its own logger when it starts.
    Logger.overrideLogger(['error', 'fatal']);
    const db = await openDatabase({ pgliteDataDir: building });
    try {
      await seedDemoDataIfEmpty(db.dataSource);
    } finally {
      await db.close();
    }
  });
}

/** `dir`, built by `build` in a folder of its own unless another process already did. */
async function buildOnce(dir: string, build: (building: string) => Promise<void>): Promise<string> {
  if (existsSync(join(dir, 'READY'))) return dir;
  // Jest workers may build it at the same time: each builds its own folder and renames it into
  // place; the first rename wins and the others use that one.
  const building = `${dir}.building-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  mkdirSync(building, { recursive: true });
  try {
    await build(building);
    writeFileSync(join(building, 'READY'), new Date().toISOString());
    if (existsSync(dir) && !existsSync(join(dir, 'READY')))
      rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  } catch (error) {
    if (!existsSync(join(dir, 'READY'))) throw error;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}
