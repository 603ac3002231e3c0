import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import { PoolInTransactionError } from '../../apps/api/src/database/transaction-guard.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database.js';

// A query through the pool inside a transaction callback waits for PGlite's one connection,
// which the transaction holds: a deadlock that hung every later request (decision 0035). The
// guard refuses it at once. Without the guard the refused cases below hang until the test's
// timeout instead of failing with the error.

const TEST_TIMEOUT = 30_000;
const DEADLOCK =
  /pool query inside a transaction would deadlock PGlite; use the transaction's manager/;

const one = async (db: Pick<DataSource, 'query'>): Promise<number> =>
  Number(((await db.query('SELECT 1 AS n')) as { n: number }[])[0]?.n);

/** A value set for the rest of the transaction: only its own connection sees it. */
const SET_MARK = "SELECT set_config('pw.guard_mark', 'in-tx', true)";
const READ_MARK = "SELECT current_setting('pw.guard_mark', true) AS mark";
const markOf = async (db: Pick<DataSource, 'query'>): Promise<string | null> =>
  ((await db.query(READ_MARK)) as { mark: string | null }[])[0]?.mark ?? null;

describe('a pool query inside a transaction', () => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    handle = await openDatabase({
      databaseUrl: testDb.databaseUrl,
      pgliteDataDir: testDb.pgliteDataDir,
    });
    db = handle.dataSource;
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
    await testDb?.dispose();
  }, 120_000);

  afterEach(() => jest.restoreAllMocks());

  it(
    'is refused at once with a developer error, logged, and the database answers afterwards',
    async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const attempt = db.transaction(async (tx) => {
        await tx.query(SET_MARK);
        return one(db);
      });
      await expect(attempt).rejects.toThrow(PoolInTransactionError);
      await expect(attempt).rejects.toThrow(DEADLOCK);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(DEADLOCK), expect.any(String));
      // The transaction rolled back and gave its connection back.
      await expect(one(db)).resolves.toBe(1);
      await expect(markOf(db)).resolves.toBeFalsy();
    },
    TEST_TIMEOUT,
  );

  it(
    'is refused for a repository on the DataSource and for a nested db.transaction too',
    async () => {
      jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await expect(
        db.transaction((tx) =>
          tx.query('SELECT 1').then(() => db.query('SELECT count(*) FROM pg_class')),
        ),
      ).rejects.toThrow(DEADLOCK);
      await expect(
        db.transaction('READ COMMITTED', () => db.transaction((inner) => one(inner))),
      ).rejects.toThrow(DEADLOCK);
      await expect(one(db)).resolves.toBe(1);
    },
    TEST_TIMEOUT,
  );

  it(
    "runs on the transaction's manager, which sees the transaction's own work",
    async () => {
      const seen = await db.transaction(async (tx) => {
        await tx.query(SET_MARK);
        return { n: await one(tx), mark: await markOf(tx) };
      });
      expect(seen).toEqual({ n: 1, mark: 'in-tx' });
    },
    TEST_TIMEOUT,
  );

  it(
    'is not flagged when work started in the transaction runs after it committed',
    async () => {
      let committed!: () => void;
      const afterCommit = new Promise<void>((resolve) => (committed = resolve));
      let later: Promise<number> | undefined;
      await db.transaction(async (tx) => {
        later = afterCommit.then(() => one(db));
        await one(tx);
      });
      committed();
      await expect(later).resolves.toBe(1);
    },
    TEST_TIMEOUT,
  );

  it(
    'lets nested transactions on the manager, and transactions one after another or side by side, run',
    async () => {
      const nested = await db.transaction(async (tx) => {
        await tx.query(SET_MARK);
        const inner = await tx.transaction(async (savepoint) => markOf(savepoint));
        return [inner, await markOf(tx)];
      });
      expect(nested).toEqual(['in-tx', 'in-tx']);

      await db.transaction((tx) => one(tx));
      await expect(one(db)).resolves.toBe(1);
      await expect(db.transaction((tx) => one(tx))).resolves.toBe(1);

      // Side by side: on PGlite the second waits for the first's connection, outside its callback.
      await expect(
        Promise.all([db.transaction((tx) => one(tx)), db.transaction((tx) => one(tx))]),
      ).resolves.toEqual([1, 1]);
    },
    TEST_TIMEOUT,
  );
});

const describePg = usingPostgres ? describe : describe.skip;

describePg('on PostgreSQL in production (poolInTransaction: warn)', () => {
  it(
    'a pool query inside a transaction is logged and runs on a second connection',
    async () => {
      const testDb = await createTestDatabase();
      const handle = await openDatabase({
        databaseUrl: testDb.databaseUrl,
        pgliteDataDir: testDb.pgliteDataDir,
        poolInTransaction: 'warn',
      });
      const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const db = handle.dataSource;
        const seen = await db.transaction(async (tx) => {
          await tx.query(SET_MARK);
          return markOf(db);
        });
        // The second connection does not see the transaction's own work: why it is a bug.
        expect(seen).toBeFalsy();
        expect(warned).toHaveBeenCalledWith(expect.stringMatching(DEADLOCK));
      } finally {
        warned.mockRestore();
        await handle.close();
        await testDb.dispose();
      }
    },
    TEST_TIMEOUT,
  );
});
