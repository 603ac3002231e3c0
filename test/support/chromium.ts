import { existsSync } from 'node:fs';

// Browser tests and the web benchmark drive Debian's Chromium, never a downloaded browser. In CI
// the tests are mandatory; elsewhere they are skipped, loudly, when Chromium or the built client
// is missing. This file holds no Jest hooks, so the benchmarks can import it outside Jest.

/** The full browser: what the web benchmark measures, the closest to what people use. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the test suites drive: Debian's headless shell (package chromium-headless-shell,
 * the same Chromium without the browser's own interface) where it is installed, else the full
 * browser. The suites took about a third less CPU with it (decision 0032); CHROMIUM_PATH set by
 * hand still wins.
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
