// Browser tests and the web benchmark drive Debian's Chromium, never a downloaded browser. In CI
// the tests are mandatory; elsewhere they are skipped, loudly, when Chromium or the built client
// is missing. This file holds no Jest hooks, so the benchmarks can import it outside Jest.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
