// npm run bench:login — does password hashing slow other requests down? The API runs in a
// child process on the demo data set (PGlite in a temporary directory) with one real account.
// matchPartners is timed one request at a time, in alternating blocks: without logins, and
// while 10 logins per second (real argon2id verification of the right password, each one
// succeeding) run on other connections. Target: p99 with logins ≤ 2 × p99 without.
// Results: bench/results/login.json (the latest run first; earlier runs kept below it).
// Development: BENCH_LOGIN_BLOCKS (even, default 8), BENCH_LOGIN_BLOCK_SECONDS (default 10),
// BENCH_LOGIN_RATE (logins per second, default 10). Logins refused because the hash queue was
// full (RATE_LIMITED, reason BUSY; PASSWORD_HASH_QUEUE_MAX) are counted apart, not as failures.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forkServer, graphqlData, post } from './support/server-process.js';
import { summarise, type LatencySummary } from './match/stats.js';
import { BENCH_EMAIL, BENCH_PASSWORD } from './login/account.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../../..');
const RESULTS = join(REPO_ROOT, 'bench', 'results', 'login.json');
const BLOCKS = Number(process.env.BENCH_LOGIN_BLOCKS ?? 8);
const BLOCK_MS = Number(process.env.BENCH_LOGIN_BLOCK_SECONDS ?? 10) * 1000;
const LOGINS_PER_SECOND = Number(process.env.BENCH_LOGIN_RATE ?? 10);
const WARMUP_MATCHES = 300;
const TARGET_P99_RATIO = 2;
const NEEDS = [
  ['EXTRA_LEERTIJD'],
  ['TAAL_LEZEN', 'OUDERBETROKKENHEID'],
  ['SOCIAAL_EMOTIONEEL'],
  ['MENTORING', 'OVERGANGEN', 'ZORG_IN_SCHOOL'],
];
const MATCH_QUERY = `query BenchLoginMatch($input: MatchPartnersInput!) { matchPartners(input: $input) {
  totalMatches matches { offeringId score distanceKm needsMet reasons { code text } offering { title } organisation { name } }
  bundle { offeringIds needsCovered } } }`;
const LOGIN_BODY = JSON.stringify({
  query: `mutation BenchLogin($e: String!, $p: String!) { login(email: $e, password: $p) { role } }`,
  variables: { e: BENCH_EMAIL, p: BENCH_PASSWORD },
});

const log = (line: string): void => console.log(`[bench:login] ${line}`);

interface Ready {
  port: number;
  bootMs: number;
  schools: string[];
}

function startServer(dataDir: string) {
  return forkServer<Ready>(join(HERE, 'login', 'server.js'), {
    ...process.env,
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: '',
  });
}

/** What the first failed login (other than a BUSY refusal) answered, for the log. */
let firstFailure: string | undefined;

// Logins go over their own connections, so they never queue behind a timed matchPartners.
const loginAgent = new Agent({ keepAlive: true, maxSockets: 32 });

/** ok: signed in; busy: refused because the hash queue was full (RATE_LIMITED, reason BUSY). */
async function login(port: number): Promise<{ ok: boolean; busy: boolean; ms: number }> {
  const started = performance.now();
  let answer: { body: string; ms: number };
  try {
    answer = await post(port, LOGIN_BODY, loginAgent);
  } catch (error) {
    firstFailure ??= `connection: ${(error as Error).message}`;
    return { ok: false, busy: false, ms: performance.now() - started };
  }
  const body = JSON.parse(answer.body) as {
    data?: { login?: { role: string } };
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
  const ext = body.errors?.[0]?.extensions;
  const busy = ext?.code === 'RATE_LIMITED' && ext.reason === 'BUSY';
  if (body.errors && !busy && !firstFailure) {
    firstFailure = JSON.stringify(body.errors).slice(0, 300);
  }
  return { ok: body.data?.login?.role === 'ADMIN', busy, ms: answer.ms };
}

function matchBody(schools: string[], i: number): string {
  const input = {
    vestigingscode: schools[i % schools.length],
    needs: NEEDS[i % NEEDS.length]!.map((code) => ({ code })),
    limit: 20,
  };
  return JSON.stringify({ query: MATCH_QUERY, variables: { input } });
}

/** matchPartners one at a time for `ms`; with `loginRate` > 0, logins fire on a timer alongside. */
async function block(
  port: number,
  schools: string[],
  ms: number,
  loginRate: number,
  offset: number,
): Promise<{
  matchMs: number[];
  loginMs: number[];
  loginFailures: number;
  loginBusy: number;
  seconds: number;
}> {
  const matchMs: number[] = [];
  const loginMs: number[] = [];
  let loginFailures = 0;
  let loginBusy = 0;
  const pending: Promise<void>[] = [];
  const timer =
    loginRate > 0
      ? setInterval(() => {
          pending.push(
            login(port).then((r) => {
              if (r.ok) loginMs.push(r.ms);
              else if (r.busy) loginBusy++;
              else loginFailures++;
            }),
          );
        }, 1000 / loginRate)
      : null;
  const started = performance.now();
  let i = offset;
  while (performance.now() - started < ms) {
    const r = await post(port, matchBody(schools, i++));
    graphqlData(r, 'matchPartners');
    matchMs.push(r.ms);
  }
  if (timer) clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  return { matchMs, loginMs, loginFailures, loginBusy, seconds };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-login-'));
  const loadBefore = loadavg();
  log(`starting the API on the demo data (PGlite in ${dataDir})`);
  const server = await startServer(dataDir);
  try {
    log(`API ready in ${Math.round(server.bootMs)} ms; ${server.schools.length} schools`);
    for (let i = 0; i < WARMUP_MATCHES; i++) {
      graphqlData(await post(server.port, matchBody(server.schools, i)), 'warm-up');
    }
    for (let i = 0; i < 5; i++) {
      if (!(await login(server.port)).ok) throw new Error('warm-up login failed');
    }
    const without: number[] = [];
    const withLogins: number[] = [];
    const loginMs: number[] = [];
    let loginFailures = 0;
    let loginBusy = 0;
    let loginSeconds = 0;
    // Alternating blocks, so a change in the machine's load falls on both sides alike.
    for (let b = 0; b < BLOCKS; b++) {
      const rate = b % 2 === 0 ? 0 : LOGINS_PER_SECOND;
      const r = await block(server.port, server.schools, BLOCK_MS, rate, b * 10_000);
      (rate ? withLogins : without).push(...r.matchMs);
      if (rate) {
        loginMs.push(...r.loginMs);
        loginFailures += r.loginFailures;
        loginBusy += r.loginBusy;
        loginSeconds += r.seconds;
      }
      log(
        `block ${b + 1}/${BLOCKS} ${rate ? `with ${rate} logins/s` : 'without logins'}: ${r.matchMs.length} matches` +
          (rate
            ? `, ${r.loginMs.length} logins ok, ${r.loginBusy} refused busy, ${r.loginFailures} failed`
            : ''),
      );
    }
    const a = summarise(without);
    const b = summarise(withLogins);
    const logins = summarise(loginMs);
    const ratio = Math.round((b.p99 / a.p99) * 100) / 100;
    const pass = ratio <= TARGET_P99_RATIO && loginFailures === 0;
    const run = {
      generatedAt: new Date().toISOString(),
      commit: gitDescription(),
      pass,
      target: { p99WithLoginsOverWithout: { limit: TARGET_P99_RATIO, op: '<=' } },
      p99WithLoginsOverWithout: ratio,
      matchPartnersMs: { withoutLogins: rounded(a), withLogins: rounded(b) },
      logins: {
        requestedPerSecond: LOGINS_PER_SECOND,
        achievedPerSecond: Math.round((loginMs.length / loginSeconds) * 10) / 10,
        succeeded: loginMs.length,
        failed: loginFailures,
        refusedBusy: loginBusy,
        hashQueueMax: Number(process.env.PASSWORD_HASH_QUEUE_MAX ?? 16),
        latencyMs: rounded(logins),
      },
      method: `API (createApp) in a child process, demo data on PGlite, one ADMIN account hashed by the API (argon2id m=19456,t=2,p=1). matchPartners by vestigingscode (${server.schools.length} schools, 4 need sets, limit 20) one at a time over one kept-alive connection, in ${BLOCKS} alternating blocks of ${BLOCK_MS / 1000} s without / with ${LOGINS_PER_SECOND} correct-password logins per second on other connections; ${WARMUP_MATCHES} matches and 5 logins of warm-up. Per-IP query and login limits off in the child (one load generator).`,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        loadavgBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
        loadavgAfter: loadavg().map((l) => Math.round(l * 100) / 100),
        note: 'shared machine: other jobs ran at the same time',
      },
    };
    const earlier = existsSync(RESULTS)
      ? ((JSON.parse(readFileSync(RESULTS, 'utf8')) as { runs?: unknown[] }).runs ?? [])
      : [];
    writeFileSync(
      RESULTS,
      `${JSON.stringify({ benchmark: 'bench:login', latest: run, runs: [run, ...earlier].slice(0, 10) }, null, 2)}\n`,
    );
    log(
      `matchPartners p50/p95/p99 without logins ${a.p50}/${a.p95}/${a.p99} ms (${a.samples}), with ${LOGINS_PER_SECOND} logins/s ${b.p50}/${b.p95}/${b.p99} ms (${b.samples})`,
    );
    log(
      `logins: ${loginMs.length} ok, ${loginBusy} refused busy (hash queue full), ${loginFailures} failed, p50 ${logins.p50} ms, p99 ${logins.p99} ms`,
    );
    if (firstFailure) log(`first failed login: ${firstFailure}`);
    log(`p99 ratio ${ratio} (target ≤ ${TARGET_P99_RATIO}): ${pass ? 'PASS' : 'FAIL'}`);
    log(`written: ${RESULTS}`);
    if (!pass) process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The commit measured, marked when the work tree had changes. */
function gitDescription(): string {
  try {
    return execSync('git describe --always --dirty', { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function rounded(s: LatencySummary): LatencySummary {
  const r = (v: number) => Math.round(v * 100) / 100;
  return {
    samples: s.samples,
    p50: r(s.p50),
    p95: r(s.p95),
    p99: r(s.p99),
    max: r(s.max),
    mean: r(s.mean),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
