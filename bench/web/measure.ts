// What bench:web measures in Chromium. Page scripts are strings: the bench is compiled
// without DOM types (like the browser tests).
import type { Browser, Page } from 'playwright-core';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(sorted.at(-1) ?? 0) };
}

// Installed before any page script: notes when the first result card (or the designed empty
// state) enters the DOM, and the animation frame that paints it, in ms since navigation start.
const FIRST_RESULTS_PROBE = `(() => {
  const bench = { insertedMs: null, paintedMs: null, kind: null, cards: 0 };
  window.__bench = bench;
  const check = () => {
    if (bench.insertedMs !== null) return;
    const card = document.querySelector('[data-testid="result-card"]');
    const empty = document.querySelector('[data-testid="results-empty"]');
    if (!card && !empty) return;
    bench.insertedMs = performance.now();
    bench.kind = card ? 'results' : 'empty';
    observer.disconnect();
    requestAnimationFrame(() => {
      bench.paintedMs = performance.now();
      bench.cards = document.querySelectorAll('[data-testid="result-card"]').length;
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface FirstResultsRun {
  paintedMs: number;
  insertedMs: number;
  domContentLoadedMs: number;
  graphqlRequests: number;
  kind: string;
  cards: number;
}

/** Opens `url` in `page` and waits for the first results; times are from navigation start. */
export async function timeFirstResults(page: Page, url: string): Promise<FirstResultsRun> {
  await page.addInitScript(FIRST_RESULTS_PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  // Polled with evaluate (over the DevTools protocol): waitForFunction evaluates a string in
  // the page, which the app's CSP (script-src 'self', no unsafe-eval) refuses.
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate('!!(window.__bench && window.__bench.paintedMs !== null)'))) {
    if (Date.now() > deadline) throw new Error(`no results painted for ${url}`);
    await page.waitForTimeout(10);
  }
  return (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const graphql = performance.getEntriesByType('resource').filter((r) => r.name.includes('/graphql'));
    return {
      paintedMs: window.__bench.paintedMs,
      insertedMs: window.__bench.insertedMs,
      domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : -1,
      graphqlRequests: graphql.length,
      kind: window.__bench.kind,
      cards: window.__bench.cards,
    };
  })()`)) as FirstResultsRun;
}

export interface PanRun {
  /** Navigation start → all school dots on the map (the frame after they were added). */
  mapReadyMs: number;
  schoolPoints: number;
  schoolPointsResponse: { transferBytes: number; decodedBytes: number; durationMs: number };
  durationMs: number;
  frames: number;
  frameMs: Stats;
  longFrames: { over50ms: number; over100ms: number };
  longTasks: { count: number; totalMs: number; maxMs: number };
}

const START_RECORDING = `(() => {
  const rec = { frames: [], longTasks: [], on: true };
  window.__rec = rec;
  const tick = (t) => { if (!rec.on) return; rec.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (rec.on) rec.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  } catch (e) {}
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the overview map with every school, then pans it by mouse drags (four strokes, each
 * followed by Leaflet's inertia and the canvas redraw) while recording animation frames.
 */
export async function panOverviewMap(
  browser: Browser,
  base: string,
  expectedPoints: number,
  screenshot?: string,
): Promise<PanRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/overzicht`, { waitUntil: 'commit' });
    await page.waitForSelector(`[data-school-points="${expectedPoints}"]`, { timeout: 60_000 });
    const mapReadyMs = (await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))',
    )) as number;
    const schoolPointsResponse = (await page.evaluate(`(() => {
      const all = performance.getEntriesByType('resource').filter((r) => r.name.includes('/graphql'));
      const biggest = all.sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
      return biggest
        ? { transferBytes: biggest.transferSize, decodedBytes: biggest.decodedBodySize,
            durationMs: Math.round(biggest.duration) }
        : { transferBytes: -1, decodedBytes: -1, durationMs: -1 };
    })()`)) as PanRun['schoolPointsResponse'];
    await sleep(500);

    const box = (await page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    if (screenshot) await page.screenshot({ path: screenshot });
    const paneTransform = () =>
      page.evaluate(
        "document.querySelector('.leaflet-map-pane').style.transform",
      ) as Promise<string>;
    const before = await paneTransform();
    await page.evaluate(START_RECORDING);
    const started = Date.now();
    const strokes = [
      [160, 0],
      [0, 120],
      [-160, 0],
      [0, -120],
    ] as const;
    for (const [dx, dy] of strokes) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const steps = 30;
      for (let i = 1; i <= steps; i++) {
        await page.mouse.move(cx + (dx * i) / steps, cy + (dy * i) / steps);
        await sleep(16);
      }
      await page.mouse.up();
      await sleep(700); // inertia and the redraw after moveend
      // A frame-time figure means nothing if the map did not move.
      if (dx > 0 && (await paneTransform()) === before) throw new Error('the map did not pan');
    }
    const recorded = (await page.evaluate(
      '(() => { window.__rec.on = false; return { frames: window.__rec.frames, longTasks: window.__rec.longTasks }; })()',
    )) as { frames: number[]; longTasks: number[] };
    const deltas = recorded.frames.slice(1).map((t, i) => t - recorded.frames[i]!);
    return {
      mapReadyMs: Math.round(mapReadyMs),
      schoolPoints: expectedPoints,
      schoolPointsResponse,
      durationMs: Date.now() - started,
      frames: recorded.frames.length,
      frameMs: stats(deltas),
      longFrames: {
        over50ms: deltas.filter((d) => d > 50).length,
        over100ms: deltas.filter((d) => d > 100).length,
      },
      longTasks: {
        count: recorded.longTasks.length,
        totalMs: Math.round(recorded.longTasks.reduce((s, d) => s + d, 0)),
        maxMs: Math.round(Math.max(0, ...recorded.longTasks)),
      },
    };
  } finally {
    await context.close();
  }
}
