import { createServer, type Server } from 'node:http';
import { NOT_READY_TEXT, type Readiness } from './readiness.js';

/**
 * Answers on the API port while the database is opened and migrated, before Nest can listen:
 * `/health/live` 200, `/health/ready` and everything else 503. Closed just before the app
 * itself listens.
 */
export async function startBootServer(
  port: number,
  host: string,
  readiness: Readiness,
): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    res.setHeader('connection', 'close');
    res.setHeader('cache-control', 'no-store');
    if (path === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'live' }));
      return;
    }
    const phase = readiness.phase === 'ready' ? 'starting' : readiness.phase;
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
    res.end(JSON.stringify({ status: phase, message: NOT_READY_TEXT[phase] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
