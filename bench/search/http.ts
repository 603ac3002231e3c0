// Starts the API in a child process and sends GraphQL requests over one kept-alive connection.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forkServer, type ServerProcess } from '../support/server-process.js';

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
