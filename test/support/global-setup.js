// Jest's global set-up: names this run for the suites (PW_TEST_RUN), so that the PGlite
// template with the demo data is seeded once per run rather than once per app start
// (test/support/test-database.ts, decision 0033). The workers start after this and inherit it.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../.data/test-templates',
);
const DEMO = /-demo-[0-9a-z]+-(\d+)$/;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The run's demo templates (or, with `orphansOnly`, those of runs no longer running). */
export function removeDemoTemplates({ run, orphansOnly }) {
  let names;
  try {
    names = readdirSync(TEMPLATES);
  } catch {
    return; // no templates yet
  }
  for (const name of names) {
    const match = DEMO.exec(name.replace(/\.building-.*$/, ''));
    if (!match) continue;
    const ours = run !== undefined && name.includes(`-demo-${run}`);
    if (ours || (orphansOnly && !alive(Number(match[1])))) {
      rmSync(join(TEMPLATES, name), { recursive: true, force: true });
    }
  }
}

export default function globalSetup() {
  process.env.PW_TEST_RUN ??= `${Date.now().toString(36)}-${process.pid}`;
  // A run that was killed leaves its template behind (about 40 MB): removed by the next run.
  removeDemoTemplates({ orphansOnly: true });
}
