import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { type DataSource } from 'typeorm';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';
import { startTestApp, type TestApp } from './test-app.js';

import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './chromium.js';

export { CHROMIUM_ARGS, TEST_CHROMIUM_PATH };

export function browserSkipReason(): string | null {
  const missing: string[] = [];
  if (!existsSync(TEST_CHROMIUM_PATH))
    missing.push(
      `Chromium (${TEST_CHROMIUM_PATH}; apt-get install -y chromium-headless-shell or chromium)`,
    );
  if (!existsSync(join(REPO_ROOT, 'apps/web/dist/index.html')))
    missing.push('the built web client (npm run build:web)');
  if (missing.length === 0) return null;
  if (process.env.CI) {
    throw new Error(`Browser tests are mandatory in CI, but missing: ${missing.join(', ')}`);
  }
  return missing.join(' and ');
}

/** A phone's viewport, 390 × 844 px: the width at which no page may scroll sideways. */
export const PHONE = { width: 390, height: 844 };
/** A smaller phone's viewport, 375 × 812 px. */
export const SMALL_PHONE = { width: 375, height: 812 };
/** A browser context on a touch phone: PHONE's viewport, mobile and touch. */
export const TOUCH_PHONE = { viewport: PHONE, isMobile: true, hasTouch: true };

export const SHOTS = join(REPO_ROOT, 'test-results');
const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

/** Runs axe-core in the page; returns the violations of at least `least` impact, described. */
export async function violationsAtLeast(
  page: Page,
  least: 'moderate' | 'serious',
): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not
  // govern; a script tag would be refused, as the CSP intends.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  // A string, not a function: the root tsconfig has no DOM types.
  const violations = (await page.evaluate(
    'window.axe.run(document).then((result) => result.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => IMPACTS.indexOf(v.impact ?? '') >= IMPACTS.indexOf(least))
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

/** Runs axe-core in the page; returns the serious and critical violations, described. */
export const seriousViolations = (page: Page): Promise<string[]> =>
  violationsAtLeast(page, 'serious');

/** The elements reaching past the viewport's right edge (tag.class, at most 5): a page wider
 * than its viewport has a horizontal scroll bar (at 390 px, none is expected). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((e) => e.tagName.toLowerCase() + '.' + String(e.className).split(' ').join('.'));
  })()`)) as string[];
}

/**
 * What `what` reads on the focused element (an expression on `e`, e.g. `e.id`,
 * `e.dataset.testid`; '' for none) once it is `expected`, or what it reads after `ms`: for
 * after an asynchronous change, where the page moves the focus in an effect. Polled from here
 * through the DevTools protocol: the page's CSP (no eval) refuses Playwright's in-page polling
 * of a string predicate.
 */
export async function focusedBecomes(
  page: Page,
  what: string,
  expected: string,
  ms = 10_000,
): Promise<string> {
  const read = `(() => { const e = document.activeElement; return String((e && ${what}) ?? ''); })()`;
  const deadline = Date.now() + ms;
  for (;;) {
    const now = (await page.evaluate(read)) as string;
    if (now === expected || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The `data-focus-key` of the focused element once it is `key`, or what it is after `ms`. */
export const focusKeyBecomes = (page: Page, key: string, ms = 10_000): Promise<string> =>
  focusedBecomes(page, 'e.dataset.focusKey', key, ms);

/**
 * What a screen reader's list of the buttons and links under `selector` would make unclear: a
 * name that several buttons (or links to different places) share, as "Pauzeren" once per
 * offering, and an aria-label that does not start with the text shown (speech input says what it
 * sees; WCAG 2.5.3). The name is the aria-label, else the text outside aria-hidden parts.
 */
export async function unclearControlNames(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const shown = (e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\\s+/g, ' ').trim();
    };
    const problems = [];
    const seen = new Map();
    for (const scope of document.querySelectorAll(${JSON.stringify(selector)})) {
      for (const e of scope.querySelectorAll('button, a[href]')) {
        if (e.getClientRects().length === 0) continue;
        const text = shown(e);
        const label = e.getAttribute('aria-label');
        const name = (label ?? text).trim();
        if (label !== null && text && !label.toLowerCase().startsWith(text.toLowerCase()))
          problems.push('"' + label + '" does not start with "' + text + '"');
        // Links to one place may share a name; any two buttons may not.
        const targets = seen.get(name) ?? new Set();
        targets.add(e.tagName === 'A' ? e.getAttribute('href') : e);
        seen.set(name, targets);
      }
    }
    for (const [name, targets] of seen)
      if (targets.size > 1) problems.push(targets.size + '× "' + name + '"');
    return problems;
  })()`)) as string[];
}

export interface BrowserApp {
  t: TestApp;
  db: DataSource;
  browser: Browser;
  /** The app's own address, e.g. http://127.0.0.1:41234 */
  base: string;
  close(): Promise<void>;
}

/** The real app on a free local port (tiles unreachable, so no network), and Chromium. */
export async function startBrowserApp(env: Record<string, string>): Promise<BrowserApp> {
  const t = await startTestApp({ MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png', ...env });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: TEST_CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    t,
    db: t.db,
    browser,
    base,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * A suite of browser tests around one running app and Chromium: skipped, loudly, where
 * Chromium or the built client is missing (mandatory in CI), the app started with `env` before
 * the suite's own hooks and tests, and closed after them. `app` is filled in when the tests run,
 * not when they are declared: read its fields inside hooks and tests. It is closed before the
 * suite's own afterAll hooks run (Jest runs them in the order declared). `env` may be a function,
 * called in that first hook, for an environment that names something started first (a local
 * geocoder, an SMTP server).
 */
export function describeInBrowser(
  title: string,
  env: Record<string, string> | (() => Promise<Record<string, string>>),
  tests: (app: BrowserApp) => void,
): void {
  const skipReason = browserSkipReason();
  if (skipReason) console.warn(`SKIPPED browser tests: missing ${skipReason}`);
  (skipReason ? describe.skip : describe)(title, () => {
    const app = {} as BrowserApp;
    let started: BrowserApp | undefined;
    beforeAll(async () => {
      started = await startBrowserApp(typeof env === 'function' ? await env() : env);
      Object.assign(app, started);
    }, 180_000);
    afterAll(async () => {
      await started?.close();
    }, 60_000);
    tests(app);
  });
}
