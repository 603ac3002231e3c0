import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';

// Suites that start the compiled server or a CLI as a separate process build it first
// (tsc -b is incremental: quick when nothing changed).

export const DIST = join(REPO_ROOT, 'apps', 'api', 'dist');

const BUILD_LOCK = join(REPO_ROOT, '.data', 'api-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

export function buildApi(): void {
  // Jest runs two workers: two builds writing the same dist/ at once would let one suite start
  // a half-written server. mkdir is atomic; a lock older than any build is a crashed holder's.
  mkdirSync(join(REPO_ROOT, '.data'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    compileApi();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function compileApi(): void {
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', 'apps/api/tsconfig.build.json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(join(DIST, 'main.js'))) {
    throw new Error(`Building the API failed:\n${build.stdout}${build.stderr}`);
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node apps/api/dist/<script> …args` with the given environment (no inherited DB settings). */
export function runNode(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.NODE_OPTIONS;
  delete base.DATABASE_URL;
  delete base.PGLITE_DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, script), ...args], {
      cwd: REPO_ROOT,
      env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'error', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
