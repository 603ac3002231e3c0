import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config/config.schema.js';
import { databaseOptions } from './data-source.factory.js';
import { guardPoolInTransactions, PoolInTransactionError } from './transaction-guard.js';

// The guard's marking over a stand-in DataSource: what it hands out is recorded, no database.
// The real pools (PGlite, PostgreSQL) are in test/api/pool-in-transaction.e2e-spec.ts.

interface Fake {
  dataSource: DataSource;
  /** Connection requests the pool answered. */
  connections: number;
}

function fakeDataSource(): Fake {
  const fake: Fake = { connections: 0, dataSource: undefined as unknown as DataSource };
  const manager = {
    transaction: async (
      isolationOrRun: unknown,
      run?: (tx: EntityManager) => Promise<unknown>,
    ): Promise<unknown> => {
      const callback = typeof isolationOrRun === 'function' ? isolationOrRun : run;
      return (callback as (tx: EntityManager) => Promise<unknown>)({} as EntityManager);
    },
  };
  const driver = {
    obtainMasterConnection: async () => {
      fake.connections += 1;
      return ['connection', () => undefined];
    },
  };
  fake.dataSource = { manager, driver } as unknown as DataSource;
  return fake;
}

const obtain = (dataSource: DataSource): Promise<unknown> =>
  (
    dataSource.driver as unknown as { obtainMasterConnection(): Promise<unknown> }
  ).obtainMasterConnection();

describe('guardPoolInTransactions', () => {
  afterEach(() => jest.restoreAllMocks());

  it('refuses a connection request inside a transaction callback, with or without an isolation level', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { dataSource } = fakeDataSource();
    guardPoolInTransactions(dataSource, 'refuse');
    await expect(dataSource.manager.transaction(() => obtain(dataSource))).rejects.toThrow(
      PoolInTransactionError,
    );
    await expect(
      dataSource.manager.transaction('SERIALIZABLE', () => obtain(dataSource)),
    ).rejects.toThrow(/would deadlock PGlite/);
    await expect(obtain(dataSource)).resolves.toBeDefined();
  });

  it('does not flag work started in the callback that asks for a connection after it ended', async () => {
    const fake = fakeDataSource();
    guardPoolInTransactions(fake.dataSource, 'refuse');
    let ended!: () => void;
    const afterwards = new Promise<void>((resolve) => (ended = resolve));
    let later: Promise<unknown> | undefined;
    await fake.dataSource.manager.transaction(async () => {
      later = afterwards.then(() => obtain(fake.dataSource));
    });
    ended();
    await expect(later).resolves.toBeDefined();
    expect(fake.connections).toBe(1);
  });

  it("does not flag another DataSource's pool, also inside a transaction on that one", async () => {
    const a = fakeDataSource();
    const b = fakeDataSource();
    guardPoolInTransactions(a.dataSource, 'refuse');
    guardPoolInTransactions(b.dataSource, 'refuse');
    await a.dataSource.manager.transaction(() => obtain(b.dataSource));
    expect(b.connections).toBe(1);
    // A transaction on b inside one on a: a's pool is still held by a's transaction.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(
      a.dataSource.manager.transaction(() =>
        b.dataSource.manager.transaction(() => obtain(a.dataSource)),
      ),
    ).rejects.toThrow(PoolInTransactionError);
  });

  it('in warn mode logs the request and lets it through', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const fake = fakeDataSource();
    guardPoolInTransactions(fake.dataSource, 'warn');
    await fake.dataSource.manager.transaction(() => obtain(fake.dataSource));
    expect(fake.connections).toBe(1);
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/would deadlock PGlite/));
  });
});

describe('databaseOptions', () => {
  it('refuses pool queries in transactions on PostgreSQL except in production, where it warns', () => {
    const site = 'https://partnerwijzer.example.nl';
    expect(databaseOptions(loadConfig({ NODE_ENV: 'test' })).poolInTransaction).toBe('refuse');
    expect(databaseOptions(loadConfig({ NODE_ENV: 'development' })).poolInTransaction).toBe(
      'refuse',
    );
    expect(
      databaseOptions(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: site })).poolInTransaction,
    ).toBe('warn');
  });
});
