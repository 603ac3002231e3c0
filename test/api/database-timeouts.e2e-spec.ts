import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  createTestDatabase,
  postgresServerUrl,
  usingPostgres,
  type TestDatabase,
} from '../support/test-database.js';

// PostgreSQL that is slow or stops answering: the request ends with DATABASE_TIMEOUT or
// DATABASE_UNAVAILABLE (Dutch and English), not a hang and not INTERNAL_SERVER_ERROR.

const SLOW = 120_000;
const describePg = usingPostgres ? describe : describe.skip;
if (!usingPostgres) {
  console.warn(
    '[database-timeouts] OVERGESLAGEN / SKIPPED: needs DATABASE_URL (PostgreSQL); PGlite has no statement timeout',
  );
}

const ORGANISATIONS = '{ organisations(first: 5) { totalCount nodes { name } } }';

/**
 * A TCP proxy in front of PostgreSQL that can be told to stop answering (a black hole);
 * `url` is the database URL that goes through it.
 */
async function startProxy(databaseUrl: string): Promise<{
  url: string;
  blackhole(): void;
  close(): Promise<void>;
}> {
  const target = new URL(databaseUrl);
  let silent = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (silent) return; // accepts, never answers
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('data', (d) => {
      if (!silent) upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (!silent) client.write(d);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    blackhole: () => {
      silent = true;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describePg('PostgreSQL timeouts', () => {
  it(
    'a statement past DB_STATEMENT_TIMEOUT_MS (a table lock held elsewhere) ends with DATABASE_TIMEOUT',
    async () => {
      const t: TestApp = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '1500' });
      const locker = new pg.Client({ connectionString: t.config.DATABASE_URL });
      try {
        await locker.connect();
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        const res = await t.gql(ORGANISATIONS);
        const elapsed = Date.now() - started;
        expect(res.errors?.[0]?.extensions?.code).toBe('DATABASE_TIMEOUT');
        expect(res.errors?.[0]?.message).toMatch(
          /De database antwoordde niet op tijd.*\(the database did not answer in time/,
        );
        expect(elapsed).toBeLessThan(30_000);
        await locker.query('ROLLBACK');
        // Afterwards the same query works again.
        const again = await t.gql<{ organisations: { totalCount: number } }>(ORGANISATIONS);
        expect(again.errors).toBeUndefined();
        expect(again.data!.organisations.totalCount).toBeGreaterThan(0);
      } finally {
        await locker.end().catch(() => undefined);
        await t.close();
      }
    },
    SLOW,
  );

  it(
    'a database that stops answering: requests end with a database error, /health/ready turns 503',
    async () => {
      const db: TestDatabase = await createTestDatabase();
      const proxy = await startProxy(db.databaseUrl!);
      const t = await startTestApp({
        DATABASE_URL: proxy.url,
        DB_CONNECT_TIMEOUT_MS: '1000',
        DB_STATEMENT_TIMEOUT_MS: '1500',
      });
      try {
        expect((await t.gql(ORGANISATIONS)).errors).toBeUndefined();
        proxy.blackhole();
        const started = Date.now();
        const res = await t.gql(ORGANISATIONS);
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(
          res.errors?.[0]?.extensions?.code,
        );
        expect(res.errors?.[0]?.message).toMatch(
          /\(the database (did not answer in time|is unavailable)/,
        );
        const server = t.app.getHttpServer();
        const { default: request } = await import('supertest');
        const ready = await request(server).get('/health/ready');
        expect(ready.status).toBe(503);
        expect(ready.body).toEqual({
          status: 'database_unavailable',
          message: 'database onbereikbaar (database unavailable)',
        });
      } finally {
        await proxy.close();
        await t.close().catch(() => undefined);
        await db.dispose();
      }
    },
    SLOW,
  );

  it(
    'connecting to a port that accepts but never answers fails within DB_CONNECT_TIMEOUT_MS',
    async () => {
      const proxy = await startProxy(postgresServerUrl());
      proxy.blackhole();
      const started = Date.now();
      try {
        await expect(
          openDatabase({
            databaseUrl: proxy.url,
            pgliteDataDir: 'unused',
            connectTimeoutMs: 800,
          }),
        ).rejects.toThrow(/timeout/i);
        expect(Date.now() - started).toBeLessThan(20_000);
      } finally {
        await proxy.close();
      }
    },
    SLOW,
  );
});
