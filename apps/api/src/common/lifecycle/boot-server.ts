import { createServer, type IncomingMessage, type Server } from 'node:http';
import { NOT_READY_TEXT, type Phase, type Readiness } from './readiness.js';

/** Seconds a client is asked to wait before it asks again. */
const RETRY_AFTER_SECONDS = 5;

type NotReady = Exclude<Phase, 'ready'>;

/** What a person reads while the server is not ready: Dutch, then English. */
const PAGE_TEXT: Record<NotReady, { nl: string; en: string }> = {
  starting: { nl: 'Partnerwijzer wordt gestart.', en: 'Partnerwijzer is starting.' },
  migrating: {
    nl: 'Partnerwijzer wordt gestart: de database wordt bijgewerkt.',
    en: 'Partnerwijzer is starting: the database is being updated.',
  },
  warming: {
    nl: 'Partnerwijzer wordt gestart: de gegevens worden geladen.',
    en: 'Partnerwijzer is starting: the data is being loaded.',
  },
  stopping: { nl: 'Partnerwijzer wordt afgesloten.', en: 'Partnerwijzer is shutting down.' },
};

/**
 * Whether the request is a page a person opened: a GET or HEAD that accepts HTML, outside the
 * health checks (probes and API clients keep the JSON answer).
 */
function wantsPage(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path.startsWith('/health/')) return false;
  return /\btext\/html\b/i.test(req.headers.accept ?? '');
}

/** A small page that says what is happening and reloads itself after RETRY_AFTER_SECONDS. */
export function notReadyPage(phase: NotReady): string {
  const text = PAGE_TEXT[phase];
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Even geduld — Partnerwijzer</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>Even geduld</h1>
<p role="status">${text.nl} Deze pagina laadt over ${RETRY_AFTER_SECONDS} seconden vanzelf opnieuw.</p>
<p lang="en">${text.en} This page reloads by itself in ${RETRY_AFTER_SECONDS} seconds.</p>
</main>
</body>
</html>
`;
}

/**
 * Answers on the API port while the database is opened and migrated, before Nest can listen:
 * `/health/live` 200, `/health/ready` and everything else 503, as JSON; a browser opening a
 * page gets a short page that reloads itself (notReadyPage). Closed just before the app itself
 * listens.
 */
export async function startBootServer(
  port: number,
  host: string,
  readiness: Readiness,
): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.setHeader('connection', 'close');
    res.setHeader('cache-control', 'no-store');
    if (path === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'live' }));
      return;
    }
    const phase = readiness.phase === 'ready' ? 'starting' : readiness.phase;
    const retryAfter = String(RETRY_AFTER_SECONDS);
    if (wantsPage(req, path)) {
      res.writeHead(503, {
        'content-type': 'text/html; charset=utf-8',
        'content-language': 'nl',
        'retry-after': retryAfter,
      });
      res.end(req.method === 'HEAD' ? undefined : notReadyPage(phase));
      return;
    }
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': retryAfter });
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
