// npm run bench:coverage — the municipality view at national scale:
//   1. the coverage matrix of the municipality with the most schools (GM0363, Amsterdam),
//      server-side: CoverageService.municipalityCoverage in the API process, repeated;
//   2. the national summary (coverageSummary NATIONAL, all 342 municipalities), computed
//      afresh (cache cleared) and from the cache;
//   3. the same two over HTTP (GraphQL, client-side time), for context;
//   4. a cross-check: every cell of the GM0363 matrix against the full engine.match answer per
//      school, and every summary cell against coveringAreas + resultsFor per school (both the
//      way the service computed them before MatchEngine.coverageCounts; timed once).
// Data: real schools and municipalities from ../shared/data, 5,000 organisations and 20,000
// offerings (2,000 polygons) from bench/match/dataset.ts, loaded into a fresh PostgreSQL
// database (PGlite when PostgreSQL is unreachable). Results: bench/results/coverage.json + .md.
// Env: BENCH_DATA_DIR, BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test),
// BENCH_COVERAGE_SEED, BENCH_COVERAGE_RUNS (matrix runs, default 50), BENCH_COVERAGE_SUMMARY_RUNS
// (cold summary runs, default 5), BENCH_COVERAGE_SKIP_REFERENCE=1 (development: skip the slow
// previous-method cross-check; the results then say so).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import { MatchingIndexService } from '../apps/api/src/modules/matching/matching-index.service.js';
import { CoverageService } from '../apps/api/src/modules/municipality-view/coverage.service.js';
import { referenceRow, referenceSummary } from './coverage/reference.js';
import { DATASET_SEED } from './match/dataset.js';
import { mb, type LatencySummary } from './match/stats.js';
import {
  startNationalBench,
  timeRuns as time,
  withNationalApi,
  writeReport,
  type Timed,
} from './support/national-api.js';
import { RESULTS_DIR } from './support/paths.js';

const DB_NAME = 'pw_bench_coverage';
const SEED = Number(process.env.BENCH_COVERAGE_SEED ?? DATASET_SEED);
const RUNS = Number(process.env.BENCH_COVERAGE_RUNS ?? 50);
const SUMMARY_RUNS = Number(process.env.BENCH_COVERAGE_SUMMARY_RUNS ?? 5);
const WARMUP = 3;
const SKIP_REFERENCE = process.env.BENCH_COVERAGE_SKIP_REFERENCE === '1';
const CODE = 'GM0363';

const TARGETS = { matrixP95Ms: 200, nationalSummaryMs: 5000 };

const MATRIX_QUERY = `query ($code: String!) { municipalityCoverage(code: $code) {
  municipality { code name } interventionCodes
  schools { vestigingscode name sector schoolType location { lat lng } typesCovered typesCoveredLocally
    cells { interventionType offerings verified local status } }
  totals { interventionType gapSchools onlyNationalSchools localSchools } } }`;
const SUMMARY_QUERY = `{ coverageSummary(level: NATIONAL) { interventionCodes
  municipalities { municipalityCode schools shares { interventionType schoolsWithLocal share } } } }`;

const log = (line: string): void => console.log(`[bench:coverage] ${line}`);

async function main(): Promise<void> {
  const { started, report, places, partners } = startNationalBench('coverage', SEED);
  report.dataset = {
    places: places.source,
    municipalities: places.municipalities.length,
    schools: places.schools.length,
    schoolsInMunicipality: places.schools.filter((s) => s.municipalityCode === CODE).length,
    organisations: partners.organisations.length,
    offerings: partners.offerings.length,
    coverageAreasByKind: partners.coverageByKind,
    polygons: partners.polygons.total,
  };
  log(`data: ${JSON.stringify(report.dataset)}`);

  const options = { dbName: DB_NAME, places, partners, listen: true, log };
  await withNationalApi(options, async ({ app, database, port, bootMs, searchStatus }) => {
    report.database = database;
    const index = app.get(MatchingIndexService);
    const service = app.get(CoverageService);
    report.api = {
      bootMs,
      offeringsInIndex: index.engine.size,
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      searchWorkerBeforeMeasuring: searchStatus,
      process: 'the API runs in the benchmark process (createApp); HTTP over 127.0.0.1',
    };
    log(`API up in ${bootMs} ms with ${index.engine.size} offerings`);
    // ---- 1. matrix, server side ------------------------------------------------------------
    const first = await service.municipalityCoverage(CODE);
    const matrix = await time(RUNS, WARMUP, () => service.municipalityCoverage(CODE));
    log(
      `matrix ${CODE} (${first.schools.length} schools) × ${RUNS}: p50 ${matrix.wallMs.p50} ms, p95 ${matrix.wallMs.p95} ms (CPU p50 ${matrix.cpuMs.p50} ms; load ${matrix.loadAverage1m.join(' → ')})`,
    );

    // ---- 2. national summary ---------------------------------------------------------------
    const cold = await time(SUMMARY_RUNS, 0, async () => {
      service.clearCaches();
      await service.coverageSummary('NATIONAL');
    });
    log(
      `national summary, computed afresh × ${SUMMARY_RUNS}: p50 ${cold.wallMs.p50} ms, max ${cold.wallMs.max} ms (load ${cold.loadAverage1m.join(' → ')})`,
    );
    const warm = await time(20, 1, () => service.coverageSummary('NATIONAL'));
    log(`national summary from the cache × 20: p50 ${warm.wallMs.p50} ms`);
    const summary = await service.coverageSummary('NATIONAL');

    // ---- 3. HTTP -----------------------------------------------------------------------------
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const httpMatrix = await time(Math.min(RUNS, 20), 2, () => gql(MATRIX_QUERY, { code: CODE }));
    const httpSummary = await time(10, 1, () => gql(SUMMARY_QUERY));
    log(
      `HTTP matrix p50 ${httpMatrix.wallMs.p50} ms, p95 ${httpMatrix.wallMs.p95} ms; HTTP summary (cached) p50 ${httpSummary.wallMs.p50} ms`,
    );

    // ---- 4. cross-check against the engine's full answers (also the previous method) ----
    let t0 = performance.now();
    let cells = 0;
    let differing = 0;
    for (const row of first.schools) {
      const ref = referenceRow(index.engine, {
        ...row,
        municipalityCode: CODE,
        provinceCode: first.municipality.provinceCode,
      });
      row.cells.forEach((cell, i) => {
        cells++;
        const r = ref[i];
        if (
          cell.offerings !== r.offerings ||
          cell.verified !== r.verified ||
          cell.local !== r.local ||
          (cell.status === 'GAP') !== (cell.status !== 'NOT_APPLICABLE' && r.offerings === 0)
        )
          differing++;
      });
    }
    const referenceMatrixMs = Math.round(performance.now() - t0);
    log(`reference matrix (engine.match per school, the previous method): ${referenceMatrixMs} ms`);
    t0 = performance.now();
    const refSummary = SKIP_REFERENCE
      ? new Map<string, { schools: number; local: number[] }>()
      : referenceSummary(
          index.engine,
          places.schools.map((x) => ({ ...x, location: x.point })),
        );
    const referenceSummaryMs = Math.round(performance.now() - t0);
    log(
      `reference summary (coveringAreas + resultsFor per school, the previous method): ${referenceSummaryMs} ms`,
    );
    let summaryCells = 0;
    let summaryDiffering = 0;
    for (const m of SKIP_REFERENCE ? [] : summary.municipalities) {
      const ref = refSummary.get(m.municipalityCode) ?? { schools: 0, local: [] };
      if (ref.schools !== m.schools) summaryDiffering++;
      m.shares.forEach((share, i) => {
        summaryCells++;
        if (share.schoolsWithLocal !== (ref.local[i] ?? 0)) summaryDiffering++;
      });
    }
    const crossCheck = {
      matrixCells: cells,
      matrixCellsDiffering: differing,
      summaryCellsChecked: summaryCells,
      summaryCellsDiffering: summaryDiffering,
      previousMethod: {
        matrixMs: referenceMatrixMs,
        nationalSummaryMs: referenceSummaryMs,
        note: 'one run each: the matrix from engine.match (every need, no limit) per school, the summary from coveringAreas + resultsFor per school, as CoverageService did before MatchEngine.coverageCounts',
      },
    };
    log(`cross-check: ${JSON.stringify(crossCheck)}`);

    const gaps = first.totals.reduce((n, t) => n + t.gapSchools, 0);
    const targets = {
      matrixP95Ms: {
        target: `<= ${TARGETS.matrixP95Ms}`,
        value: matrix.wallMs.p95,
        pass: matrix.wallMs.p95 <= TARGETS.matrixP95Ms && differing === 0,
      },
      nationalSummaryMs: {
        target: `<= ${TARGETS.nationalSummaryMs}`,
        value: cold.wallMs.max,
        basis: 'slowest of the runs computed afresh (cache cleared before each)',
        pass: cold.wallMs.max <= TARGETS.nationalSummaryMs && summaryDiffering === 0,
      },
    };
    Object.assign(report, {
      method: {
        matrix: `CoverageService.municipalityCoverage('${CODE}') called ${RUNS} times in a row after ${WARMUP} warm-up calls, in the API process (one SQL query for the schools, the counts from the in-memory MatchEngine); wall time per call with performance.now(), nearest-rank percentiles`,
        summary: `CoverageService.coverageSummary('NATIONAL') for all municipalities, ${SUMMARY_RUNS} times with its cache cleared first, then 20 times from the cache (keyed on the matching index generation and the sector)`,
        http: 'POST /graphql from the same process over 127.0.0.1, the page’s matrix query (all cells) and the national summary; client-side time to the parsed JSON',
      },
      matrix: {
        municipality: CODE,
        schools: first.schools.length,
        interventionTypes: INTERVENTION_CODES.length,
        gapCells: gaps,
        ...matrix,
      },
      nationalSummary: {
        municipalities: summary.municipalities.length,
        schools: summary.municipalities.reduce((n, m) => n + m.schools, 0),
        computedAfresh: cold,
        fromCache: warm,
      },
      http: { matrix: httpMatrix, nationalSummaryCached: httpSummary },
      crossCheck,
      targets,
    });
  });
  writeReport(report, started, RESULTS_DIR, 'coverage.json');
  const md = markdown(report);
  writeFileSync(join(RESULTS_DIR, 'coverage.md'), `${md}\n`);
  console.log(`\n${md}\n`);
}

function markdown(r: Record<string, unknown>): string {
  const m = r.machine as { cpus: number; cpu: string; node: string; loadAverageAtStart: number[] };
  const d = r.dataset as { schools: number; offerings: number; organisations: number };
  const x = r.matrix as { schools: number; gapCells: number } & Timed;
  const s = r.nationalSummary as {
    municipalities: number;
    schools: number;
    computedAfresh: Timed;
    fromCache: Timed;
  };
  const h = r.http as { matrix: Timed; nationalSummaryCached: Timed };
  const c = r.crossCheck as Record<string, number>;
  const p = (r.crossCheck as { previousMethod: { matrixMs: number; nationalSummaryMs: number } })
    .previousMethod;
  const t = r.targets as Record<string, { target: string; value: number; pass: boolean }>;
  const lat = (v: LatencySummary) => `${v.p50} / ${v.p95} / ${v.max}`;
  return [
    `# bench:coverage — ${String(r.generatedAt)}`,
    '',
    `${m.cpus} × ${m.cpu}, Node ${m.node}; load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' / ')}, at end ${(r.loadAverageAtEnd as number[]).join(' / ')} (machine shared with other agents). Data: ${d.schools} real schools, ${d.organisations} organisations, ${d.offerings} offerings. Database: ${String(r.database)}.`,
    '',
    '| Measure | p50 / p95 / max (ms) | load (1 min) |',
    '|---|---|---|',
    `| Matrix ${CODE} (${x.schools} schools × 11 types), server-side | ${lat(x.wallMs)} (CPU ${lat(x.cpuMs)}) | ${x.loadAverage1m.join(' → ')} |`,
    `| National summary (${s.municipalities} municipalities, ${s.schools} schools), computed afresh | ${lat(s.computedAfresh.wallMs)} | ${s.computedAfresh.loadAverage1m.join(' → ')} |`,
    `| National summary from the cache | ${lat(s.fromCache.wallMs)} | ${s.fromCache.loadAverage1m.join(' → ')} |`,
    `| HTTP GraphQL matrix (all cells) | ${lat(h.matrix.wallMs)} | ${h.matrix.loadAverage1m.join(' → ')} |`,
    `| HTTP GraphQL national summary (cached) | ${lat(h.nationalSummaryCached.wallMs)} | ${h.nationalSummaryCached.loadAverage1m.join(' → ')} |`,
    '',
    `Cross-check: ${c.matrixCells} matrix cells against engine.match per school, ${c.matrixCellsDiffering} differ; ${c.summaryCellsChecked} summary cells against coveringAreas + resultsFor per school, ${c.summaryCellsDiffering} differ. Gap cells in ${CODE}: ${x.gapCells}.`,
    `Previous method, one run each: matrix ${p.matrixMs} ms, national summary ${p.nationalSummaryMs} ms.`,
    '',
    '| Target | Value | Pass |',
    '|---|---|---|',
    ...Object.entries(t).map(
      ([k, v]) => `| ${k} ${v.target} | ${v.value} | ${v.pass ? 'PASS' : 'FAIL'} |`,
    ),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
