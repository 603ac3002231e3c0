import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';

// Browser tests drive Debian's Chromium, never a downloaded browser. In CI they are
// mandatory; elsewhere they are skipped, loudly, when Chromium or the built client is missing.
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

export function browserSkipReason(): string | null {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH))
    missing.push(`Chromium (${CHROMIUM_PATH}; apt-get install -y chromium)`);
  if (!existsSync(join(REPO_ROOT, 'apps/web/dist/index.html')))
    missing.push('the built web client (npm run build:web)');
  if (missing.length === 0) return null;
  if (process.env.CI) {
    throw new Error(`Browser tests are mandatory in CI, but missing: ${missing.join(', ')}`);
  }
  return missing.join(' and ');
}
