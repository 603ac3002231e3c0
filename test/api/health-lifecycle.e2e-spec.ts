import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { gracefulShutdown } from '../../apps/api/src/common/lifecycle/graceful-shutdown.js';
import { Readiness } from '../../apps/api/src/common/lifecycle/readiness.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { AccountsService } from '../../apps/api/src/modules/accounts/accounts.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// /health/live and /health/ready, graceful shutdown (readiness while stopping, in-flight
// requests finished, bounded wait) and JSON logs carrying the request id.

const SLOW = 120_000;

interface Started {
  app: NestExpressApplication;
  readiness: Readiness;
  port: number;
  db: TestDatabase;
}

async function start(env: Record<string, string> = {}): Promise<Started> {
  const db = await createTestDatabase();
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PGLITE_DATA_DIR: db.pgliteDataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const readiness = new Readiness();
  const app = await createApp(config, { readiness });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  return { app, readiness, port, db };
}

async function stopAll(s: Started | undefined): Promise<void> {
  if (!s) return;
  await s.app.close().catch(() => undefined);
  await s.db.dispose();
}

async function get(port: number, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
}

async function untilReady(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await get(port, '/health/ready');
    if (res.status === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A POST /graphql whose body is sent in two parts: the request is in flight in between. Resolves
 * once the first part has had a moment (200 ms) to reach the server.
 */
async function halfSentRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const cut = Math.floor(body.length / 2);
  const socket: Socket = connect(port, '127.0.0.1');
  let raw = '';
  const closed = new Promise<string>((resolve) => {
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (raw += d));
    socket.on('close', () => resolve(raw));
    socket.on('error', () => undefined);
  });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, cut)}`,
  );
  await new Promise((r) => setTimeout(r, 200));
  return {
    socket,
    finish: () => socket.write(body.slice(cut)),
    answer: closed,
  };
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

const silent = { log: () => undefined, error: () => undefined, warn: () => undefined };

/**
 * A fresh app (database and port) for each test of the describe block it is called in, stopped
 * after it; `{ ready: true }` waits until /health/ready answers 200. Returns the running one.
 */
function appPerTest(options: { env?: Record<string, string>; ready?: boolean } = {}) {
  let s: Started | undefined;
  beforeEach(async () => {
    s = await start(options.env);
    if (options.ready) await untilReady(s.port);
  }, SLOW);
  afterEach(async () => {
    await stopAll(s);
    s = undefined;
  }, SLOW);
  return (): Started => s!;
}

describe('health probes', () => {
  const running = appPerTest();

  it(
    'live answers 200; ready answers 200 once warmed up; /health keeps its shape',
    async () => {
      const { port } = running();
      const live = await get(port, '/health/live');
      expect(live).toMatchObject({ status: 200, body: { status: 'live' } });
      expect(live.headers.get('cache-control')).toBe('no-store');
      await untilReady(port);
      expect((await get(port, '/health/ready')).body).toEqual({ status: 'ready' });
      const health = await get(port, '/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        phase: 'ready',
        database: { status: 'up' },
      });
    },
    SLOW,
  );

  it(
    'ready is 503 with a fixed text (no error details) when the database does not answer',
    async () => {
      const { port, app } = running();
      await untilReady(port);
      // The database goes away under the running app.
      await app.get(DataSource).destroy();
      const ready = await get(port, '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({
        status: 'database_unavailable',
        message: 'database onbereikbaar (database unavailable)',
      });
      const health = await get(port, '/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        status: 'error',
        database: { status: 'down', error: 'database onbereikbaar (database unavailable)' },
      });
      // Nothing of the driver's own text (TypeORM: "… is not established / initialized").
      expect(JSON.stringify(health.body)).not.toMatch(/established|initiali[sz]ed|typeorm/i);
    },
    SLOW,
  );

  it(
    'echoes a caller x-request-id, and replaces an unusable one with a fresh id',
    async () => {
      const { port } = running();
      const kept = await get(port, '/health/live', { 'x-request-id': 'trace-abc.123' });
      expect(kept.headers.get('x-request-id')).toBe('trace-abc.123');
      const replaced = await get(port, '/health/live', { 'x-request-id': 'x'.repeat(300) });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const fresh = await get(port, '/health/live');
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    },
    SLOW,
  );
});

describe('graceful shutdown', () => {
  const running = appPerTest({ ready: true });

  it(
    'reports not ready at once, finishes the request in flight, then refuses and closes the database',
    async () => {
      const { app, readiness, port } = running();
      const inFlight = await halfSentRequest(port, '{ appInfo { version } }');
      const stop = gracefulShutdown(app, readiness, {
        readyDelayMs: 1500,
        timeoutMs: 60_000,
        logger: silent,
      });
      const exitCode = stop('SIGTERM');

      const ready = await get(port, '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({
        status: 'stopping',
        message: 'wordt afgesloten (shutting down)',
      });
      expect(ready.headers.get('connection')).toBe('close');
      expect((await get(port, '/health/live')).status).toBe(200);

      inFlight.finish();
      const answer = await inFlight.answer;
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain('"appInfo"');

      await expect(exitCode).resolves.toBe(0);
      expect(await refused(port)).toBe(true);
      expect(app.get(DataSource).isInitialized).toBe(false);
      expect(readiness.phase).toBe('stopping');
    },
    SLOW,
  );

  it(
    'gives up after the bound: a request that never completes is cut and the exit code is 1',
    async () => {
      const { app, readiness, port } = running();
      const stuck = await halfSentRequest(port, '{ appInfo { version } }');
      const started = Date.now();
      const code = await gracefulShutdown(app, readiness, {
        readyDelayMs: 0,
        timeoutMs: 1500,
        logger: silent,
      })('SIGTERM');
      expect(code).toBe(1);
      expect(Date.now() - started).toBeLessThan(30_000);
      await stuck.answer; // the socket was closed by the server
      expect(stuck.socket.destroyed).toBe(true);
    },
    SLOW,
  );
});

describe('LOG_FORMAT=json', () => {
  let lines: string[] = [];
  let spy: { mockRestore(): void } | undefined;

  beforeEach(async () => {
    lines = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    }) as typeof process.stdout.write);
  }, SLOW);

  afterEach(() => {
    spy?.mockRestore();
  });

  // Started after the spy is in place (hooks run in the order they are declared).
  const running = appPerTest({ env: { LOG_FORMAT: 'json', LOG_LEVEL: 'log' } });

  it(
    'writes one JSON object per line; lines written during a request carry its id',
    async () => {
      const { app, port } = running();
      await app
        .get(DataSource)
        .transaction((tx) =>
          app.get(AccountsService).insertAccount(tx, { email: 'log@example.nl', role: 'ADMIN' }),
        );
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-json-1' },
        body: JSON.stringify({
          query: 'mutation { requestPasswordReset(email: "log@example.nl") }',
        }),
      });
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));

      expect(lines.length).toBeGreaterThan(0);
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const record of records) {
        expect(record).toMatchObject({ level: expect.any(String), timestamp: expect.any(Number) });
      }
      const mine = records.filter((r) => r.requestId === 'req-json-1');
      // The mail queued inside the request, and the access line.
      expect(mine.some((r) => r.context === 'MailOutbox')).toBe(true);
      expect(mine).toContainEqual(
        expect.objectContaining({
          context: 'HTTP',
          method: 'POST',
          path: '/graphql',
          status: 200,
          durationMs: expect.any(Number),
        }),
      );
    },
    SLOW,
  );
});
