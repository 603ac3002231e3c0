import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  REAL_FILES,
  changeEventCount,
  describeWithRealData,
  importRealRegions,
  openTestDatabase,
} from './import-test-support.js';

// The import process is killed (SIGKILL) in the middle of the schools file. The database must
// hold whole batches only, and a rerun must end exactly where an uninterrupted run ends.

const describeReal = describeWithRealData();

const CLI = join(REPO_ROOT, 'apps', 'api', 'dist', 'cli', 'import.js');
const BATCH = 50;

// The CLI's sources (relative to src/) and where tsc writes them (dist/).
const CLI_SOURCES: [src: string, dist: string, paths: string[]][] = [
  [
    join(REPO_ROOT, 'apps', 'api', 'src'),
    join(REPO_ROOT, 'apps', 'api', 'dist'),
    ['cli/import.ts', 'modules/imports', 'modules/change-feed', 'database', 'config'],
  ],
  [join(REPO_ROOT, 'libs', 'domain', 'src'), join(REPO_ROOT, 'libs', 'domain', 'dist'), ['.']],
];

/** Source files of the CLI whose compiled .js is missing or older than the .ts. */
function staleOutputs(): string[] {
  const stale: string[] = [];
  for (const [src, dist, paths] of CLI_SOURCES) {
    for (const path of paths) {
      const full = join(src, path);
      const files = statSync(full).isDirectory()
        ? readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => join(path, f))
        : [path];
      for (const file of files) {
        if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
        const out = join(dist, file.replace(/\.ts$/, '.js'));
        if (!existsSync(out) || statSync(out).mtimeMs < statSync(join(src, file)).mtimeMs) {
          stale.push(file);
        }
      }
    }
  }
  return stale;
}

/** Builds the server when the compiled CLI is missing or older than its sources. */
function ensureBuiltCli(): void {
  if (staleOutputs().length === 0) return;
  console.log('[import-kill] building the server (tsc -b apps/api/tsconfig.build.json)…');
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', 'apps/api/tsconfig.build.json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  // tsc emits despite type errors elsewhere in the tree. A file still newer than its output
  // is being edited by someone right now: say so, and test the CLI as built.
  if (!existsSync(CLI)) {
    throw new Error(`Building the CLI failed:\n${build.stdout}${build.stderr}`);
  }
  const stale = staleOutputs();
  if (stale.length > 0) {
    console.warn(
      `[import-kill] still older than their sources after the build: ${stale.join(', ')}`,
    );
  }
  if (build.status !== 0) {
    console.warn(`[import-kill] tsc reported errors (the CLI was emitted):\n${build.stdout}`);
  }
}

function cliEnv(db: TestDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: db.pgliteDataDir };
  delete env.NODE_OPTIONS;
  if (db.databaseUrl) env.DATABASE_URL = db.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `killOn`, sends `signal` as soon as stderr matches it. */
function runCli(
  db: TestDatabase,
  args: string[],
  killOn?: RegExp,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: cliEnv(db) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (killOn?.test(stderr) && child.exitCode === null && !child.killed) child.kill(signal);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The CLI's arguments for the real schools file in batches of BATCH, its report to `report`. */
function schoolsImportArgs(report: string): string[] {
  return ['schools', REAL_FILES.schools, '--batch-size', String(BATCH), '--report', report];
}

async function withDatabase<T>(db: TestDatabase, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const handle = await openTestDatabase(db);
  try {
    return await fn(handle.dataSource);
  } finally {
    await handle.close();
  }
}

/** Everything the import writes, reduced to counts and a digest. */
async function fingerprint(ds: DataSource): Promise<Record<string, unknown>> {
  const [row] = (await ds.query(
    `SELECT count(*)::int AS schools,
            count(*) FILTER (WHERE active)::int AS active,
            md5(string_agg(concat_ws('|', vestigingscode, instellingscode, name, sector, school_type,
                  denomination, address, postcode, city, municipality_code, province_code,
                  lat, lng, pupils, website, active, is_demo), E'\n' ORDER BY vestigingscode)) AS digest
       FROM school`,
  )) as Record<string, unknown>[];
  return { ...row, events: await changeEventCount(ds, 'SCHOOL') };
}

describeReal('imports: killed mid-run', () => {
  let reference: TestDatabase;
  let killed: TestDatabase;
  let interrupted: TestDatabase;
  let workDir: string;

  beforeAll(async () => {
    ensureBuiltCli();
    workDir = mkdtempSync(join(tmpdir(), 'pw-import-kill-'));
    reference = await createTestDatabase();
    killed = await createTestDatabase();
    interrupted = await createTestDatabase();
  }, 180_000);

  afterAll(async () => {
    await reference?.dispose();
    await killed?.dispose();
    await interrupted?.dispose();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('leaves whole batches only, and a rerun ends where an uninterrupted run ends', async () => {
    const expected = await withDatabase(reference, async (ds) => {
      await importRealRegions(ds);
      const summary = await importSchools(ds, REAL_FILES.schools, { batchSize: BATCH });
      expect(summary).toMatchObject({ inserted: 8622, rejected: 0 });
      return fingerprint(ds);
    });
    await withDatabase(killed, importRealRegions);

    const args = schoolsImportArgs(join(workDir, 'report.csv'));
    const first = await runCli(killed, args, /Importeren scholen: \d+\/8622/);
    expect(first.signal).toBe('SIGKILL');

    const partial = await withDatabase(killed, fingerprint);
    const written = partial.schools as number;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(8622);
    expect(written % BATCH).toBe(0); // no half batch
    expect(partial.events).toBe(written); // rows and their change events commit together
    console.log(`[import-kill] killed after ${written} of 8622 rows (${written / BATCH} batches)`);

    const rerun = await runCli(killed, args);
    expect(rerun.stderr).not.toMatch(/mislukt|failed/i);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`nieuw\\s+${8622 - written}\\s`));
    expect(rerun.stdout).toMatch(new RegExp(`ongewijzigd\\s+${written}\\s`));
    expect(rerun.stdout).toMatch(/afgewezen\s+0\s/);

    expect(await withDatabase(killed, fingerprint)).toEqual(expected);
  }, 180_000);

  it('Ctrl-C (SIGINT) stops after the running batch with exit code 130', async () => {
    await withDatabase(interrupted, importRealRegions);
    const args = schoolsImportArgs(join(workDir, 'report-int.csv'));
    const run = await runCli(interrupted, args, /Importeren scholen: \d+\/8622/, 'SIGINT');
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/Import afgebroken na \d+ van 8622 records/);
    const written = await withDatabase(interrupted, (ds) => fingerprint(ds));
    expect(written.schools).toBeGreaterThan(0);
    expect((written.schools as number) % BATCH).toBe(0);
    expect(written.events).toBe(written.schools);
  }, 120_000);
});
