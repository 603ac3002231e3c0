// npm run bench:web — the school leader's web client, built and in headless Chromium:
//   1. bundle sizes of a fresh production build (`vite build` of apps/web, into bench/dist/web
//      so a build of the shared apps/web/dist is not pulled from under running tests; set
//      BENCH_WEB_DIST=apps/web/dist to measure an existing build): the JavaScript index.html
//      loads up front, gzipped — target ≤ 120 KB — and the lazily loaded chunks; and how the
//      API serves them: brotli or gzip by Accept-Encoding, immutable caching (decision 0015);
//   2. the real API + that build on a fresh PGlite database with the demo partners and the
//      REAL 8,622 schools imported (bench/web/server.ts, a child process);
//   3. Debian's Chromium (/usr/bin/chromium, never a downloaded browser): time from navigation
//      to the first painted results for a school's shareable finder URL, median of
//      BENCH_WEB_RUNS fresh browser contexts (cold cache) — target ≤ 600 ms — and with a warm
//      cache — target ≤ 300 ms;
//   4. the overview map /overzicht holding all 8,622 schools, panned by mouse drags while
//      requestAnimationFrame records frame times (p50/p95 — target p95 ≤ 20 ms — frames over 50
//      and 100 ms).
// Results: bench/results/web.json and bench/results/web.md, with the machine's load average.
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.js';
import { forkServer } from './support/server-process.js';
import { analyseBundle, kb, type BundleReport } from './web/bundle.js';
import { median } from './match/stats.js';
import {
  panOverviewMap,
  timeFirstResults,
  type FirstResultsRun,
  type PanRun,
} from './web/measure.js';
import { loadAverages, machineDescription } from './support/machine.js';
import { DATA_DIR, REPO_ROOT, RESULTS_DIR } from './support/paths.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
const PAN_RUNS = Number(process.env.BENCH_WEB_PAN_RUNS ?? 3);
const NEEDS = 'EXTRA_LEERTIJD,OUDERBETROKKENHEID';
const REAL_SCHOOLS = 8622;
const TARGETS = {
  initialJsGzipKb: 120,
  firstResultsMedianMs: 600,
  firstResultsWarmMedianMs: 300,
  panFrameP95Ms: 20,
};

interface ServedFile {
  file: string;
  /** Content-Encoding answered to Accept-Encoding "gzip, deflate, br", then "gzip". */
  brotli: string | null;
  gzip: string | null;
  /** Bytes on the wire for each. */
  brotliBytes: number;
  gzipBytes: number;
  cacheControl: string | null;
}

/** Asks the running API for a file the way a browser would, and reads the raw bytes. */
function fetchRaw(
  url: string,
  acceptEncoding: string,
): Promise<{ encoding: string | null; bytes: number; cacheControl: string | null }> {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolvePromise({
          encoding: (res.headers['content-encoding'] as string | undefined) ?? null,
          bytes,
          cacheControl: (res.headers['cache-control'] as string | undefined) ?? null,
        }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function servedFiles(base: string, files: readonly string[]): Promise<ServedFile[]> {
  const out: ServedFile[] = [];
  for (const file of files) {
    const br = await fetchRaw(`${base}/${file}`, 'gzip, deflate, br');
    const gz = await fetchRaw(`${base}/${file}`, 'gzip');
    out.push({
      file,
      brotli: br.encoding,
      gzip: gz.encoding,
      brotliBytes: br.bytes,
      gzipBytes: gz.bytes,
      cacheControl: br.cacheControl,
    });
  }
  return out;
}

const log = (msg: string): void => {
  process.stderr.write(`[bench:web] ${msg}\n`);
};

function build(): string {
  const given = process.env.BENCH_WEB_DIST;
  if (given) {
    const dir = isAbsolute(given) ? given : join(REPO_ROOT, given);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`No index.html in ${dir}`);
    return dir;
  }
  const outDir = join(REPO_ROOT, 'bench', 'dist', 'web');
  log(`building the web client into ${outDir}`);
  const result = spawnSync(
    'npm',
    ['run', 'build', '-w', '@partnerwijzer/web', '--', '--outDir', outDir, '--emptyOutDir'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return outDir;
}

interface Server {
  port: number;
  bootMs: number;
  prepareMs: number;
  schools: number;
  offerings: number;
  school: string;
  stop(): Promise<void>;
}

function startServer(distDir: string, dbDir: string): Promise<Server> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'web', 'server.js');
  return forkServer<Omit<Server, 'stop'>>(script, {
    ...process.env,
    BENCH_WEB_DB_DIR: dbDir,
    BENCH_WEB_DATA_DIR: DATA_DIR,
    BENCH_WEB_DIST: distDir,
  });
}

function bundleLines(bundle: BundleReport): string[] {
  const row = (f: { file: string; bytes: number; gzipBytes: number }) =>
    `| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`;
  return [
    '| file | KB | KB gzip |',
    '|---|---:|---:|',
    ...bundle.initialJs.map((f) => row({ ...f, file: `${f.file} (initial JS)` })),
    ...bundle.initialCss.map((f) => row({ ...f, file: `${f.file} (initial CSS)` })),
    ...(bundle.lazyJs.length > 0
      ? bundle.lazyJs.map((f) => row({ ...f, file: `${f.file} (lazy)` }))
      : ['| (no lazily loaded chunks) | | |']),
  ];
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  }
  if (!existsSync(join(DATA_DIR, 'schools.csv'))) {
    throw new Error(`Data files missing in ${DATA_DIR} (set BENCH_DATA_DIR)`);
  }
  const startedAt = Date.now();
  const loadAtStart = loadAverages();
  const distDir = build();
  const bundle = analyseBundle(distDir);
  log(
    `initial JS ${kb(bundle.totals.initialJsGzipBytes)} KB gzip (${bundle.initialJs.length} file(s)), lazy ${bundle.lazyJs.length} chunk(s)`,
  );

  const dbDir = mkdtempSync(join(tmpdir(), 'pw-bench-web-'));
  log('preparing a fresh PGlite database with the real schools (takes a while)…');
  const server = await startServer(distDir, join(dbDir, 'pglite'));
  const base = `http://127.0.0.1:${server.port}`;
  log(
    `server ready: ${server.schools} active schools, ${server.offerings} offerings, prepared in ${Math.round(server.prepareMs / 1000)} s`,
  );
  if (server.schools !== REAL_SCHOOLS) {
    throw new Error(`expected ${REAL_SCHOOLS} active schools, found ${server.schools}`);
  }
  const served = await servedFiles(base, [
    ...bundle.initialJs.map((f) => f.file),
    ...bundle.initialCss.map((f) => f.file),
  ]);
  const index = await fetchRaw(`${base}/`, 'gzip, deflate, br');
  log(
    `served: ${served.map((f) => `${f.file} ${f.brotli ?? 'identity'} ${kb(f.brotliBytes)} KB`).join(', ')}; index.html Cache-Control ${index.cacheControl}`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = `${base}/?school=${server.school}&behoeften=${NEEDS}`;
  const cold: FirstResultsRun[] = [];
  const warm: FirstResultsRun[] = [];
  const pans: PanRun[] = [];
  try {
    // Warm-up (server JIT, matching index): not counted.
    {
      const context = await browser.newContext();
      await timeFirstResults(await context.newPage(), url);
      await context.close();
    }
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const result = await timeFirstResults(await context.newPage(), url);
      cold.push(result);
      log(
        `first results, cold ${run}/${RUNS}: ${Math.round(result.paintedMs)} ms (${result.kind}, ${result.cards} cards)`,
      );
      await context.close();
    }
    {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await timeFirstResults(await context.newPage(), url); // fills the HTTP cache
      for (let run = 1; run <= RUNS; run++) {
        const page = await context.newPage();
        const result = await timeFirstResults(page, url);
        warm.push(result);
        await page.close();
      }
      await context.close();
      log(
        `first results, warm cache: median ${Math.round(median(warm.map((r) => r.paintedMs)))} ms`,
      );
    }
    for (let run = 1; run <= PAN_RUNS; run++) {
      const shot =
        run === 1 ? join(REPO_ROOT, 'test-results', 'bench-web-overview.png') : undefined;
      if (shot) mkdirSync(dirname(shot), { recursive: true });
      const pan = await panOverviewMap(browser, base, REAL_SCHOOLS, shot);
      pans.push(pan);
      log(
        `pan ${run}/${PAN_RUNS}: map ready ${pan.mapReadyMs} ms; frames p50 ${pan.frameMs.p50} ms, p95 ${pan.frameMs.p95} ms, max ${pan.frameMs.max} ms, >50 ms: ${pan.longFrames.over50ms}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dbDir, { recursive: true, force: true });
  }

  const loadAtEnd = loadAverages();
  const coldMedian = Math.round(median(cold.map((r) => r.paintedMs)));
  const warmMedian = Math.round(median(warm.map((r) => r.paintedMs)));
  const panP95 = median(pans.map((p) => p.frameMs.p95));
  const panP50 = median(pans.map((p) => p.frameMs.p50));
  const initialKb = kb(bundle.totals.initialJsGzipBytes);
  const verdicts = {
    initialJs: initialKb <= TARGETS.initialJsGzipKb,
    servedCompressed: served.every(
      (f) => f.brotli === 'br' && f.gzip === 'gzip' && /immutable/.test(f.cacheControl ?? ''),
    ),
    firstResults:
      coldMedian <= TARGETS.firstResultsMedianMs && warmMedian <= TARGETS.firstResultsWarmMedianMs,
    mapPanning: panP95 <= TARGETS.panFrameP95Ms,
  };
  const machine = {
    ...machineDescription(),
    chromium: browserVersion(),
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadAtEnd,
  };
  const results = {
    benchmark: 'web',
    generatedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - startedAt) / 1000),
    machine,
    note: 'Shared machine (2 cores, several agents working at once): figures are noisy; compare the load average.',
    targets: TARGETS,
    verdicts,
    bundle,
    served: {
      files: served,
      initialJsBrotliBytes: served
        .filter((f) => f.file.endsWith('.js'))
        .reduce((sum, f) => sum + f.brotliBytes, 0),
      indexCacheControl: index.cacheControl,
      indexEncoding: index.encoding,
    },
    server: {
      database: 'PGlite (embedded), fresh',
      activeSchools: server.schools,
      activeOfferings: server.offerings,
      prepareMs: Math.round(server.prepareMs),
      bootMs: Math.round(server.bootMs),
      tiles: 'none (MAP_TILE_URL=none)',
    },
    firstResults: {
      url: url.replace(base, ''),
      runs: RUNS,
      coldMedianMs: coldMedian,
      warmMedianMs: warmMedian,
      cold: cold.map(roundRun),
      warm: warm.map(roundRun),
    },
    overviewMap: {
      schoolPoints: REAL_SCHOOLS,
      runs: pans,
      medianFrameP50Ms: panP50,
      medianFrameP95Ms: panP95,
    },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'web.json'), `${JSON.stringify(results, null, 2)}\n`);

  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const md = [
    '# bench:web',
    '',
    `Generated ${results.generatedAt} by \`npm run bench:web\` in ${results.durationS} s on ${machine.cpus}× ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.chromium} (headless, --disable-gpu).`,
    `Load average (1/5/15 min) at start ${loadAtStart.join(' / ')}, at end ${loadAtEnd.join(' / ')}.`,
    '**The machine is shared by several agents working at the same time (2 cores): every figure here is noisy; rerun on a quiet machine before drawing conclusions.**',
    '',
    '## Verdicts',
    '',
    `- Initial JS ${initialKb} KB gzip (target ≤ ${TARGETS.initialJsGzipKb} KB): ${pass(verdicts.initialJs)}`,
    `- Served compressed: initial JS and CSS answered with brotli (gzip when brotli is not accepted) and \`${served[0]?.cacheControl ?? '?'}\`; index.html \`${index.cacheControl}\`: ${pass(verdicts.servedCompressed)}`,
    `- First results for a shared finder URL, median of ${RUNS} cold runs: ${coldMedian} ms (target ≤ ${TARGETS.firstResultsMedianMs} ms), warm cache ${warmMedian} ms (target ≤ ${TARGETS.firstResultsWarmMedianMs} ms): ${pass(verdicts.firstResults)}`,
    `- Overview map with all ${REAL_SCHOOLS} schools, panning: frame p50 ${panP50} ms, p95 ${panP95} ms (median of ${PAN_RUNS} runs; target p95 ≤ ${TARGETS.panFrameP95Ms} ms): ${pass(verdicts.mapPanning)}`,
    '',
    '## Bundle',
    '',
    `Built from apps/web with Vite (${bundle.distDir.replace(REPO_ROOT + '/', '')}). "Initial" = what index.html loads before anything renders (entry, modulepreloads and their static imports); "lazy" = chunks loaded through import().`,
    '',
    ...bundleLines(bundle),
    '',
    `Initial JS: ${kb(bundle.totals.initialJsBytes)} KB, ${initialKb} KB gzip; initial CSS ${kb(bundle.totals.initialCssGzipBytes)} KB gzip; lazy JS ${kb(bundle.totals.lazyJsGzipBytes)} KB gzip.`,
    '',
    'As served by the API (precompressed at build time, decision 0015):',
    '',
    '| file | answer to "gzip, deflate, br" | KB on the wire | answer to "gzip" | KB on the wire | Cache-Control |',
    '|---|---|---:|---|---:|---|',
    ...served.map(
      (f) =>
        `| ${f.file} | ${f.brotli ?? 'identity'} | ${kb(f.brotliBytes)} | ${f.gzip ?? 'identity'} | ${kb(f.gzipBytes)} | ${f.cacheControl ?? ''} |`,
    ),
    '',
    '## Time to first results',
    '',
    `\`${results.firstResults.url}\` on a fresh PGlite database with the demo partners and the real ${server.schools} schools (prepared in ${Math.round(server.prepareMs / 1000)} s, not counted). Measured in the page from navigation start to the animation frame that paints the first result card. Cold = a new browser context per run (empty HTTP cache); warm = the same context again. One unmeasured warm-up run first.`,
    '',
    '| run | cold ms | cold: DOMContentLoaded ms | warm ms | result cards |',
    '|---|---:|---:|---:|---:|',
    ...cold.map(
      (r, i) =>
        `| ${i + 1} | ${Math.round(r.paintedMs)} | ${Math.round(r.domContentLoadedMs)} | ${warm[i] ? Math.round(warm[i].paintedMs) : ''} | ${r.cards} |`,
    ),
    `| **median** | **${coldMedian}** | | **${warmMedian}** | |`,
    '',
    '## Overview map, all schools, panning',
    '',
    `\`/overzicht\` draws every active school (${REAL_SCHOOLS}) as a dot on one canvas (SchoolPointsLayer; before, the map showed at most the 200 schools of one list page as SVG markers). Per run: a new context, wait until all dots are on the map, then four mouse-drag strokes (160 px / 120 px over ~0.5 s each, then 0.7 s for Leaflet's inertia and the canvas redraw) while requestAnimationFrame records every frame. No background tiles (MAP_TILE_URL=none).`,
    '',
    '| run | map ready ms | schoolPoints answer KB (ms) | frames | p50 ms | p95 ms | max ms | >50 ms | >100 ms | long tasks (max ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...pans.map(
      (p, i) =>
        `| ${i + 1} | ${p.mapReadyMs} | ${kb(p.schoolPointsResponse.decodedBytes)} (${p.schoolPointsResponse.durationMs}) | ${p.frames} | ${p.frameMs.p50} | ${p.frameMs.p95} | ${p.frameMs.max} | ${p.longFrames.over50ms} | ${p.longFrames.over100ms} | ${p.longTasks.count} (${p.longTasks.maxMs}) |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(RESULTS_DIR, 'web.md'), `${md}\n`);
  log(`results: bench/results/web.json, bench/results/web.md (${results.durationS} s)`);
  console.log(
    JSON.stringify({
      initialJsGzipKb: initialKb,
      coldMedian,
      warmMedian,
      panP50,
      panP95,
      verdicts,
    }),
  );
}

function roundRun(r: FirstResultsRun) {
  return {
    ...r,
    paintedMs: Math.round(r.paintedMs),
    insertedMs: Math.round(r.insertedMs),
    domContentLoadedMs: Math.round(r.domContentLoadedMs),
  };
}

function browserVersion(): string {
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || 'Chromium';
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
