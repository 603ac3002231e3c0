// The HTTP part: start the API in a child process, time GraphQL requests one at a time, then
// load it with autocannon at a fixed concurrency.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { forkServer, graphqlData, post, type ServerProcess } from '../support/server-process.js';
import { summarise, type LatencySummary } from './stats.js';

export interface RunningServer extends ServerProcess {
  port: number;
  bootMs: number;
  offerings: number;
  memory: NodeJS.MemoryUsage;
  memoryNow(): Promise<NodeJS.MemoryUsage>;
}

export async function startServer(
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<RunningServer> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'server.js');
  const server = await forkServer<{
    port: number;
    bootMs: number;
    offerings: number;
    memory: NodeJS.MemoryUsage;
  }>(script, { ...process.env, ...env }, execArgv);
  const { child } = server;
  return {
    ...server,
    memoryNow: () =>
      new Promise((resolve) => {
        const on = (m: { type: string; memory: NodeJS.MemoryUsage }) => {
          if (m.type !== 'memory') return;
          child.off('message', on);
          resolve(m.memory);
        };
        child.on('message', on);
        child.send({ type: 'memory' });
      }),
  };
}

export interface SequentialResult {
  [label: string]: LatencySummary;
}

/**
 * Requests one at a time, the kinds interleaved (a, b, c, a, b, c, …) so each sees the same
 * state of JIT, GC and database caches. Every response is checked for GraphQL errors.
 */
export async function sequential(
  port: number,
  kinds: Record<string, (i: number) => string>,
  warmup: number,
  count: number,
): Promise<SequentialResult> {
  const labels = Object.keys(kinds);
  const samples: Record<string, number[]> = Object.fromEntries(labels.map((l) => [l, []]));
  for (let i = 0; i < warmup + count; i++) {
    for (const label of labels) {
      const r = await post(port, kinds[label](i));
      graphqlData(r, label);
      if (i >= warmup) samples[label].push(r.ms);
    }
  }
  return Object.fromEntries(labels.map((l) => [l, summarise(samples[l])]));
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
}

/** autocannon with request bodies rotating through `bodies`. */
export async function load(
  port: number,
  bodies: string[],
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationS,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    // Completed requests over the measured time (autocannon's own per-second mean drops the
    // last partial second).
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Math.round(result.latency.mean * 100) / 100,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
  };
}
