// The parent side of a benchmark's server child process (bench/<name>/server.ts, see
// child-process.ts for the child side): fork it, wait for its 'ready' message, stop it; and
// one GraphQL POST at a time over a kept-alive connection, and the data of its answer.
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';

export interface ServerProcess {
  child: ChildProcess;
  /** Asks the child to close the app and exit; kills it after 15 s. */
  stop(): Promise<void>;
}

/** Forks `script` with `env` and resolves with its 'ready' message once the API listens. */
export async function forkServer<Ready extends object>(
  script: string,
  env: Record<string, string | undefined>,
  /** Node options of the child; by default this process's own (fork's default). */
  execArgv?: string[],
): Promise<Ready & ServerProcess> {
  const child = fork(script, [], {
    env,
    ...(execArgv ? { execArgv } : {}),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API process exited early (code ${code})`)));
    child.on('message', (m: { type: string; message?: string }) => {
      if (m.type === 'ready') resolve(m as never);
      if (m.type === 'error') reject(new Error(`API failed to start: ${m.message}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    ...ready,
    child,
    stop: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}

const oneConnection = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One POST to /graphql over a kept-alive connection (by default the one shared by every caller
 * of this module); resolves with status, body and elapsed ms.
 */
export function post(
  port: number,
  body: string,
  agent: Agent = oneConnection,
): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The `data` of a GraphQL answer; throws, naming `label`, on an HTTP or GraphQL error. */
export function graphqlData<T = Record<string, unknown>>(
  r: { status: number; body: string },
  label: string,
): T {
  const parsed = JSON.parse(r.body) as { data?: T; errors?: unknown[] };
  if (r.status !== 200 || parsed.errors || !parsed.data) {
    throw new Error(`${label}: HTTP ${r.status} ${r.body.slice(0, 500)}`);
  }
  return parsed.data;
}
