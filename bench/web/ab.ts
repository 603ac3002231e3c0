// npm run bench:web-ab — two web builds compared on bench:web's "first results for a shared
// URL", interleaved so both see the same load: BENCH_AB_DISTS=dirA,dirB (absolute; build each
// with `npm run build -w @partnerwijzer/web -- --outDir DIR --emptyOutDir`), BENCH_AB_ROUNDS
// (default 9). Prints the medians; writes no results file.
// Each build gets its own API process on its own fresh PGlite database; every round times a cold
// run and a warm run (same context again) of each build, alternating which goes first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium.js';
import { forkServer, type ServerProcess } from '../support/server-process.js';
import { median } from '../match/stats.js';
import { timeFirstResults } from './measure.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const DATA_DIR = process.env.BENCH_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 9);
const NEEDS = 'EXTRA_LEERTIJD,OUDERBETROKKENHEID';
const log = (m: string) => process.stderr.write(`[ab] ${m}\n`);

const TIMELINE = `(() => {
  const r = (x) => Math.round(x);
  const nav = performance.getEntriesByType('navigation')[0];
  const gql = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql'))
    .slice(0, 3).map((e) => r(e.startTime) + '-' + r(e.responseEnd));
  return 'dcl ' + r(nav.domContentLoadedEventEnd) + ' gql ' + gql.join(',');
})()`;

async function main(): Promise<void> {
  const dists = (process.env.BENCH_AB_DISTS ?? '').split(',').filter(Boolean);
  if (dists.length < 2) throw new Error('BENCH_AB_DISTS=dirA,dirB');
  const servers: (ServerProcess & { port: number; school: string; dir: string })[] = [];
  const dbDirs: string[] = [];
  for (const dist of dists) {
    const dbDir = mkdtempSync(join(tmpdir(), 'pw-ab-web-'));
    dbDirs.push(dbDir);
    const server = await forkServer<{ port: number; school: string }>(
      join(dirname(fileURLToPath(import.meta.url)), 'server.js'),
      {
        ...process.env,
        BENCH_WEB_DB_DIR: join(dbDir, 'pglite'),
        BENCH_WEB_DATA_DIR: DATA_DIR,
        BENCH_WEB_DIST: dist,
      },
    );
    servers.push({ ...server, dir: dist });
    log(`${dist}: port ${server.port}`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = (i: number) =>
    `http://127.0.0.1:${servers[i]!.port}/?school=${servers[i]!.school}&behoeften=${NEEDS}`;
  const cold: number[][] = dists.map(() => []);
  const warm: number[][] = dists.map(() => []);
  const warmCtx: BrowserContext[] = [];
  try {
    for (let i = 0; i < dists.length; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await timeFirstResults(await ctx.newPage(), url(i)); // warm-up, fills the cache
      await timeFirstResults(await ctx.newPage(), url(i));
      warmCtx.push(ctx);
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order = dists.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const c = await timeFirstResults(await ctx.newPage(), url(i));
        cold[i]!.push(c.paintedMs);
        await ctx.close();
        const page = await warmCtx[i]!.newPage();
        const w = await timeFirstResults(page, url(i));
        const line = (await page.evaluate(TIMELINE)) as string;
        warm[i]!.push(w.paintedMs);
        await page.close();
        log(
          `round ${round + 1} ${String.fromCharCode(65 + i)}: cold ${Math.round(c.paintedMs)} warm ${Math.round(w.paintedMs)} (${line}, ${w.cards} cards)`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.stop();
    for (const d of dbDirs) rmSync(d, { recursive: true, force: true });
  }
  dists.forEach((d, i) =>
    console.log(
      `${String.fromCharCode(65 + i)} ${d}: cold median ${Math.round(median(cold[i]!))} ms, warm median ${Math.round(median(warm[i]!))} ms (warm ${warm[i]!.map(Math.round).join(' ')})`,
    ),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
