import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
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

export const freePort = (): Promise<number> =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** One GET or POST on a connection of its own (no keep-alive pool): a stopping server closes
 * idle pooled sockets, and a client reusing one would see that, not the server's behaviour. */
export function http(
  port: number,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface BuiltServer {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node apps/api/dist/main.js` and waits until /health/ready answers 200. */
export async function startBuiltServer(
  name: string,
  env: NodeJS.ProcessEnv,
  cwd = REPO_ROOT,
): Promise<BuiltServer> {
  const port = await freePort();
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.NODE_OPTIONS;
  const child = spawn(process.execPath, [join(DIST, 'main.js')], {
    cwd,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${output}`);
    const ready = await http(port, '/health/ready').catch(() => null);
    if (ready?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`${name} never became ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, port, child, output: () => output, exited };
}
