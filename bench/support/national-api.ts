// What the benchmarks that measure the API at national scale in their own process share
// (bench:coverage, bench:needs, bench:hsds): the machine description, the timing loop, the data
// set of bench:match (real places, 5,000 organisations, 20,000 offerings), a fresh database filled
// with it, the API started on that database with its search index built, and the results file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { generatePartners, loadPlaces, type Partners, type Places } from '../match/dataset.js';
import { createBenchDatabase, loadBenchData, type BenchDatabase } from '../match/db-load.js';
import { round, summarise, type LatencySummary } from '../match/stats.js';
import { loadAverages, machineDescription } from './machine.js';
import { DATA_DIR, POSTGRES_URL } from './paths.js';
import { PRODUCTION_ENV } from './production-env.js';

/** The 1-minute load average, to 2 decimals. */
export const load1 = (): number => round(loadavg()[0], 2);

export interface Timed {
  wallMs: LatencySummary;
  /** CPU time of this process per call: less sensitive to the other agents on the machine. */
  cpuMs: LatencySummary;
  loadAverage1m: [number, number];
}

/**
 * Calls `fn` `warmup` times unmeasured, then `runs` times measuring wall and CPU time; `fn` is
 * told the number of its call in each of the two series.
 */
export async function timeRuns(
  runs: number,
  warmup: number,
  fn: (i: number) => Promise<unknown> | unknown,
): Promise<Timed> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  const before = load1();
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wallMs: summarise(wall), cpuMs: summarise(cpu), loadAverage1m: [before, load1()] };
}

/** The head of a results file: which benchmark, when, on what machine, with which seed. */
export function reportHead(benchmark: string, now: Date, seed: number): Record<string, unknown> {
  return {
    benchmark,
    generatedAt: now.toISOString(),
    machine: {
      ...machineDescription(),
      loadAverageAtStart: loadAverages(),
      note: 'shared machine: 2 cores used by several agents at once; figures are noisy, see the load averages per section',
    },
    seed,
  };
}

/** The data set of bench:match at national scale (the same seed gives the same offerings). */
export function nationalDataSet(
  dataDir: string,
  seed: number,
  now: Date,
): { places: Places; partners: Partners } {
  const places = loadPlaces(dataDir, seed);
  const partners = generatePartners(places, {
    organisations: 5_000,
    offerings: 20_000,
    seed,
    now,
  });
  return { places, partners };
}

/** A national benchmark's start: its clock, the head of its results file and the data set. */
export function startNationalBench(benchmark: string, seed: number) {
  const started = performance.now();
  const now = new Date();
  const report = reportHead(benchmark, now, seed);
  return { started, report, ...nationalDataSet(DATA_DIR, seed, now) };
}

export interface NationalApi {
  app: INestApplication;
  db: BenchDatabase;
  /** The database, and why PostgreSQL was not used where it was not. */
  database: string;
  /** The HTTP port when `listen` was asked, else undefined. */
  port?: number;
  bootMs: number;
  loadMs: number;
  /** How long the search worker's first full index build took after boot. */
  searchBuildMs: number;
  /** The search worker's status once that build was done. */
  searchStatus: Awaited<ReturnType<SearchSyncWorker['status']>>;
}

/**
 * A fresh database (BENCH_POSTGRES_URL, else PGlite) filled with the data set and whatever `extra`
 * writes, then the API on it in this process, its search index built before anything is
 * measured. `use` runs with it; the app is closed and the database dropped afterwards.
 */
export async function withNationalApi<T>(
  options: {
    dbName: string;
    places: Places;
    partners: Partners;
    listen: boolean;
    log: (line: string) => void;
    extra?: (ds: DataSource) => Promise<void>;
  },
  use: (api: NationalApi) => Promise<T>,
): Promise<T> {
  const { db, fallbackReason } = await createBenchDatabase(POSTGRES_URL, options.dbName);
  const database = db.description + (fallbackReason ? ` (${fallbackReason})` : '');
  try {
    let t0 = performance.now();
    const handle = await db.open();
    await loadBenchData(handle.dataSource, options.places, options.partners);
    await options.extra?.(handle.dataSource);
    await handle.close();
    const loadMs = Math.round(performance.now() - t0);
    options.log(`database loaded in ${loadMs} ms (${db.description})`);

    t0 = performance.now();
    const app = await createApp(
      loadConfig({
        ...db.env,
        ...PRODUCTION_ENV,
        // The search worker builds its index once at start; after that only the timer wakes
        // it. A long interval keeps retries (should indexing fail) out of the measurements.
        SEARCH_SYNC_INTERVAL_MS: '60000',
      }),
    );
    let port: number | undefined;
    if (options.listen) {
      await app.listen(0, '127.0.0.1');
      port = (app.getHttpServer().address() as { port: number }).port;
    } else {
      await app.init();
    }
    const bootMs = Math.round(performance.now() - t0);
    try {
      t0 = performance.now();
      const search = app.get(SearchSyncWorker);
      await search.drain();
      const searchStatus = await search.status();
      const searchBuildMs = Math.round(performance.now() - t0);
      options.log(
        `search index built in ${searchBuildMs} ms (backlog ${searchStatus.backlog}${searchStatus.lastError ? `, last error: ${searchStatus.lastError}` : ''})`,
      );
      return await use({ app, db, database, port, bootMs, loadMs, searchBuildMs, searchStatus });
    } finally {
      await app.close();
    }
  } finally {
    await db
      .drop()
      .catch((e: unknown) => options.log(`could not drop the bench database: ${String(e)}`));
  }
}

/** Completes the report (run time, load at the end) and writes `<resultsDir>/<file>`. */
export function writeReport(
  report: Record<string, unknown>,
  started: number,
  resultsDir: string,
  file: string,
): void {
  report.totalRuntimeS = Math.round((performance.now() - started) / 1000);
  report.loadAverageAtEnd = loadAverages();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, file), `${JSON.stringify(report, null, 2)}\n`);
}
