// Starts the API in a child process and sends GraphQL requests over one kept-alive connection.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forkServer, post, type ServerProcess } from '../support/server-process.js';

export { post };

export interface RunningServer extends ServerProcess {
  port: number;
  bootMs: number;
  engine: string;
  backlog: number;
  syncError: string | null;
  offerings: number;
}

export async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'server.js');
  return forkServer<Omit<RunningServer, keyof ServerProcess>>(script, env);
}

export function graphqlData<T>(r: { status: number; body: string }, label: string): T {
  const parsed = JSON.parse(r.body) as { data?: T; errors?: unknown[] };
  if (r.status !== 200 || parsed.errors || !parsed.data) {
    throw new Error(`${label}: HTTP ${r.status} ${r.body.slice(0, 500)}`);
  }
  return parsed.data;
}
