// Child process for the HTTP part: the real API (createApp) on 127.0.0.1, a random port.
// Runs apart from the load generator so that autocannon and the server do not share one
// event loop. Talks to the parent over IPC: sends {ready, port, bootMs, index, memory},
// answers 'memory', exits on 'stop'.
import { ReadModelWarmup } from '../../apps/api/src/modules/organisations/index.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { listenOnLoopback, runChild, send, stopWhenAsked } from '../support/child-process.js';

async function main(): Promise<void> {
  const started = performance.now();
  // Load generators hammer the API from one address: no per-IP query limit here.
  const { app, port } = await listenOnLoopback({ RATE_LIMIT_QUERIES_PER_IP: '0', ...process.env });
  const bootMs = performance.now() - started;
  // The search worker builds its index of the 20,000 offerings at first start; let it finish,
  // so it does not compete with the requests being timed.
  // bench:replica-memory at 10x skips it (BENCH_WAIT_FOR_SEARCH=false): there the first
  // embedded-search build of 200,000 offerings takes longer than the run may.
  if (process.env.BENCH_WAIT_FOR_SEARCH !== 'false') await app.get(SearchSyncWorker).drain();
  // Likewise the read-model cache that the server fills in the background after start.
  await app.get(ReadModelWarmup).finished();
  await app.get(MatchingIndexService).schoolAreasRemembered();
  const index = app.get(MatchingIndexService).status();
  send({
    type: 'ready',
    port,
    bootMs,
    offerings: index.offerings,
    memory: process.memoryUsage(),
  });
  stopWhenAsked(app, {
    onMessage: (type) => {
      if (type === 'memory') send({ type: 'memory', memory: process.memoryUsage() });
    },
  });
}

runChild(main);
