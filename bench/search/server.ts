// Child process for the HTTP part: the real API (createApp) on 127.0.0.1, a random port, so
// the load generator and the server do not share one event loop. Reports {ready, port,
// bootMs, engine, offerings, backlog} over IPC once the search sync worker has drained;
// exits on 'stop'.
import { ReadModelWarmup } from '../../apps/api/src/modules/organisations/index.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { listenOnLoopback, runChild, send, stopWhenAsked } from '../support/child-process.js';

async function main(): Promise<void> {
  const started = performance.now();
  // Load generators hammer the API from one address: no per-IP query limit here.
  const { app, port } = await listenOnLoopback({ RATE_LIMIT_QUERIES_PER_IP: '0', ...process.env });
  const bootMs = performance.now() - started;
  const worker = app.get(SearchSyncWorker);
  await worker.drain();
  await app.get(ReadModelWarmup).finished();
  const status = await worker.status();
  send({
    type: 'ready',
    port,
    bootMs,
    engine: status.engine,
    backlog: status.backlog,
    syncError: status.lastError,
    offerings: app.get(MatchingIndexService).status().offerings,
  });
  // The parent went away (killed, crashed): do not linger.
  stopWhenAsked(app, { orphaned: true });
}

runChild(main);
