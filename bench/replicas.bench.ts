// npm run bench:replicas — how fast do API replicas see each other's writes? Three compiled API
// processes on one PostgreSQL database with the demo data, as behind a load balancer. Each
// round renames an offering through one replica and, from the moment that write is answered,
// polls matchPartners on the other two until the new title shows; the round's figure is the
// slower of the two. The feed poll intervals are
// a minute, so what is measured is LISTEN/NOTIFY. Target: p95 ≤ 200 ms. Also reported: each
// replica's resident memory (demo data) and its start time.
// Results: bench/results/replicas.json (the latest run first; earlier runs kept below it).
// Needs PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// a database pw_bench_replicas_<pid> is created and dropped. BENCH_REPLICA_ROUNDS (default 60).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { summarise } from './match/stats.js';
import { PRODUCTION_ENV } from './support/production-env.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../../..');
const RESULTS = join(REPO_ROOT, 'bench', 'results', 'replicas.json');
const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = Number(process.env.BENCH_REPLICA_ROUNDS ?? 60);
const TOKEN = 'bench-replicas-operator-token-0123456789';
const TARGET_P95_MS = 200;

const log = (line: string): void => console.log(`[bench:replicas] ${line}`);

interface Replica {
  name: string;
  port: number;
  child: ChildProcess;
  bootMs: number;
  exited: Promise<number | null>;
}

function http(port: number, body: string, auth = false): Promise<string> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => ok(text));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function gql<R>(port: number, query: string, variables = {}, auth = false): Promise<R> {
  const body = JSON.parse(await http(port, JSON.stringify({ query, variables }), auth)) as {
    data?: R;
    errors?: unknown;
  };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as R;
}

const freePort = () =>
  new Promise<number>((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });

async function startReplica(name: string, databaseUrl: string): Promise<Replica> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'apps/api/dist/main.js')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      ...PRODUCTION_ENV,
      COOKIE_SECURE: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ADMIN_API_TOKEN: TOKEN,
      SEED_DEMO_DATA: 'true',
      MATCH_SYNC_INTERVAL_MS: '60000',
      SEARCH_SYNC_INTERVAL_MS: '60000',
      RATE_LIMIT_QUERIES_PER_IP: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited early`);
    const ok = await new Promise<boolean>((done) => {
      const req = request({ host: '127.0.0.1', port, path: '/health/ready' }, (res) => {
        res.resume();
        done(res.statusCode === 200);
      });
      req.on('error', () => done(false));
      req.end();
    });
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, port, child, bootMs: Math.round(performance.now() - started), exited };
}

function rssMb(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
}

const MATCH = `query($code: String!) { matchPartners(input: { vestigingscode: $code, needs: [], limit: 100 }) {
  matches { offering { id title } } } }`;
type Match = { matchPartners: { matches: { offering: { id: string; title: string } }[] } };

async function main(): Promise<void> {
  const name = `pw_bench_replicas_${process.pid}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const replicas: Replica[] = [];
  const load = loadavg();
  try {
    replicas.push(await startReplica('A', url.toString()));
    replicas.push(await startReplica('B', url.toString()));
    replicas.push(await startReplica('C', url.toString()));
    log(`three replicas ready (start ${replicas.map((r) => `${r.bootMs} ms`).join(', ')})`);
    const schools = await gql<{ schools: { nodes: { vestigingscode: string }[] } }>(
      replicas[0]!.port,
      `{ schools(municipalityCode: "GM0606", sector: PO, first: 5) { nodes { vestigingscode } } }`,
    );
    const code = schools.schools.nodes[0]!.vestigingscode;
    const offering = (await gql<Match>(replicas[0]!.port, MATCH, { code })).matchPartners
      .matches[0]!.offering;
    const samples: number[] = [];
    const writes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const writer = replicas[round % 3]!;
      const readers = replicas.filter((r) => r !== writer);
      const title = `Ronde ${round} ${offering.title}`.slice(0, 200);
      const sent = performance.now();
      await gql(
        writer.port,
        `mutation($id: ID!, $t: String!) { updateOffering(offeringId: $id, input: { title: $t }) { id } }`,
        { id: offering.id, t: title },
        true,
      );
      const wrote = performance.now();
      writes.push(wrote - sent);
      const seen = await Promise.all(
        readers.map(async (r) => {
          for (;;) {
            const m = await gql<Match>(r.port, MATCH, { code });
            if (m.matchPartners.matches.some((x) => x.offering.title === title)) {
              return performance.now() - wrote;
            }
            if (performance.now() - wrote > 30_000)
              throw new Error(`${r.name} never saw round ${round}`);
            await new Promise((res) => setTimeout(res, 5));
          }
        }),
      );
      samples.push(Math.max(...seen));
    }
    const latency = summarise(samples);
    // For scale: one matchPartners request on its own, on this machine right now.
    const single: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await gql<Match>(replicas[1]!.port, MATCH, { code });
      single.push(performance.now() - t0);
    }
    const requestLatency = summarise(single);
    log(
      `one matchPartners request alone: p50 ${requestLatency.p50} ms, p95 ${requestLatency.p95} ms`,
    );
    const memory = Object.fromEntries(replicas.map((r) => [r.name, rssMb(r.child.pid)]));
    const writeLatency = summarise(writes);
    log(
      `the write itself (updateOffering until its answer): p50 ${writeLatency.p50} ms, p95 ${writeLatency.p95} ms`,
    );
    log(
      `acknowledged write → visible on both other replicas: p50 ${latency.p50} ms, p95 ${latency.p95} ms, max ${latency.max} ms`,
    );
    log(`resident memory per replica (MB, demo data): ${JSON.stringify(memory)}`);
    const result = {
      benchmark: 'replicas',
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverageAtStart: load,
        loadAverageAtEnd: loadavg(),
      },
      method:
        'three compiled API processes (NODE_ENV=production) on one PostgreSQL database with the demo data; feed polls set to 60 s; per round one updateOffering through one replica; from its answer, matchPartners polled every 5 ms on the other two; the round counts the slower',
      rounds: ROUNDS,
      writeToVisibleMs: latency,
      writeItselfMs: writeLatency,
      matchPartnersRequestMs: requestLatency,
      targets: { p95Ms: TARGET_P95_MS },
      met: { p95: latency.p95 <= TARGET_P95_MS },
      startMs: Object.fromEntries(replicas.map((r) => [r.name, r.bootMs])),
      residentMemoryMb: memory,
      nationalScale:
        'memory at national scale (8,622 schools, 20,000 offerings) and 10x is measured by bench:match (bench/results/match.json: http.server and tenX.build)',
    };
    const earlier = existsSync(RESULTS)
      ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as unknown[])
      : [];
    writeFileSync(RESULTS, `${JSON.stringify([result, ...earlier].slice(0, 10), null, 2)}\n`);
    log(
      `p95 ${latency.p95} ms against ≤ ${TARGET_P95_MS} ms: ${result.met.p95 ? 'MET' : 'NOT MET'}`,
    );
    log(`written to ${RESULTS}`);
  } finally {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.exited));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
