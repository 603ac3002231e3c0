// npm run bench:match — the matching engine at national scale, in one run:
//   1. index build time and memory;                  2. in-process engine.match latency;
//   3. matchPartners over HTTP on a real database (sequential latency, autocannon throughput,
//      and the same for a trivial `{ __typename }` query on the same server);
//   4. a PostGIS baseline (ST_Covers / ST_DWithin with GiST) with a per-school check that both
//      return identical covering offering sets;      5. the engine alone at 10× scale.
// Results: bench/results/match.json (+ match.md). Not part of `npm test`.
// Env: BENCH_DATA_DIR (default ../shared/data), BENCH_POSTGRES_URL (default
// postgres://postgres@127.0.0.1:5432/test; a fresh database pw_bench_match is created and
// dropped), BENCH_MATCH_SEED, BENCH_MATCH_SKIP_10X=1, BENCH_MATCH_LOAD_SECONDS (default 20),
// BENCH_MATCH_CPU_PROF=<dir> (write a V8 CPU profile of the API process), BENCH_MATCH_QUICK=1
// (development: in-process timing on every 20th school only), BENCH_MATCH_SKIP_POSTGIS=1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase, loadBenchData } from './match/db-load.js';
import {
  DATASET_SEED,
  generatePartners,
  loadPlaces,
  type Partners,
  type Places,
} from './match/dataset.js';
import { load, sequential, startServer, type LoadResult } from './match/http.js';
import { graphqlData, post } from './support/server-process.js';
import {
  benchQueries,
  buildEngine,
  checkAgainstBruteForce,
  coverageIndexOf,
  LIMIT,
  NEED_SETS,
  timeCoverage,
  timeMatches,
  toMatchQuery,
  type BenchQuery,
} from './match/in-process.js';
import { postgisBaseline, type PostgisResult } from './match/postgis.js';
import { Prng } from './match/prng.js';
import { mb, round } from './match/stats.js';
import { loadAverages, machineDescription } from './support/machine.js';
import { DATA_DIR, POSTGRES_URL, RESULTS_DIR } from './support/paths.js';
import { PRODUCTION_ENV } from './support/production-env.js';

const DB_NAME = 'pw_bench_match';
const SEED = Number(process.env.BENCH_MATCH_SEED ?? DATASET_SEED);
const LOAD_SECONDS = Number(process.env.BENCH_MATCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = 10;
/** Development only: in-process timing on every 20th school. Results are then not comparable. */
const QUICK = process.env.BENCH_MATCH_QUICK === '1';

const SCALE_1 = { organisations: 5_000, offerings: 20_000 };
const SCALE_10 = { organisations: 50_000, offerings: 200_000 };
/** At 10× one query for every 10th school (863): a match there takes ~50 ms, and the run must stay near 10 minutes. */
const TEN_X_EVERY = 10;

const TARGETS = {
  inProcessP99Ms: { limit: 2, op: '<=' },
  httpP50Ms: { limit: 10, op: '<=' },
  httpP99Ms: { limit: 40, op: '<=' },
  httpP50OverTrivialP50: { limit: 3, op: '<=' },
  throughputRps: { limit: 300, op: '>=' },
  postgisSpeedup: { limit: 5, op: '>=' },
} as const;

const MATCH_FIELDS = `totalMatches uncoveredNeeds uncoveredText
  matches { offeringId score distanceKm needsMet full matchedArea { kind label } reasons { code text } OFFERING }
  bundle { offeringIds needsCovered }`;
const MATCH_QUERY = `query BenchMatch($input: MatchPartnersInput!) { matchPartners(input: $input) { ${MATCH_FIELDS.replace(
  'OFFERING',
  'offering { title } organisation { name }',
)} } }`;
const LEAN_QUERY = `query BenchMatchLean($input: MatchPartnersInput!) { matchPartners(input: $input) { ${MATCH_FIELDS.replace(
  'OFFERING',
  '',
)} } }`;
const TRIVIAL_BODY = JSON.stringify({ query: '{ __typename }' });

function matchBody(query: string, q: BenchQuery): string {
  const input: Record<string, unknown> = {
    vestigingscode: q.school.vestigingscode,
    needs: q.needs.map((code) => ({ code })),
    limit: LIMIT,
  };
  if (q.groepMin !== undefined)
    Object.assign(input, { groepMin: q.groepMin, groepMax: q.groepMax });
  return JSON.stringify({ query, variables: { input } });
}

const log = (line: string): void => console.log(`[bench:match] ${line}`);
const elapsed = (t0: number): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

interface ScaleResult {
  dataset: Record<string, unknown>;
  generateMs: number;
  build: Omit<ReturnType<typeof buildEngine>, 'engine'>;
  coverageIndex: { buildMs: number; coveringAtMs: ReturnType<typeof timeCoverage> };
  match: ReturnType<typeof timeMatches> & { schoolsQueried: number; loadAverage1m: number[] };
  bruteForceCheck?: { checked: number; differing: number };
  note?: string;
}

function describeDataset(places: Places, partners: Partners): Record<string, unknown> {
  const active = partners.offerings.filter((o) => o.status === 'ACTIVE').length;
  return {
    places: places.source,
    provinces: places.provinces.length,
    municipalities: places.municipalities.length,
    schools: places.schools.length,
    organisations: partners.organisations.length,
    offerings: partners.offerings.length,
    activeOfferings: active,
    coverageAreas: Object.values(partners.coverageByKind).reduce((s, n) => s + n, 0),
    coverageAreasByKind: partners.coverageByKind,
    customPolygons: partners.polygons,
  };
}

function runScale(
  label: string,
  places: Places,
  partners: Partners,
  generateMs: number,
  perSchool: number,
  everySchool: number,
  warmup: number,
): {
  result: ScaleResult;
  engine: ReturnType<typeof buildEngine>['engine'];
  queries: BenchQuery[];
} {
  const t0 = performance.now();
  const { engine, ...build } = buildEngine(partners.offerings, places);
  log(
    `${label}: engine built in ${build.buildMs} ms, +${build.indexHeapMb} MB heap, RSS ${build.rssAfterMb} MB`,
  );
  const queries = benchQueries(places.schools, perSchool, everySchool);
  const loadBefore = loadavg()[0];
  const match = timeMatches(engine, queries, warmup, perSchool);
  const loadAfter = loadavg()[0];
  log(
    `${label}: engine.match over ${match.queries} queries: p50 ${match.latencyMs.p50} ms, p95 ${match.latencyMs.p95} ms, p99 ${match.latencyMs.p99} ms (CPU time p50 ${match.cpuMs.p50}, p99 ${match.cpuMs.p99} ms; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)})`,
  );
  const cov = coverageIndexOf(partners.offerings);
  const coveringAtMs = timeCoverage(cov.index, places.schools, warmup, everySchool);
  log(
    `${label}: CoverageIndex.coveringAt p50 ${coveringAtMs.p50} ms (index built in ${cov.buildMs} ms)`,
  );
  const result: ScaleResult = {
    dataset: describeDataset(places, partners),
    generateMs: round(generateMs, 0),
    build,
    coverageIndex: { buildMs: cov.buildMs, coveringAtMs },
    match: {
      ...match,
      schoolsQueried: Math.ceil(places.schools.length / everySchool),
      loadAverage1m: [round(loadBefore, 2), round(loadAfter, 2)],
    },
  };
  log(`${label}: done in ${elapsed(t0)}`);
  return { result, engine, queries };
}

function verdict(
  name: keyof typeof TARGETS,
  value: number | null,
  extra = true,
): Record<string, unknown> {
  const t = TARGETS[name];
  if (value === null || Number.isNaN(value))
    return { target: `${t.op} ${t.limit}`, value: null, pass: null };
  const ok = t.op === '<=' ? value <= t.limit : value >= t.limit;
  return { target: `${t.op} ${t.limit}`, value: round(value, 3), pass: ok && extra };
}

async function main(): Promise<void> {
  const started = performance.now();
  const now = new Date();
  const report: Record<string, unknown> = { benchmark: 'match', generatedAt: now.toISOString() };
  if (QUICK) report.quick = 'BENCH_MATCH_QUICK=1: in-process timing on every 20th school only';
  report.machine = {
    ...machineDescription(),
    date: now.toISOString(),
    loadAverageAtStart: loadAverages(),
  };

  // ---- Data ---------------------------------------------------------------------------------
  const places = loadPlaces(DATA_DIR, SEED);
  log(
    `places from ${places.source}: ${places.schools.length} schools, ${places.municipalities.length} municipalities, ${places.provinces.length} provinces`,
  );
  let t0 = performance.now();
  const partners = generatePartners(places, { ...SCALE_1, seed: SEED, now });
  const generateMs = performance.now() - t0;
  log(
    `generated ${partners.offerings.length} offerings / ${partners.organisations.length} organisations in ${elapsed(t0)}`,
  );

  // ---- 1 + 2: in process, national scale ----------------------------------------------------
  const national = runScale(
    '1x',
    places,
    partners,
    generateMs,
    NEED_SETS.length - 1,
    QUICK ? 20 : 1,
    QUICK ? 300 : 3000,
  );
  national.result.bruteForceCheck = checkAgainstBruteForce(national.engine, national.queries, 200);
  log(
    `1x: indexed vs brute-force match on ${national.result.bruteForceCheck.checked} queries: ${national.result.bruteForceCheck.differing} differ`,
  );

  // ---- 3: HTTP on a real database -----------------------------------------------------------
  const http: Record<string, unknown> = {};
  let postgisRun: PostgisResult | undefined;
  const { db, fallbackReason } = await createBenchDatabase(POSTGRES_URL, DB_NAME);
  http.database = db.description;
  if (fallbackReason) http.databaseFallback = fallbackReason;
  log(`database: ${db.description}${fallbackReason ? ` (${fallbackReason})` : ''}`);
  try {
    t0 = performance.now();
    const handle = await db.open();
    const rows = await loadBenchData(handle.dataSource, places, partners);
    await handle.close();
    http.loadMs = Math.round(performance.now() - t0);
    http.rows = rows;
    log(`database loaded in ${elapsed(t0)}: ${JSON.stringify(rows)}`);

    const profileDir = process.env.BENCH_MATCH_CPU_PROF;
    const server = await startServer(
      {
        ...db.env,
        ...PRODUCTION_ENV,
        // Already migrated; 'true' only guards against a bench/dist rebuilt meanwhile.
        DB_RUN_MIGRATIONS: 'true',
      },
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    http.server = {
      bootMs: Math.round(server.bootMs),
      offeringsInIndex: server.offerings,
      heapUsedAfterBootMb: mb(server.memory.heapUsed),
      rssAfterBootMb: mb(server.memory.rss),
      process: 'separate child process (node), load generator in the parent',
    };
    log(
      `API up on port ${server.port} in ${Math.round(server.bootMs)} ms with ${server.offerings} offerings`,
    );
    try {
      const rnd = new Prng(SEED ^ 0x77);
      const httpQueries = benchQueries(rnd.shuffle([...places.schools]), 1);
      const bodies = httpQueries.map((q) => matchBody(MATCH_QUERY, q));
      const leanBodies = httpQueries.map((q) => matchBody(LEAN_QUERY, q));

      // Same answers as in process? (totalMatches does not depend on the clock.)
      let agree = 0;
      const crossCheck = 200;
      for (let i = 0; i < crossCheck; i++) {
        const q = httpQueries[i];
        const data = graphqlData<{ matchPartners: { totalMatches: number } }>(
          await post(server.port, bodies[i]),
          'matchPartners',
        );
        if (data.matchPartners.totalMatches === national.engine.match(toMatchQuery(q)).totalMatches)
          agree++;
      }
      http.crossCheck = { queries: crossCheck, sameTotalMatchesAsInProcess: agree };
      log(`HTTP vs in-process totalMatches: ${agree}/${crossCheck} equal`);

      t0 = performance.now();
      const seq = await sequential(
        server.port,
        {
          matchPartners: (i) => bodies[i % bodies.length],
          matchPartnersLean: (i) => leanBodies[(i + 1000) % leanBodies.length],
          trivial: () => TRIVIAL_BODY,
        },
        200,
        1000,
      );
      http.sequential = {
        note: 'one request at a time over one kept-alive connection, the three kinds interleaved; 200 warm-up rounds; client-side time to the last byte',
        matchPartners: {
          query: 'matches { …, offering { title } organisation { name } }, bundle',
          ...seq.matchPartners,
        },
        matchPartnersLean: {
          query: 'same without offering/organisation (no DataLoader queries)',
          ...seq.matchPartnersLean,
        },
        trivial: { query: '{ __typename }', ...seq.trivial },
      };
      log(
        `sequential (${elapsed(t0)}): matchPartners p50 ${seq.matchPartners.p50} p95 ${seq.matchPartners.p95} p99 ${seq.matchPartners.p99} ms; lean p50 ${seq.matchPartnersLean.p50}; trivial p50 ${seq.trivial.p50} p99 ${seq.trivial.p99} ms`,
      );

      const loadMatch = await load(server.port, bodies, CONNECTIONS, LOAD_SECONDS);
      log(
        `autocannon matchPartners: ${loadMatch.requestsPerSecond} req/s, p50 ${loadMatch.latencyMs.p50} ms, p99 ${loadMatch.latencyMs.p99} ms, errors ${loadMatch.errors + loadMatch.non2xx + loadMatch.graphqlErrors}`,
      );
      const loadTrivial = await load(server.port, [TRIVIAL_BODY], CONNECTIONS, LOAD_SECONDS);
      log(
        `autocannon trivial: ${loadTrivial.requestsPerSecond} req/s, p50 ${loadTrivial.latencyMs.p50} ms, p99 ${loadTrivial.latencyMs.p99} ms`,
      );
      const mem = await server.memoryNow();
      http.load = {
        tool: 'autocannon 9 (in the parent process)',
        bodies: bodies.length,
        matchPartners: loadMatch,
        trivial: loadTrivial,
      } satisfies Record<string, unknown> & { matchPartners: LoadResult };
      (http.server as Record<string, unknown>).rssAfterLoadMb = mb(mem.rss);
    } finally {
      await server.stop();
    }

    // ---- 4: PostGIS baseline ------------------------------------------------------------------
    if (process.env.BENCH_MATCH_SKIP_POSTGIS === '1') {
      postgisRun = { skipped: 'BENCH_MATCH_SKIP_POSTGIS=1 (development run)' };
    } else if (db.kind === 'postgres' && db.url) {
      t0 = performance.now();
      const cov = coverageIndexOf(partners.offerings);
      const postgis = await postgisBaseline(
        db.url,
        partners.offerings,
        places.schools,
        cov.index,
        log,
      );
      postgisRun = postgis;
      if ('skipped' in postgis) log(`postgis: skipped: ${postgis.skipped}`);
      else
        log(
          `postgis (${elapsed(t0)}): p50 ${postgis.perSchoolMs.p50} ms per school (SELECT 1: ${postgis.selectOneMs.p50} ms); identical sets ${postgis.comparison.identical}/${postgis.comparison.schools}`,
        );
    } else {
      postgisRun = {
        skipped: `PostgreSQL not reachable (${fallbackReason ?? 'PGlite'}); PostGIS baseline needs PostgreSQL`,
      };
    }
  } finally {
    await db
      .drop()
      .catch((error: unknown) => log(`could not drop the bench database: ${String(error)}`));
  }

  const postgis: PostgisResult = postgisRun ?? { skipped: 'not run' };

  // ---- 5: 10× in process --------------------------------------------------------------------
  let tenX: ScaleResult | { skipped: string } = { skipped: 'BENCH_MATCH_SKIP_10X=1' };
  const nationalResult = national.result;
  if (process.env.BENCH_MATCH_SKIP_10X !== '1') {
    // Let the national-scale data go first, so the 10× heap figures stand alone.
    national.engine = undefined as never;
    partners.offerings.length = 0;
    t0 = performance.now();
    const big = generatePartners(places, { ...SCALE_10, seed: SEED + 10, now });
    const gen = performance.now() - t0;
    log(`10x: generated ${big.offerings.length} offerings in ${elapsed(t0)}`);
    tenX = runScale('10x', places, big, gen, 1, TEN_X_EVERY, 100).result;
    tenX.note = 'in process only: the DB/HTTP and PostGIS parts run at national scale (1×)';
  }

  // ---- Targets, report ----------------------------------------------------------------------
  const seq = http.sequential as
    { matchPartners: { p50: number; p99: number }; trivial: { p50: number } } | undefined;
  const loadRes = (http.load as { matchPartners: LoadResult } | undefined)?.matchPartners;
  const inP50 = nationalResult.match.latencyMs.p50;
  const pg = 'skipped' in postgis ? null : postgis;
  const ratios = {
    httpP50OverTrivialP50: seq ? round(seq.matchPartners.p50 / seq.trivial.p50, 2) : null,
    inProcessMatchP50OverPostgisP50: pg ? round(inP50 / pg.perSchoolMs.p50, 4) : null,
    postgisSpeedupMatch: pg ? round(pg.perSchoolMs.p50 / inP50, 1) : null,
    coverageOnlyP50OverPostgisP50: pg
      ? round(nationalResult.coverageIndex.coveringAtMs.p50 / pg.perSchoolMs.p50, 4)
      : null,
    postgisSpeedupCoverageOnly: pg
      ? round(pg.perSchoolMs.p50 / nationalResult.coverageIndex.coveringAtMs.p50, 1)
      : null,
  };
  const targets = {
    inProcessP99Ms: verdict('inProcessP99Ms', nationalResult.match.latencyMs.p99),
    httpP50Ms: verdict('httpP50Ms', seq?.matchPartners.p50 ?? null),
    httpP99Ms: verdict('httpP99Ms', seq?.matchPartners.p99 ?? null),
    httpP50OverTrivialP50: verdict('httpP50OverTrivialP50', ratios.httpP50OverTrivialP50),
    throughputRps: verdict(
      'throughputRps',
      loadRes && loadRes.errors + loadRes.non2xx + loadRes.graphqlErrors === 0
        ? loadRes.requestsPerSecond
        : null,
    ),
    postgisSpeedup: {
      ...verdict(
        'postgisSpeedup',
        ratios.postgisSpeedupMatch,
        pg ? pg.comparison.mismatches === 0 : false,
      ),
      identicalResults: pg ? pg.comparison.mismatches === 0 : null,
      basis:
        'PostGIS per-school coverage query p50 / in-process engine.match p50 (full match incl. fit, score, reasons, bundle); identical = covering offering sets equal for every school',
    },
  };
  Object.assign(report, {
    seed: SEED,
    method: {
      inProcess: `engine.match for every school × ${NEED_SETS.length - 1} need sets in rotation (at 10×: one query for every ${TEN_X_EVERY}th school) (1–5 needs; PO schools partly with a groep range), limit ${LIMIT}, after a 3,000-query warm-up; time per call with performance.now(); nearest-rank percentiles. Heap figures with --expose-gc (gc before each reading).`,
      http: `the API (createApp, SEED_DEMO_DATA=false) in a child process on 127.0.0.1; matchPartners by vestigingscode with the same need rotation over all schools in shuffled order; autocannon ${CONNECTIONS} connections × ${LOAD_SECONDS} s with rotating bodies.`,
      postgis:
        'same coverage areas in pgis_* tables (GiST on geometry and geography); one prepared query per school; client round-trip time; compared with CoverageIndex.coveringAt (all areas of all offerings, any status).',
    },
    targets,
    ratios,
    national: nationalResult,
    http,
    postgis,
    tenX,
    totalRuntimeS: Math.round((performance.now() - started) / 1000),
    loadAverageAtEnd: loadAverages(),
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'match.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = summaryTable(report, nationalResult, tenX, loadRes, postgis, ratios, targets);
  writeFileSync(join(RESULTS_DIR, 'match.md'), `${md}\n`);
  console.log(`\n${md}\n`);
  log(`wrote bench/results/match.json and match.md in ${elapsed(started)}`);
}

function summaryTable(
  report: Record<string, unknown>,
  n: ScaleResult,
  tenX: ScaleResult | { skipped: string },
  loadRes: LoadResult | undefined,
  postgis: PostgisResult,
  ratios: Record<string, number | null>,
  targets: Record<string, Record<string, unknown>>,
): string {
  const m = report.machine as { cpu: string; cpus: number; node: string };
  const http = report.http as Record<string, unknown>;
  const s = (http.sequential ?? {}) as Record<string, { p50: number; p95: number; p99: number }>;
  const lt = (http.load as { trivial?: LoadResult } | undefined)?.trivial;
  const lat = (x?: { p50: number; p95?: number; p99: number }) =>
    x ? `${x.p50} / ${x.p95 ?? '–'} / ${x.p99}` : 'not measured';
  const ds = n.dataset as {
    schools: number;
    offerings: number;
    organisations: number;
    coverageAreas: number;
    places: string;
  };
  const lines = [
    `# bench:match — ${String(report.generatedAt)}`,
    '',
    `${m.cpus} × ${m.cpu}, Node ${m.node}. Data: ${ds.schools} schools (${ds.places}), ${ds.organisations} organisations, ${ds.offerings} offerings, ${ds.coverageAreas} coverage areas. Database: ${String(http.database)}.`,
    '',
    '| Measure | p50 / p95 / p99 (ms) or value |',
    '|---|---|',
    `| 1× index build (MatchEngine) | ${n.build.buildMs} ms, +${n.build.indexHeapMb} MB heap (${n.build.heapUsedBeforeMb} → ${n.build.heapUsedAfterMb} MB), RSS ${n.build.rssAfterMb} MB |`,
    `| 1× engine.match in process (${n.match.queries} queries) | ${lat(n.match.latencyMs)} |`,
    `| 1× CoverageIndex.coveringAt only | ${lat(n.coverageIndex.coveringAtMs)} |`,
    `| HTTP matchPartners, sequential | ${lat(s.matchPartners)} |`,
    `| HTTP matchPartners without offering/organisation | ${lat(s.matchPartnersLean)} |`,
    `| HTTP { __typename }, sequential | ${lat(s.trivial)} |`,
    `| HTTP matchPartners p50 / trivial p50 | ${ratios.httpP50OverTrivialP50 ?? 'n/a'} × |`,
    `| autocannon matchPartners, ${CONNECTIONS} conn | ${loadRes ? `${loadRes.requestsPerSecond} req/s (p50 ${loadRes.latencyMs.p50}, p99 ${loadRes.latencyMs.p99} ms, errors ${loadRes.errors + loadRes.non2xx + loadRes.graphqlErrors})` : 'not measured'} |`,
    `| autocannon { __typename }, ${CONNECTIONS} conn | ${lt ? `${lt.requestsPerSecond} req/s (p50 ${lt.latencyMs.p50}, p99 ${lt.latencyMs.p99} ms)` : 'not measured'} |`,
    'skipped' in postgis
      ? `| PostGIS baseline | skipped: ${postgis.skipped} |`
      : `| PostGIS per-school coverage query | ${lat(postgis.perSchoolMs)} (SELECT 1 round trip p50 ${postgis.selectOneMs.p50}) |`,
    'skipped' in postgis
      ? null
      : `| PostGIS vs ours: identical sets | ${postgis.comparison.identical}/${postgis.comparison.schools} schools (mismatches ${postgis.comparison.mismatches}); speed-up ${ratios.postgisSpeedupMatch}× (engine.match), ${ratios.postgisSpeedupCoverageOnly}× (coverage only) |`,
    'skipped' in tenX
      ? `| 10× | skipped: ${tenX.skipped} |`
      : `| 10× build (${(tenX.dataset as { offerings: number }).offerings} offerings) | ${tenX.build.buildMs} ms, +${tenX.build.indexHeapMb} MB heap, RSS ${tenX.build.rssAfterMb} MB |`,
    'skipped' in tenX
      ? null
      : `| 10× engine.match in process (${tenX.match.queries} queries) | ${lat(tenX.match.latencyMs)} |`,
    'skipped' in tenX
      ? null
      : `| 10× CoverageIndex.coveringAt only | ${lat(tenX.coverageIndex.coveringAtMs)} |`,
    '',
    '| Target | Value | Pass |',
    '|---|---|---|',
    ...Object.entries(targets).map(
      ([k, v]) =>
        `| ${k} ${String(v.target)} | ${v.value ?? 'n/a'} | ${v.pass === null ? 'not measured' : v.pass ? 'PASS' : 'FAIL'} |`,
    ),
  ];
  return lines.filter((l) => l !== null).join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
