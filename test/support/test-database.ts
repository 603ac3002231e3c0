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
//   seconds, copying a directory does not), built once per set of migrations.
export interface TestDatabase {
  databaseUrl?: string;
  pgliteDataDir: string;
  dispose(): Promise<void>;
}

export const usingPostgres = Boolean(process.env.DATABASE_URL);

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

export async function createTestDatabase(): Promise<TestDatabase> {
  return usingPostgres ? createPostgresDatabase(postgresServerUrl()) : createPgliteCopy();
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

async function createPgliteCopy(): Promise<TestDatabase> {
  const template = await ensurePgliteTemplate();
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
  const dir = join(REPO_ROOT, '.data', 'test-templates', key);
  if (existsSync(join(dir, 'READY'))) return dir;
  // Jest workers may build it at the same time: each builds its own folder and renames it into
  // place; the first rename wins and the others use that one.
  const building = `${dir}.building-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  mkdirSync(building, { recursive: true });
  try {
    const db = await openDatabase({ pgliteDataDir: building });
    await db.dataSource.runMigrations({ transaction: 'each' });
    await db.close();
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
