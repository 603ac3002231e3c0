import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../apps/api/src/database/data-source.factory.js';
import type { ImportSummary } from '../apps/api/src/modules/imports/import-types.js';
import {
  importMunicipalities,
  importProvinces,
} from '../apps/api/src/modules/imports/region-import.js';
import { importSchools } from '../apps/api/src/modules/imports/school-import.js';
import { median } from './match/stats.js';
import { machineDescription } from './support/machine.js';
import { DATA_DIR, POSTGRES_URL, REPO_ROOT } from './support/paths.js';

// npm run bench:import — the real schools and municipalities files into a fresh embedded
// database (PGlite) and, when reachable, a fresh PostgreSQL database; then a rerun with no
// changes. Median of 3 runs each; results in bench/results/import.json.
// Times are the import itself; opening the database and running migrations are not counted.

const RESULTS = join(REPO_ROOT, 'bench', 'results', 'import.json');
const RUNS = 3;

const FILES = {
  provinces: join(DATA_DIR, 'provinces.geojson'),
  municipalities: join(DATA_DIR, 'gemeenten.geojson'),
  schools: join(DATA_DIR, 'schools.csv'),
};

const TARGETS_MS = { schools: 20_000, municipalities: 10_000, unchangedRerun: 5_000 };

interface RunTimes {
  provinces: number;
  municipalities: number;
  schools: number;
  /** All three files again, nothing changed. */
  unchangedRerun: number;
}

interface Target {
  /** A fresh, empty, migrated database for one run. */
  fresh(run: number): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }>;
  cleanup(): Promise<void>;
  info(): Promise<Record<string, unknown>>;
}

function expectCounts(s: ImportSummary, total: number, changed: boolean): void {
  const written = changed ? s.inserted : s.unchanged;
  if (s.total !== total || written !== total || s.rejected !== 0) {
    throw new Error(
      `Unexpected ${s.kind} result: ${JSON.stringify({ ...s, rejections: s.rejected })}`,
    );
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function runOnce(target: Target, run: number): Promise<RunTimes> {
  const { handle, dispose } = await target.fresh(run);
  const ds = handle.dataSource;
  try {
    const [p, provinces] = await timed(() => importProvinces(ds, FILES.provinces));
    expectCounts(p, 12, true);
    const [m, municipalities] = await timed(() => importMunicipalities(ds, FILES.municipalities));
    expectCounts(m, 342, true);
    const [s, schools] = await timed(() => importSchools(ds, FILES.schools));
    expectCounts(s, 8622, true);
    const [, unchangedRerun] = await timed(async () => {
      expectCounts(await importProvinces(ds, FILES.provinces), 12, false);
      expectCounts(await importMunicipalities(ds, FILES.municipalities), 342, false);
      expectCounts(await importSchools(ds, FILES.schools, { full: true }), 8622, false);
    });
    return { provinces, municipalities, schools, unchangedRerun };
  } finally {
    await handle.close();
    await dispose();
  }
}

async function pgliteTarget(): Promise<Target> {
  const root = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const template = join(root, 'template');
  const db = await openDatabase({ pgliteDataDir: template });
  await db.dataSource.runMigrations({ transaction: 'each' });
  await db.close();
  return {
    fresh: async (run) => {
      const dir = join(root, `run-${run}`);
      cpSync(template, dir, { recursive: true });
      const handle = await openDatabase({ pgliteDataDir: dir });
      return { handle, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
    cleanup: async () => rmSync(root, { recursive: true, force: true }),
    info: async () => ({ engine: 'PGlite (embedded, PostgreSQL 18 in WASM)', dataDir: 'tmp' }),
  };
}

async function postgresTarget(baseUrl: string): Promise<Target> {
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const [{ version }] = (await admin.query<{ version: string }>('SELECT version()')).rows;
  const prefix = `pw_bench_${process.pid}`;
  return {
    fresh: async (run) => {
      const name = `${prefix}_${run}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase({ databaseUrl: url.toString(), pgliteDataDir: 'unused' });
      await handle.dataSource.runMigrations({ transaction: 'each' });
      return {
        handle,
        dispose: async () => {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    cleanup: () => admin.end(),
    info: async () => ({
      engine: 'PostgreSQL',
      version,
      url: baseUrl.replace(/:[^:@/]*@/, ':***@'),
    }),
  };
}

async function bench(label: string, target: Target): Promise<Record<string, unknown>> {
  const runs: RunTimes[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const times = await runOnce(target, run);
      runs.push(times);
      console.log(
        `${label} run ${run}: provinces ${ms(times.provinces)}, municipalities ${ms(times.municipalities)}, schools ${ms(times.schools)}, unchanged rerun ${ms(times.unchangedRerun)}`,
      );
    }
    const info = await target.info();
    const med = {
      provinces: Math.round(median(runs.map((r) => r.provinces))),
      municipalities: Math.round(median(runs.map((r) => r.municipalities))),
      schools: Math.round(median(runs.map((r) => r.schools))),
      unchangedRerun: Math.round(median(runs.map((r) => r.unchangedRerun))),
    };
    return {
      ...info,
      medianMs: med,
      runsMs: runs.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])),
      ),
      meetsTargets: {
        schools: med.schools <= TARGETS_MS.schools,
        municipalities: med.municipalities <= TARGETS_MS.municipalities,
        unchangedRerun: med.unchangedRerun <= TARGETS_MS.unchangedRerun,
      },
    };
  } finally {
    await target.cleanup();
  }
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
const ms = (v: number): string => `${(v / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  for (const f of Object.values(FILES)) {
    if (!existsSync(f)) throw new Error(`Data file missing: ${f} (set BENCH_DATA_DIR)`);
  }
  // Other work on the machine slows every figure down; the load is recorded with them.
  const loadAtStart = loadavg()[0];
  const results: Record<string, unknown> = {};
  results.pglite = await bench('pglite', await pgliteTarget());
  let postgres: Target | undefined;
  try {
    postgres = await postgresTarget(POSTGRES_URL);
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${POSTGRES_URL}: ${(error as Error).message}`;
    console.log(`postgres: skipped — ${reason}`);
    results.postgres = { skipped: reason };
  }
  if (postgres) results.postgres = await bench('postgres', postgres);

  const report = {
    benchmark: 'import',
    generatedAt: new Date().toISOString(),
    machine: {
      ...machineDescription(),
      loadAverage1m: { atStart: round2(loadAtStart), atEnd: round2(loadavg()[0]) },
    },
    method: `median of ${RUNS} runs into a fresh, migrated database each; import time only (opening the database and migrations excluded). unchangedRerun = provinces + municipalities + schools (--full) again with nothing changed.`,
    files: {
      schools: {
        path: 'shared/data/schools.csv',
        rows: 8622,
        bytes: readFileSync(FILES.schools).length,
      },
      municipalities: {
        path: 'shared/data/gemeenten.geojson',
        features: 342,
        bytes: readFileSync(FILES.municipalities).length,
      },
      provinces: {
        path: 'shared/data/provinces.geojson',
        features: 12,
        bytes: readFileSync(FILES.provinces).length,
      },
    },
    targetsMs: TARGETS_MS,
    results,
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\nMedians (ms): ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, (v as { medianMs?: unknown }).medianMs ?? v])))}`,
  );
  console.log(`Written to ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
