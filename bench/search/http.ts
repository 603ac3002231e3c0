// Starts the API in a child process and sends GraphQL requests over one kept-alive connection.
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  port: number;
  bootMs: number;
  engine: string;
  backlog: number;
  syncError: string | null;
  offerings: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'server.js');
  const child = fork(script, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<Omit<RunningServer, 'child' | 'stop'>>((resolve, reject) => {
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

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export function post(
  port: number,
  body: string,
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

export function graphqlData<T>(r: { status: number; body: string }, label: string): T {
  const parsed = JSON.parse(r.body) as { data?: T; errors?: unknown[] };
  if (r.status !== 200 || parsed.errors || !parsed.data) {
    throw new Error(`${label}: HTTP ${r.status} ${r.body.slice(0, 500)}`);
  }
  return parsed.data;
}
