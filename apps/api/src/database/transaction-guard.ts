import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

// PGlite is one connection. Inside `db.transaction(cb)` the transaction holds it, so a query
// through the pool (the DataSource, a repository on it, another `db.transaction`) waits for it
// for ever while the transaction waits for the query: every later request hangs (decision
// 0035). The guard marks the callback and refuses such a connection request at once.

/** `refuse`: the pool request fails; `warn`: it is logged and runs on another connection. */
export type PoolInTransactionMode = 'refuse' | 'warn';

export const POOL_IN_TRANSACTION_MESSAGE =
  "pool query inside a transaction would deadlock PGlite; use the transaction's manager";

export class PoolInTransactionError extends Error {
  override readonly name = 'PoolInTransactionError';
  constructor() {
    super(
      `${POOL_IN_TRANSACTION_MESSAGE} (the \`tx\` given to the callback), not the DataSource, ` +
        'a repository on it or a nested db.transaction; on PostgreSQL it would take a second ' +
        "connection that does not see the transaction's writes",
    );
  }
}

/** A running transaction callback; `open` turns false when it ends, for work that outlives it. */
interface Mark {
  dataSource: DataSource;
  open: boolean;
  /** The mark this one was started inside (a transaction on another DataSource). */
  outer: Mark | undefined;
}

const marks = new AsyncLocalStorage<Mark>();
const logger = new Logger('Database');

function insideTransactionOf(dataSource: DataSource): boolean {
  for (let mark = marks.getStore(); mark; mark = mark.outer) {
    if (mark.dataSource === dataSource && mark.open) return true;
  }
  return false;
}

type Callback<T> = (tx: EntityManager) => Promise<T>;

function marked<T>(dataSource: DataSource, run: Callback<T>): Callback<T> {
  return (tx) => {
    const mark: Mark = { dataSource, open: true, outer: marks.getStore() };
    return marks.run(mark, async () => {
      try {
        return await run(tx);
      } finally {
        mark.open = false;
      }
    });
  };
}

interface PoolDriver {
  obtainMasterConnection(): Promise<unknown>;
}

/**
 * Marks every `dataSource.transaction` callback and checks each connection request of the
 * pool against it: one AsyncLocalStorage lookup per request, none per query.
 */
export function guardPoolInTransactions(dataSource: DataSource, mode: PoolInTransactionMode): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (
    isolation: unknown,
    run?: Callback<unknown>,
  ) => Promise<unknown>;
  // DataSource.transaction hands over to its manager, so this covers both.
  manager.transaction = ((isolationOrRun: unknown, run?: Callback<unknown>) =>
    typeof isolationOrRun === 'function'
      ? transaction(marked(dataSource, isolationOrRun as Callback<unknown>))
      : transaction(
          isolationOrRun,
          run && marked(dataSource, run),
        )) as EntityManager['transaction'];

  const driver = dataSource.driver as unknown as PoolDriver;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => {
    if (!insideTransactionOf(dataSource)) return obtain();
    const error = new PoolInTransactionError();
    if (mode === 'warn') {
      logger.warn(`${error.message}\n${error.stack ?? ''}`);
      return obtain();
    }
    logger.error(error.message, error.stack);
    return Promise.reject(error);
  };
}
