// npm run bench:hsds — the HSDS 3.0 read API and the datapackage export at national scale:
//   1. GET /hsds/services, pages of 50 at random page numbers over HTTP (client-side time), plain,
//      filtered by a taxonomy term and by a search word;
//   2. the full datapackage export, GET /hsds/datapackage.zip (the whole public directory);
//   3. alerts, the computing part only: which of 10,000 saved searches (random schools, 1–3
//      needs) start to match after 1,000 offering changes, with AlertIndex (libs/domain/alerts);
//      the storage, the change-feed reading and the digest mails are not built yet.
// Data: real schools and municipalities from ../shared/data, 5,000 organisations and 20,000
// offerings from bench/match/dataset.ts (the bench:match seed), loaded into a fresh PostgreSQL
// database (PGlite when PostgreSQL is unreachable). Results: bench/results/hsds.json + .md.
// The machine is shared: every figure carries the 1-minute load average before and after it,
// page latencies are measured in BENCH_HSDS_ROUNDS rounds and the verdicts use the median
// round (pages) and the median run (export).
// Env: BENCH_DATA_DIR, BENCH_POSTGRES_URL, BENCH_HSDS_RUNS (page requests per round, default
// 200), BENCH_HSDS_ROUNDS (default 3), BENCH_HSDS_EXPORT_RUNS (default 5).
import { join } from 'node:path';
import { AlertIndex, INTERVENTION_CODES, type AlertSearch } from '@partnerwijzer/domain';
import { ReadModelCache } from '../apps/api/src/modules/organisations/index.js';
import { DATASET_SEED } from './match/dataset.js';
import { Prng } from './match/prng.js';
import { median, round } from './match/stats.js';
import {
  load1,
  startNationalBench,
  timeRuns,
  withNationalApi,
  writeReport,
  type Timed,
} from './support/national-api.js';
import { RESULTS_DIR } from './support/paths.js';

const DB_NAME = 'pw_bench_hsds';
const SEED = DATASET_SEED;
const RUNS = Number(process.env.BENCH_HSDS_RUNS ?? 200);
const ROUNDS = Number(process.env.BENCH_HSDS_ROUNDS ?? 3);
const EXPORT_RUNS = Number(process.env.BENCH_HSDS_EXPORT_RUNS ?? 5);
const TARGETS = { servicesPageP95Ms: 50, fullExportMs: 10_000, alertsMs: 5_000 };

const log = (line: string): void => console.log(`[bench:hsds] ${line}`);

async function main(): Promise<void> {
  const { started, report, places, partners } = startNationalBench('hsds', SEED);
  report.targets = TARGETS;
  report.dataset = {
    places: places.source,
    municipalities: places.municipalities.length,
    organisations: partners.organisations.length,
    offerings: partners.offerings.length,
    coverageAreasByKind: partners.coverageByKind,
  };
  log(`data: ${JSON.stringify(report.dataset)}`);
  // The API on a fresh database with the data set, listening, its search index built first.
  const options = { dbName: DB_NAME, places, partners, listen: true, log };
  await withNationalApi(options, async ({ app, database, port }) => {
    report.database = database;
    const base = `http://127.0.0.1:${port!}`;
    const get = async (path: string): Promise<Record<string, unknown>> => {
      const res = await fetch(base + path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const first = await get('/hsds/services?per_page=50');
    const total = Number(first['total_items']);
    const pages = Number(first['total_pages']);
    log(`public services: ${total} in ${pages} pages of 50`);
    const random = new Prng(SEED);
    const rounds: Timed[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const pageNumbers = Array.from(
        { length: RUNS + 5 },
        () => 1 + Math.floor(random.next() * pages),
      );
      const r = await timeRuns(RUNS, 5, (i) =>
        get(`/hsds/services?per_page=50&page=${pageNumbers[i]}`),
      );
      rounds.push(r);
      log(
        `round ${round + 1}: pages of 50 × ${RUNS}: p50 ${r.wallMs.p50} ms, p95 ${r.wallMs.p95} ms (load ${r.loadAverage1m.join(' → ')})`,
      );
    }
    const plainP95 = median(rounds.map((r) => r.wallMs.p95));
    // A page right after a change: the ordered ids of the filter are read again first.
    const cache = app.get(ReadModelCache);
    const cold = await timeRuns(20, 0, (i) => {
      cache.clear();
      return get(`/hsds/services?per_page=50&page=${1 + ((i * 37) % pages)}`);
    });
    log(
      `page after a change (list re-read) × 20: p50 ${cold.wallMs.p50} ms, p95 ${cold.wallMs.p95} ms (load ${cold.loadAverage1m.join(' → ')})`,
    );
    const termed = await timeRuns(Math.min(RUNS, 100), 3, (i) =>
      get(`/hsds/services?per_page=50&taxonomy_term_id=TAAL_LEZEN&page=${1 + (i % 5)}`),
    );
    log(
      `taxonomy filter × ${Math.min(RUNS, 100)}: p50 ${termed.wallMs.p50} ms, p95 ${termed.wallMs.p95} ms (load ${termed.loadAverage1m.join(' → ')})`,
    );
    const searched = await timeRuns(Math.min(RUNS, 100), 3, () =>
      get('/hsds/services?per_page=50&search=taal'),
    );
    log(
      `text search × ${Math.min(RUNS, 100)}: p50 ${searched.wallMs.p50} ms, p95 ${searched.wallMs.p95} ms (load ${searched.loadAverage1m.join(' → ')})`,
    );

    let bytes = 0;
    const exportRuns: { ms: number; loadAverage1m: [number, number] }[] = [];
    for (let run = -1; run < EXPORT_RUNS; run++) {
      const before = load1();
      const t0 = performance.now();
      const res = await fetch(`${base}/hsds/datapackage.zip`);
      if (res.status !== 200) throw new Error(`export: ${res.status}`);
      bytes = (await res.arrayBuffer()).byteLength;
      const ms = performance.now() - t0;
      if (run < 0) continue; // warm-up
      exportRuns.push({ ms: round(ms, 1), loadAverage1m: [before, load1()] });
      log(`export run ${run + 1}: ${Math.round(ms)} ms (load ${before} → ${load1()})`);
    }
    const exportMedian = median(exportRuns.map((r) => r.ms));
    log(
      `full datapackage export × ${EXPORT_RUNS}: median ${Math.round(exportMedian)} ms, max ${Math.round(Math.max(...exportRuns.map((r) => r.ms)))} ms, ${Math.round(bytes / 1024)} KiB`,
    );
    report.servicesPages = {
      publicServices: total,
      pages,
      plainRounds: rounds,
      plainP95MedianOfRounds: plainP95,
      afterChange: {
        ...cold,
        note: 'cache cleared before each request: the ordered public ids are read again',
      },
      taxonomyFilter: termed,
      textSearch: searched,
    };
    report.datapackageExport = {
      runs: exportRuns,
      medianMs: exportMedian,
      maxMs: Math.max(...exportRuns.map((r) => r.ms)),
      zipBytes: bytes,
    };
    // ---- 3. alerts: 10,000 saved searches, 1,000 offering changes --------------------------
    const pick = new Prng(SEED + 1);
    const searches: AlertSearch[] = Array.from({ length: 10_000 }, (_, i) => {
      const school = places.schools[Math.floor(pick.next() * places.schools.length)]!;
      const needs = Array.from({ length: 1 + Math.floor(pick.next() * 3) }, () => ({
        code: INTERVENTION_CODES[Math.floor(pick.next() * INTERVENTION_CODES.length)]!,
      }));
      return {
        id: `s${i}`,
        query: {
          point: school.point,
          municipalityCode: school.municipalityCode,
          provinceCode: school.provinceCode,
          schoolType: school.schoolType,
          needs,
        },
      };
    });
    let t0 = performance.now();
    const alertIndex = new AlertIndex(searches);
    const buildMs = performance.now() - t0;
    const changed = Array.from(
      { length: 1_000 },
      () => partners.offerings[Math.floor(pick.next() * partners.offerings.length)]!,
    );
    let pairs = 0;
    const alertRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      t0 = performance.now();
      pairs = 0;
      for (const o of changed) pairs += alertIndex.matching(o).length;
      alertRuns.push(performance.now() - t0);
    }
    const alertMs = Math.max(...alertRuns);
    log(
      `alerts: index of 10,000 searches built in ${Math.round(buildMs)} ms; 1,000 changes → ${pairs} (search, offering) matches in ${Math.round(alertMs)} ms (worst of 3)`,
    );
    report.alerts = {
      savedSearches: searches.length,
      offeringChanges: changed.length,
      matchesFound: pairs,
      indexBuildMs: round(buildMs, 1),
      computeMsRuns: alertRuns.map((x) => round(x, 1)),
      scope:
        'AlertIndex only (which searches each changed offering matches); storing hits, reading the change feed and the digest mails are not built yet',
    };
    report.verdict = {
      servicesPageP95: {
        p95Ms: plainP95,
        of: `median of ${ROUNDS} rounds' p95`,
        targetMs: TARGETS.servicesPageP95Ms,
        met: plainP95 <= TARGETS.servicesPageP95Ms,
      },
      fullExport: {
        medianMs: exportMedian,
        of: `median of ${EXPORT_RUNS} runs`,
        targetMs: TARGETS.fullExportMs,
        met: exportMedian <= TARGETS.fullExportMs,
      },
      alertsCompute: {
        maxMs: round(alertMs, 1),
        targetMs: TARGETS.alertsMs,
        met: alertMs <= TARGETS.alertsMs,
        scope: 'index computation only',
      },
    };
  });
  writeReport(report, started, RESULTS_DIR, 'hsds.json');
  log(`results: ${join(RESULTS_DIR, 'hsds.json')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
