// npm run bench:search — search over 20,000 offerings (5,000 organisations, a few hundred real
// schools) on the embedded engine: PGlite in a temporary directory and, when reachable, a fresh
// PostgreSQL database; Meilisearch too when MEILI_URL is set. Per database:
//   1. load the data set (not a target; shown for context),
//   2. a full reindex with reindexAll() — target ≤ 30 s — and a rerun over the full index,
//   3. engine.search() in-process per query (SQL time without HTTP/GraphQL) plus
//      EXPLAIN (ANALYZE, BUFFERS) of every query,
//   4. the API (createApp) in a child process: searchOfferings over HTTP for a fixed query
//      mix, with and without school scoping, one request at a time after warm-up —
//      target p95 ≤ 50 ms.
// Results: bench/results/search.json (figures) and bench/results/search.md (table + plans).
// Development: BENCH_SEARCH_ROUNDS, BENCH_SEARCH_ONLY=pglite|postgres, BENCH_SEARCH_KEEP_DB=1
// (leave the PostgreSQL database for EXPLAIN sessions; drop it by hand afterwards).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { MatchEngine, type GeoPoint } from '@partnerwijzer/domain';
import {
  createMeiliIndexClient,
  ensureMeiliKeys,
  EmbeddedSearchEngine,
  MeiliSearchEngine,
  type OfferingDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchScope,
  type SqlClient,
} from '@partnerwijzer/search';
import { reindexAll } from '../apps/api/src/modules/search/reindex.js';
import type { BenchSchool } from './match/dataset.js';
import { Prng } from './match/prng.js';
import type { LatencySummary } from './match/stats.js';
import { buildDataset, type SearchDataset } from './search/dataset.js';
import { loadDataset, pgliteDatabase, postgresDatabase, type BenchDatabase } from './search/db.js';
import { startServer } from './search/http.js';
import { loadAverages, machineDescription } from './support/machine.js';
import { graphqlData, post } from './support/server-process.js';
import { PRODUCTION_ENV } from './support/production-env.js';
import { QUERY_MIX, requestBody, type MixQuery, type SearchResponse } from './search/queries.js';
import {
  pooled,
  sampleMix,
  SLOW_MS,
  summary,
  type Combo,
  type ComboResult,
} from './search/sampling.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA_DIR = process.env.BENCH_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

const SEED = 20_240_904;
const SIZES = {
  organisations: Number(process.env.BENCH_SEARCH_ORGANISATIONS ?? 5_000),
  offerings: Number(process.env.BENCH_SEARCH_OFFERINGS ?? 20_000),
  schools: 400,
  scopeSchools: 20,
};
const HTTP = {
  warmupRounds: 3,
  rounds: Number(process.env.BENCH_SEARCH_ROUNDS ?? 25),
  budgetMs: 60_000,
};
const IN_PROCESS = { warmupRounds: 1, rounds: 5, budgetMs: 20_000 };
/** Also time reindexAll() over the full index (ON CONFLICT updates): BENCH_SEARCH_RERUN=1. */
const RERUN = process.env.BENCH_SEARCH_RERUN === '1';
const COMBOS: Combo[] = QUERY_MIX.flatMap((query) => [
  { query, scoped: false },
  { query, scoped: true },
]);
const TARGETS = { httpP95Ms: 50, reindexMs: 30_000 };

const log = (msg: string): void => {
  process.stderr.write(`[bench:search] ${msg}\n`);
};

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

// ---------------------------------------------------------------------------------------------
// Reindex

/** Delegates to an engine and times its calls, to split reindex time into build vs write. */
class TimedEngine implements SearchEngine {
  readonly ms = { prepare: 0, upsert: 0, snapshot: 0, remove: 0 };
  constructor(private readonly inner: SearchEngine) {}
  get name(): string {
    return this.inner.name;
  }
  private async time<T>(key: keyof TimedEngine['ms'], fn: () => Promise<T>): Promise<T> {
    const [result, ms] = await timed(fn);
    this.ms[key] += ms;
    return result;
  }
  prepare = () => this.time('prepare', () => this.inner.prepare());
  upsert = (docs: readonly OfferingDocument[]) =>
    this.time('upsert', () => this.inner.upsert(docs));
  // Time spent producing the batches (reading and building documents) is not write time.
  upsertStream = async (batches: AsyncIterable<readonly OfferingDocument[]>) => {
    let building = 0;
    async function* measured() {
      const iterator = batches[Symbol.asyncIterator]();
      for (;;) {
        const [next, ms] = await timed(() => iterator.next());
        building += ms;
        if (next.done) return;
        yield next.value;
      }
    }
    const [, total] = await timed(() => this.inner.upsertStream(measured()));
    this.ms.upsert += total - building;
  };
  remove = (ids: readonly string[]) => this.time('remove', () => this.inner.remove(ids));
  snapshot = () => this.time('snapshot', () => this.inner.snapshot());
  clear = () => this.inner.clear();
  search = (q: SearchQuery) => this.inner.search(q);
  count = () => this.inner.count();
}

function progress(label: string): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const quarter = total === 0 ? 4 : Math.floor((done / total) * 4);
    if (quarter === shown) return;
    shown = quarter;
    log(`  ${label}: ${done}/${total}`);
  };
}

interface ReindexFigures {
  engine: string;
  ms: number;
  indexed: number;
  removed: number;
  documentsPerSecond: number;
  /** Where the time goes: loading + building documents from PostgreSQL vs writing to the engine. */
  breakdownMs: {
    buildDocuments: number;
    engineUpsert: number;
    engineSnapshotAndRemove: number;
    other: number;
  };
  targetMs: number;
  pass: boolean;
}

async function reindex(
  db: DataSource,
  engine: SearchEngine,
  label: string,
): Promise<ReindexFigures> {
  const timedEngine = new TimedEngine(engine);
  const [result, ms] = await timed(() => reindexAll(db, timedEngine, progress(label)));
  const t = timedEngine.ms;
  const build = ms - t.prepare - t.upsert - t.snapshot - t.remove;
  return {
    engine: engine.name,
    ms: Math.round(ms),
    indexed: result.indexed,
    removed: result.removed,
    documentsPerSecond: Math.round((result.indexed / ms) * 1000),
    breakdownMs: {
      buildDocuments: Math.round(build),
      engineUpsert: Math.round(t.upsert),
      engineSnapshotAndRemove: Math.round(t.snapshot + t.remove),
      other: Math.round(t.prepare),
    },
    targetMs: TARGETS.reindexMs,
    pass: ms <= TARGETS.reindexMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Queries in-process and their plans

interface Scoping {
  schools: BenchSchool[];
  scopes: SearchScope[];
  points: GeoPoint[];
  /** Time the matching engine needs per school to list covering offerings (part of every scoped request). */
  coverageAtMs: LatencySummary;
  coveringOfferings: { min: number; median: number; max: number };
  spatialIds: { min: number; median: number; max: number };
}

function buildScoping(data: SearchDataset): Scoping {
  const engine = new MatchEngine();
  for (const o of data.offerings) engine.upsert(o);
  const schools = new Prng(SEED ^ 0x5c09e).sample(data.schools, SIZES.scopeSchools);
  const times: number[] = [];
  const covering: number[] = [];
  const spatial: number[] = [];
  const scopes = schools.map((s) => {
    let matches: ReturnType<MatchEngine['match']>['matches'] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      matches = engine.match({
        point: s.point,
        municipalityCode: s.municipalityCode,
        provinceCode: s.provinceCode,
        needs: [],
        limit: Number.MAX_SAFE_INTEGER,
      }).matches;
      if (i > 0) times.push(performance.now() - start);
    }
    const ids = matches
      .filter((m) => m.matchedArea.kind === 'RADIUS' || m.matchedArea.kind === 'POLYGON')
      .map((m) => m.offeringId);
    covering.push(matches.length);
    spatial.push(ids.length);
    return {
      municipalityCode: s.municipalityCode,
      provinceCode: s.provinceCode,
      spatialOfferingIds: ids,
    };
  });
  const spread = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { min: s[0], median: s[s.length >> 1], max: s[s.length - 1] };
  };
  return {
    schools,
    scopes,
    points: schools.map((s) => s.point),
    coverageAtMs: summary(times),
    coveringOfferings: spread(covering),
    spatialIds: spread(spatial),
  };
}

function searchQuery(
  q: MixQuery,
  scope: SearchScope | undefined,
  point: GeoPoint | undefined,
): SearchQuery {
  return {
    text: q.text,
    filters: q.filters ?? {},
    scope,
    point,
    sort: q.sort ?? 'RELEVANCE',
    offset: 0,
    limit: 20,
  };
}

interface MixRow {
  query: string;
  scoped: boolean;
  /** Hits of the first measured response (scoped: for the first school of the rotation). */
  total: number;
  /** Measured once: the first request took longer than SLOW_MS. */
  slow: boolean;
  ms: LatencySummary;
}

function mixRows(results: ComboResult[]): MixRow[] {
  return results.map((r) => ({
    query: r.query.label,
    scoped: r.scoped,
    total: r.total,
    slow: r.slow,
    ms: summary(r.samples),
  }));
}

const slowLog = (c: ComboResult) =>
  log(
    `    slow: "${c.query.label}"${c.scoped ? ' (school)' : ''} ${Math.round(c.samples[0])} ms — measured once`,
  );

/**
 * The engine's connection, recording the statements of the search being captured, so that
 * their plans can be explained without depending on how the engine builds its SQL.
 */
class RecordingClient implements SqlClient {
  capturing: { sql: string; params: unknown[] }[] | null = null;
  constructor(private readonly inner: SqlClient) {}
  query(sql: string, params: unknown[] = []): Promise<unknown> {
    this.capturing?.push({ sql, params });
    return this.inner.query(sql, params);
  }
}

type Captured = Map<Combo, { sql: string; params: unknown[] }[]>;

/** Times engine.search() per query; the first call of each combination is captured for EXPLAIN. */
async function inProcess(
  engine: SearchEngine,
  recorder: RecordingClient,
  scoping: Scoping,
): Promise<{ rows: MixRow[]; captured: Captured }> {
  const captured: Captured = new Map();
  const results = await sampleMix(
    COMBOS,
    async (c, round) => {
      // Round 0 uses the first school, as the EXPLAIN section says.
      const k = round % scoping.scopes.length;
      const query = searchQuery(
        c.query,
        c.scoped ? scoping.scopes[k] : undefined,
        c.scoped ? scoping.points[k] : undefined,
      );
      const capture = !captured.has(c);
      if (capture) recorder.capturing = [];
      const [result, ms] = await timed(() => engine.search(query));
      if (capture) captured.set(c, recorder.capturing ?? []);
      recorder.capturing = null;
      return { ms, total: result.total };
    },
    IN_PROCESS,
    slowLog,
  );
  return { rows: mixRows(results), captured };
}

interface Plan {
  query: string;
  scoped: boolean;
  /** Statements the engine ran for this search (EXPLAIN below is of the slowest). */
  statements: number;
  planningMs: number | null;
  executionMs: number | null;
  /** Plan lines that touch search_document (the scan strategy). */
  scans: string[];
  text: string;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every read statement captured per combination; keeps the slowest. */
async function explainAll(db: DataSource, captured: Captured): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const [combo, statements] of captured) {
    let slowest: Plan | null = null;
    const reads = statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql));
    for (const st of reads) {
      const rows = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params)) as {
        'QUERY PLAN': string;
      }[];
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      const num = (re: RegExp) => {
        const m = re.exec(text);
        return m ? Number(m[1]) : null;
      };
      const plan: Plan = {
        query: combo.query.label,
        scoped: combo.scoped,
        statements: reads.length,
        planningMs: num(/Planning Time: ([\d.]+) ms/),
        executionMs: num(/Execution Time: ([\d.]+) ms/),
        scans: text
          .split('\n')
          .filter((l) => /search_document|Index Cond|Recheck Cond|Rows Removed/.test(l))
          .map((l) => l.trim())
          .slice(0, 8),
        text,
      };
      if (!slowest || (plan.executionMs ?? 0) > (slowest.executionMs ?? 0)) slowest = plan;
    }
    if (slowest) plans.push(slowest);
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------
// HTTP

interface HttpFigures {
  engine: string;
  bootMs: number;
  backlogAtStart: number;
  requests: number;
  warmupRounds: number;
  maxRounds: number;
  perQuery: MixRow[];
  /** Pooled over the mix, every query weighing the same. */
  unscoped: LatencySummary;
  scoped: LatencySummary;
  all: LatencySummary;
  target?: {
    p95Ms: number;
    pass: boolean;
    passUnscoped: boolean;
    passScoped: boolean;
    queriesOverTarget: number;
  };
}

async function measureHttp(
  env: Record<string, string | undefined>,
  expectEngine: string,
  scoping: Scoping,
  withTarget: boolean,
): Promise<HttpFigures> {
  const server = await startServer(env);
  try {
    if (server.engine !== expectEngine)
      throw new Error(`API uses engine ${server.engine}, expected ${expectEngine}`);
    if (server.syncError) throw new Error(`Search sync failed in the API: ${server.syncError}`);
    log(
      `  API up in ${Math.round(server.bootMs)} ms (engine ${server.engine}, ${server.offerings} offerings in the matching index)`,
    );
    const codes = scoping.schools.map((s) => s.vestigingscode);
    let requests = 0;
    const results = await sampleMix(
      COMBOS,
      async (c, round) => {
        const code = c.scoped ? codes[round % codes.length] : undefined;
        const r = await post(server.port, requestBody(c.query, code));
        requests++;
        const data = graphqlData<SearchResponse>(r, `${c.query.label}${code ? ` @${code}` : ''}`);
        if (data.searchOfferings.engine !== expectEngine)
          throw new Error(`engine ${data.searchOfferings.engine}`);
        return { ms: r.ms, total: data.searchOfferings.total };
      },
      HTTP,
      slowLog,
    );
    const unscoped = pooled(results.filter((r) => !r.scoped));
    const scoped = pooled(results.filter((r) => r.scoped));
    const all = pooled(results);
    const perQuery = mixRows(results);
    return {
      engine: server.engine,
      bootMs: Math.round(server.bootMs),
      backlogAtStart: server.backlog,
      requests,
      warmupRounds: HTTP.warmupRounds,
      maxRounds: HTTP.rounds,
      perQuery,
      unscoped,
      scoped,
      all,
      ...(withTarget
        ? {
            target: {
              p95Ms: TARGETS.httpP95Ms,
              pass:
                all.p95 <= TARGETS.httpP95Ms &&
                unscoped.p95 <= TARGETS.httpP95Ms &&
                scoped.p95 <= TARGETS.httpP95Ms,
              passUnscoped: unscoped.p95 <= TARGETS.httpP95Ms,
              passScoped: scoped.p95 <= TARGETS.httpP95Ms,
              queriesOverTarget: perQuery.filter((q) => q.ms.p95 > TARGETS.httpP95Ms).length,
            },
          }
        : {}),
    };
  } finally {
    await server.stop();
  }
}

/** The API's environment: no demo data, quiet logs, and only the database/engine asked for. */
function apiEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of [
    'DATABASE_URL',
    'PGLITE_DATA_DIR',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'MEILI_ADMIN_KEY',
    'MEILI_SEARCH_KEY',
    'MEILI_INDEX',
    'PORT',
    'HOST',
  ]) {
    delete env[k];
  }
  return {
    ...env,
    ...PRODUCTION_ENV,
    DB_RUN_MIGRATIONS: 'true',
    WEB_DIST_DIR: join(REPO_ROOT, 'bench', 'dist', 'no-web-client'),
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// One database

interface DatabaseRun {
  database: BenchDatabase['kind'];
  description: string;
  loadMs: number;
  rows: Record<string, number>;
  searchDocuments: number;
  embedded: {
    reindex: ReindexFigures;
    /** reindexAll() again over the full index (ON CONFLICT … DO UPDATE); BENCH_SEARCH_RERUN=1. */
    reindexRerun?: ReindexFigures;
    inProcess: MixRow[];
    /** EXPLAIN (ANALYZE, BUFFERS) of every query (on one database only: PostgreSQL when reachable). */
    explain?: Omit<Plan, 'text'>[];
    http: HttpFigures;
  };
  meilisearch?: { reindex: ReindexFigures; http: HttpFigures } | { skipped: string };
}

const planTexts: { database: string; plan: Plan }[] = [];

async function runDatabase(
  db: BenchDatabase,
  data: SearchDataset,
  scoping: Scoping,
  meili: { url: string; key: string } | null,
  explain: boolean,
): Promise<DatabaseRun> {
  log(`${db.kind}: ${db.description}`);
  let handle = await db.open();
  let run: DatabaseRun;
  try {
    const ds = handle.dataSource;
    const [rows, loadMs] = await timed(() => loadDataset(ds, data));
    log(`  loaded in ${Math.round(loadMs)} ms: ${JSON.stringify(rows)}`);
    const engine = new EmbeddedSearchEngine(ds);
    const first = await reindex(ds, engine, 'reindex');
    log(`  reindex: ${first.ms} ms (${first.indexed} documents)`);
    let rerun: ReindexFigures | undefined;
    if (RERUN) {
      await ds.query('ANALYZE search_document');
      rerun = await reindex(ds, engine, 'reindex rerun');
      log(`  reindex rerun: ${rerun.ms} ms`);
    }
    await ds.query('VACUUM ANALYZE search_document');
    const searchDocuments = await engine.count();
    log('  in-process engine.search() …');
    const recorder = new RecordingClient(ds);
    const { rows: inProc, captured } = await inProcess(
      new EmbeddedSearchEngine(recorder),
      recorder,
      scoping,
    );
    let plans: Plan[] | undefined;
    if (explain) {
      log('  EXPLAIN (ANALYZE, BUFFERS) …');
      plans = await explainAll(ds, captured);
      for (const plan of plans) planTexts.push({ database: db.kind, plan });
    }
    await handle.close();
    log('  HTTP searchOfferings (embedded engine) …');
    const http = await measureHttp(apiEnv(db.env), 'embedded', scoping, true);
    log(
      `  HTTP p50/p95: unscoped ${http.unscoped.p50}/${http.unscoped.p95} ms, scoped ${http.scoped.p50}/${http.scoped.p95} ms`,
    );
    run = {
      database: db.kind,
      description: db.description,
      loadMs: Math.round(loadMs),
      rows,
      searchDocuments,
      embedded: {
        reindex: first,
        reindexRerun: rerun,
        inProcess: inProc,
        ...(plans ? { explain: plans.map(({ text: _text, ...rest }) => rest) } : {}),
        http,
      },
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  if (meili) {
    const uid = `pw_bench_search_${process.pid}_${db.kind}`;
    const client = new Meilisearch({ host: meili.url, apiKey: meili.key });
    try {
      log(`  Meilisearch at ${meili.url}, index ${uid} …`);
      handle = await db.open();
      const keys = await ensureMeiliKeys(meili.url, meili.key, uid);
      let reindexFigures: ReindexFigures;
      try {
        reindexFigures = await reindex(
          handle.dataSource,
          new MeiliSearchEngine(createMeiliIndexClient(meili.url, keys, uid)),
          'meili reindex',
        );
      } finally {
        await handle.close();
      }
      log(`  meili reindex: ${reindexFigures.ms} ms`);
      const http = await measureHttp(
        apiEnv({
          ...db.env,
          MEILI_URL: meili.url,
          MEILI_ADMIN_KEY: keys.adminKey,
          MEILI_SEARCH_KEY: keys.searchKey,
          MEILI_INDEX: uid,
        }),
        'meilisearch',
        scoping,
        false,
      );
      log(
        `  meili HTTP p50/p95: unscoped ${http.unscoped.p50}/${http.unscoped.p95}, scoped ${http.scoped.p50}/${http.scoped.p95}`,
      );
      run.meilisearch = { reindex: reindexFigures, http };
    } catch (error) {
      run.meilisearch = {
        skipped: `failed: ${error instanceof Error ? error.message : String(error)}`,
      };
      log(`  Meilisearch run failed: ${String(error)}`);
    } finally {
      await client
        .deleteIndex(uid)
        .waitTask({ timeout: 30_000 })
        .catch(() => undefined);
    }
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// Report

function pad(s: string | number, n: number, right = false): string {
  const str = String(s);
  return right ? str.padStart(n) : str.padEnd(n);
}

function summaryTable(runs: DatabaseRun[]): string {
  const lines: string[] = [];
  const header = `| ${pad('query', 40)} | ${pad('scope', 6)} | ${pad('hits', 6, true)} | ${pad('n', 3, true)} | ${pad('sql p50', 8, true)} | ${pad('http p50', 8, true)} | ${pad('http p95', 10, true)} |`;
  for (const run of runs) {
    const variants: [string, HttpFigures, MixRow[] | null][] = [
      [`embedded on ${run.database}`, run.embedded.http, run.embedded.inProcess],
    ];
    if (run.meilisearch && 'http' in run.meilisearch)
      variants.push([`meilisearch (documents from ${run.database})`, run.meilisearch.http, null]);
    for (const [title, http, sql] of variants) {
      lines.push(
        '',
        `### ${title} — ms; n = samples (${http.warmupRounds} warm-up rounds first; n = 1: first request > ${SLOW_MS} ms, not repeated)`,
        '',
      );
      lines.push(
        header,
        `|${'-'.repeat(42)}|${'-'.repeat(8)}|${'-'.repeat(8)}|${'-'.repeat(5)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(12)}|`,
      );
      for (const row of http.perQuery) {
        const inproc = sql?.find((s) => s.query === row.query && s.scoped === row.scoped);
        const flag = http.target && row.ms.p95 > TARGETS.httpP95Ms ? ' !' : '';
        lines.push(
          `| ${pad(row.query, 40)} | ${pad(row.scoped ? 'school' : '-', 6)} | ${pad(row.total, 6, true)} | ${pad(row.ms.samples, 3, true)} | ${pad(inproc ? inproc.ms.p50 : '', 8, true)} | ${pad(row.ms.p50, 8, true)} | ${pad(row.ms.p95 + flag, 10, true)} |`,
        );
      }
      for (const [label, s] of [
        ['ALL unscoped', http.unscoped],
        ['ALL school-scoped', http.scoped],
        ['ALL', http.all],
      ] as const) {
        lines.push(
          `| ${pad(`**${label}**`, 40)} | ${pad('', 6)} | ${pad('', 6)} | ${pad(s.samples, 3, true)} | ${pad('', 8)} | ${pad(s.p50, 8, true)} | ${pad(s.p95, 10, true)} |`,
        );
      }
    }
  }
  return lines.join('\n');
}

function verdictLines(runs: DatabaseRun[]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    const e = run.embedded;
    const t = e.http.target;
    out.push(
      `${run.database}: reindex ${(e.reindex.ms / 1000).toFixed(1)} s (target ≤ ${TARGETS.reindexMs / 1000} s) ${e.reindex.pass ? 'PASS' : 'FAIL'}; ` +
        `HTTP p95 unscoped ${e.http.unscoped.p95} ms, school-scoped ${e.http.scoped.p95} ms, all ${e.http.all.p95} ms (target ≤ ${TARGETS.httpP95Ms} ms) ${t?.pass ? 'PASS' : 'FAIL'}`,
    );
    if (run.meilisearch && 'http' in run.meilisearch) {
      const m = run.meilisearch;
      out.push(
        `${run.database} + meilisearch: reindex ${(m.reindex.ms / 1000).toFixed(1)} s; HTTP p95 unscoped ${m.http.unscoped.p95} ms, scoped ${m.http.scoped.p95} ms (no target)`,
      );
    }
  }
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const now = new Date();
  const machine = {
    ...machineDescription(),
    loadAverageAtStart: loadAverages(),
  };

  log(
    `data set: ${SIZES.offerings} offerings, ${SIZES.organisations} organisations, ${SIZES.schools} schools …`,
  );
  const [data, genMs] = await timed(async () =>
    buildDataset({ dataDir: DATA_DIR, seed: SEED, now, ...SIZES }),
  );
  const scoping = buildScoping(data);
  log(`  generated in ${Math.round(genMs)} ms (places: ${data.placesSource})`);

  const meiliUrl = process.env.MEILI_URL;
  const meiliKey = process.env.MEILI_MASTER_KEY;
  const meili = meiliUrl && meiliKey ? { url: meiliUrl, key: meiliKey } : null;
  const meiliSkipped = meili
    ? null
    : meiliUrl
      ? 'MEILI_URL is set but MEILI_MASTER_KEY is not'
      : 'MEILI_URL not set';
  if (meiliSkipped) log(`Meilisearch skipped: ${meiliSkipped}`);

  const runs: DatabaseRun[] = [];
  const skipped: Record<string, string> = {};
  // BENCH_SEARCH_ONLY=postgres|pglite runs one database; BENCH_SEARCH_KEEP_DB=1 leaves the
  // PostgreSQL database behind for EXPLAIN sessions.
  const only = process.env.BENCH_SEARCH_ONLY;
  const keep = process.env.BENCH_SEARCH_KEEP_DB === '1';
  const pgName = `pw_bench_search_${process.pid}`;
  // Not created at all for a PGlite-only run (it would be left behind, never dropped).
  const pgDb: { db?: BenchDatabase; skipped?: string } =
    only === 'pglite'
      ? { skipped: 'BENCH_SEARCH_ONLY=pglite' }
      : await postgresDatabase(POSTGRES_URL, pgName);
  if (pgDb.skipped) {
    skipped.postgres = pgDb.skipped;
    log(pgDb.skipped);
  }
  const databases: BenchDatabase[] = [pgliteDatabase(), ...(pgDb.db ? [pgDb.db] : [])].filter(
    (db) => !only || db.kind === only,
  );
  // Meilisearch runs once, with documents from the last database (PostgreSQL when reachable).
  for (const [i, db] of databases.entries()) {
    try {
      const last = i === databases.length - 1;
      runs.push(await runDatabase(db, data, scoping, last ? meili : null, last));
    } finally {
      if (keep && db.kind === 'postgres') log(`kept ${db.env.DATABASE_URL}`);
      else
        await db
          .drop()
          .catch((e: unknown) => log(`could not drop ${db.kind} database: ${String(e)}`));
    }
  }

  const results = {
    benchmark: 'search',
    command: 'npm run bench:search',
    generatedAt: new Date().toISOString(),
    durationS: 0,
    machine,
    notes: [
      'Embedded engine = EmbeddedSearchEngine (PostgreSQL full text + pg_trgm); the API started with createApp() in a child process, SEED_DEMO_DATA=false.',
      'HTTP: POST /graphql searchOfferings, one request at a time over a kept-alive connection, the whole mix interleaved per round; the response includes hits (highlights, reasons, offering title, organisation name) and all 7 facets; limit 20.',
      'School-scoped requests rotate over the scoping schools; the API looks up the school and lists covering offerings with the matching engine (coverageAtMs) before the search.',
      'inProcess = EmbeddedSearchEngine.search() on the same database without HTTP/GraphQL/scope lookup (SQL + highlighting).',
      `Sampling: ${HTTP.warmupRounds} warm-up rounds, then up to ${HTTP.rounds} measured rounds (HTTP; at least 3, stopping after ${HTTP.budgetMs / 1000} s). A query whose first request takes more than ${SLOW_MS} ms is not repeated: that request is its only sample (slow: true).`,
      'Pooled percentiles (unscoped, scoped, all) weigh every query of the mix equally, whatever its number of samples; per-query percentiles: nearest rank.',
      'Data load time is not a target. Other processes may share the machine: see machine.loadAverageAtStart/AtEnd.',
    ],
    dataset: {
      seed: SEED,
      places:
        data.placesSource === 'shared/data'
          ? 'real (../shared/data, read at bench time)'
          : 'synthetic',
      generateMs: Math.round(genMs),
      organisations: data.organisations.length,
      offerings: data.offerings.length,
      schools: data.schools.length,
      municipalities: data.municipalities.length,
      provinces: data.provinces.length,
      coverageByKind: data.coverageByKind,
      namedOrganisations: data.namedOrganisations,
      scoping: {
        schools: scoping.schools.length,
        coveringOfferingsPerSchool: scoping.coveringOfferings,
        spatialOfferingIdsPerSchool: scoping.spatialIds,
        coverageAtMs: scoping.coverageAtMs,
      },
    },
    queryMix: QUERY_MIX,
    targets: { embeddedHttpP95Ms: TARGETS.httpP95Ms, embeddedReindexMs: TARGETS.reindexMs },
    skipped: { ...skipped, ...(meiliSkipped ? { meilisearch: meiliSkipped } : {}) },
    runs,
    pass: {
      reindex: runs.every((r) => r.embedded.reindex.pass),
      httpP95: runs.every((r) => r.embedded.http.target?.pass === true),
      byDatabase: Object.fromEntries(
        runs.map((r) => [
          r.database,
          { reindex: r.embedded.reindex.pass, httpP95: r.embedded.http.target?.pass === true },
        ]),
      ),
    },
  };
  results.durationS = Math.round((performance.now() - started) / 1000);
  Object.assign(machine, { loadAverageAtEnd: loadAverages() });

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'search.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = summaryTable(runs);
  const verdicts = verdictLines(runs);
  const md = [
    '# bench:search',
    '',
    `Generated ${results.generatedAt} by \`npm run bench:search\` in ${results.durationS} s on ${machine.cpus}× ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}.`,
    `${data.offerings.length} offerings, ${data.organisations.length} organisations, ${data.schools.length} schools; ` +
      `${scoping.schools.length} scoping schools (covering offerings per school: median ${scoping.coveringOfferings.median}).`,
    `Skipped: ${
      Object.entries(results.skipped)
        .map(([k, v]) => `${k} (${v})`)
        .join('; ') || 'nothing'
    }.`,
    '',
    '## Verdicts',
    '',
    ...verdicts.map((v) => `- ${v}`),
    '',
    '## Reindex',
    '',
    '| database | engine | run | ms | docs/s | build documents | engine upsert | snapshot + remove |',
    '|---|---|---|---|---|---|---|---|',
    ...runs.flatMap((r) => {
      const rows: [string, ReindexFigures][] = [['first', r.embedded.reindex]];
      if (r.embedded.reindexRerun) rows.push(['rerun', r.embedded.reindexRerun]);
      if (r.meilisearch && 'reindex' in r.meilisearch) rows.push(['first', r.meilisearch.reindex]);
      return rows.map(
        ([label, f]) =>
          `| ${r.database} | ${f.engine} | ${label} | ${f.ms} | ${f.documentsPerSecond} | ${f.breakdownMs.buildDocuments} | ${f.breakdownMs.engineUpsert} | ${f.breakdownMs.engineSnapshotAndRemove} |`,
      );
    }),
    '',
    '## searchOfferings latency',
    '',
    '`sql p50` = EmbeddedSearchEngine.search() in-process; `http` = the whole GraphQL request. `!` = p95 over the target.',
    table,
    '',
    '## EXPLAIN (ANALYZE, BUFFERS) of the embedded search SQL',
    '',
    'Every read statement the engine ran for the first request of each query was explained; the slowest is shown.',
    '',
    '| database | query | scope | statements | planning ms | execution ms |',
    '|---|---|---|---|---|---|',
    ...planTexts.map(
      ({ database, plan }) =>
        `| ${database} | ${plan.query} | ${plan.scoped ? 'school' : '-'} | ${plan.statements} | ${plan.planningMs} | ${plan.executionMs} |`,
    ),
    '',
    'Full plans of the slowest six:',
    '',
    ...[...planTexts]
      .sort((a, b) => (b.plan.executionMs ?? 0) - (a.plan.executionMs ?? 0))
      .slice(0, 6)
      .flatMap(({ database, plan }) => [
        `### ${database}: ${plan.query}${plan.scoped ? ' (school-scoped)' : ''} — execution ${plan.executionMs} ms`,
        '',
        '```',
        plan.text,
        '```',
        '',
      ]),
  ].join('\n');
  writeFileSync(join(RESULTS_DIR, 'search.md'), `${md}\n`);

  process.stdout.write(`${table}\n\n${verdicts.join('\n')}\n`);
  process.stdout.write(`\nskipped: ${JSON.stringify(results.skipped)}\n`);
  process.stdout.write(
    `results: bench/results/search.json, bench/results/search.md (${results.durationS} s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
