// npm run bench:replica-memory — how much one API replica holds at national scale (1×: 8,622
// real schools, 5,000 organisations, 20,000 offerings) and at 10× (50,000 organisations,
// 200,000 offerings): a separate API process on PostgreSQL, measured after it is ready (search
// index built, read model warmed) and again after 2,000 matchPartners and 500 searchOfferings
// requests over all schools. Resident memory from /proc (VmRSS, VmHWM) and the V8 heap.
// Results: bench/results/replica-memory.json. Data: ../shared/data and bench/match/dataset.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase, loadBenchData } from './match/db-load.js';
import { DATASET_SEED, generatePartners, loadPlaces } from './match/dataset.js';
import { startServer } from './match/http.js';
import { graphqlData, post } from './support/server-process.js';
import { benchQueries, LIMIT } from './match/in-process.js';
import { Prng } from './match/prng.js';
import { mb, summarise } from './match/stats.js';
import { DATA_DIR, POSTGRES_URL, REPO_ROOT } from './support/paths.js';
import { PRODUCTION_ENV } from './support/production-env.js';

const SEED = DATASET_SEED;
// At 10x the embedded search engine's first full build (200,000 offerings) outlasts the run,
// so that replica is measured without waiting for it and without search requests.
const SCALES = [
  { name: '1x', organisations: 5_000, offerings: 20_000, search: true },
  { name: '10x', organisations: 50_000, offerings: 200_000, search: false },
].filter((s) => !process.env.BENCH_SCALES || process.env.BENCH_SCALES.split(',').includes(s.name));
const MATCHES = 2_000;
const SEARCHES = 500;
const WORDS = ['taal', 'lezen', 'sport', 'muziek', 'ouders', 'mentor', 'bibliotheek', 'huiswerk'];

const log = (line: string): void => console.log(`[bench:replica-memory] ${line}`);

/** VmRSS (now) and VmHWM (peak) of a process, in MB. */
function residentMb(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

async function measureScale(scale: (typeof SCALES)[number]) {
  const places = loadPlaces(DATA_DIR, SEED);
  const partners = generatePartners(places, {
    organisations: scale.organisations,
    offerings: scale.offerings,
    seed: SEED,
    now: new Date(),
  });
  const { db, fallbackReason } = await createBenchDatabase(
    POSTGRES_URL,
    `pw_bench_mem_${scale.name}`,
  );
  if (fallbackReason) throw new Error(`${fallbackReason}: this benchmark needs PostgreSQL`);
  try {
    let t0 = performance.now();
    const handle = await db.open();
    const rows = await loadBenchData(handle.dataSource, places, partners);
    await handle.close();
    const loadMs = Math.round(performance.now() - t0);
    log(`${scale.name}: database loaded in ${loadMs} ms: ${JSON.stringify(rows)}`);

    t0 = performance.now();
    const server = await startServer({
      ...db.env,
      ...PRODUCTION_ENV,
      DB_RUN_MIGRATIONS: 'true',
      BENCH_WAIT_FOR_SEARCH: String(scale.search),
      // At 10x the start-up loads keep the pool's 10 connections busy for longer than the
      // default 5 s wait for a free one, and the start failed; a deployment at that scale
      // needs the same setting (docs/deployment.md).
      DB_CONNECT_TIMEOUT_MS: '60000',
    });
    const readyMs = Math.round(performance.now() - t0);
    const pid = server.child.pid!;
    const atReady = { ...residentMb(pid), heapUsedMb: mb(server.memory.heapUsed) };
    log(
      `${scale.name}: API ready in ${readyMs} ms (listening after ${Math.round(server.bootMs)} ms): ${JSON.stringify(atReady)}`,
    );
    try {
      const rnd = new Prng(SEED ^ 0x5a);
      const queries = benchQueries(rnd.shuffle([...places.schools]), 1).slice(0, MATCHES);
      const matchMs: number[] = [];
      for (const q of queries) {
        const input: Record<string, unknown> = {
          vestigingscode: q.school.vestigingscode,
          needs: q.needs.map((code) => ({ code })),
          limit: LIMIT,
        };
        const body = JSON.stringify({
          query: `query M($input: MatchPartnersInput!) { matchPartners(input: $input) { totalMatches matches { offeringId score reasons { text } offering { title } organisation { name } } } }`,
          variables: { input },
        });
        const res = await post(server.port, body);
        graphqlData(res, 'matchPartners');
        matchMs.push(res.ms);
      }
      const searchMs: number[] = [];
      for (let i = 0; i < (scale.search ? SEARCHES : 0); i++) {
        const body = JSON.stringify({
          query: `query S($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total hits { offeringId } } }`,
          variables: { input: { text: WORDS[i % WORDS.length], limit: 20 } },
        });
        const res = await post(server.port, body);
        graphqlData(res, 'searchOfferings');
        searchMs.push(res.ms);
      }
      const after = await server.memoryNow();
      const afterRequests = { ...residentMb(pid), heapUsedMb: mb(after.heapUsed) };
      log(
        `${scale.name}: after ${MATCHES} matches and ${SEARCHES} searches: ${JSON.stringify(afterRequests)}`,
      );
      return {
        scale: scale.name,
        dataset: { places: places.source, schools: places.schools.length, ...rows },
        loadMs,
        readyMs,
        listeningMs: Math.round(server.bootMs),
        offeringsInIndex: server.offerings,
        atReady,
        afterRequests,
        matchPartnersMs: summarise(matchMs),
        searchOfferingsMs: scale.search
          ? summarise(searchMs)
          : 'not measured: the first embedded-search build of this many offerings was still running',
        loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const results = [];
  for (const scale of SCALES) results.push(await measureScale(scale));
  // A run of some scales (BENCH_SCALES) keeps the other scales' latest results.
  const file = join(REPO_ROOT, 'bench', 'results', 'replica-memory.json');
  const earlier = existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: { scale: string }[] }).results ?? [])
    : [];
  for (const old of earlier) {
    if (!results.some((r) => r.scale === old.scale)) results.push(old as (typeof results)[number]);
  }
  results.sort((a, b) => a.scale.localeCompare(b.scale, 'en', { numeric: true }));
  const report = {
    benchmark: 'replica-memory',
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      totalMemMb: mb(totalmem()),
      node: process.version,
    },
    method:
      'one API process (createApp, NODE_ENV=production, no demo data) on PostgreSQL per scale; memory after ready (search index built, read model warmed) and after sequential matchPartners and searchOfferings requests; VmRSS and VmHWM from /proc',
    results,
    guidance:
      'Give a replica the peak resident memory of its scale plus headroom (about 1.5x); memory grows with offerings and coverage areas, not with traffic.',
    totalRuntimeS: Math.round((performance.now() - started) / 1000),
  };
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'replica-memory.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`written bench/results/replica-memory.json in ${report.totalRuntimeS} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
