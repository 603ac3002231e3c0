import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { openPglite } from './open-pglite.js';
import { guardPoolInTransactions, type PoolInTransactionMode } from './transaction-guard.js';

export type DatabaseDriver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  dataSource: DataSource;
  driver: DatabaseDriver;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  pgliteDataDir: string;
  logging?: boolean;
  /** PostgreSQL: connecting (also waiting for a pooled connection) gives up after this. */
  connectTimeoutMs?: number;
  /** PostgreSQL: the server cancels a statement running longer than this. */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL: what a pool query inside a transaction callback does (decision 0035); `refuse`
   * unless given. PGlite always refuses it: there it would hang for ever.
   */
  poolInTransaction?: PoolInTransactionMode;
}

// Past the server-side statement timeout, the client gives up too: a server that stopped
// answering altogether never cancels anything.
const CLIENT_GRACE_MS = 2000;

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  synchronize: false,
  migrationsRun: false,
  uuidExtension: 'pgcrypto',
} as const;

/** The database options of the app's configuration (the API, the CLIs). */
export function databaseOptions(
  config: Pick<
    AppConfig,
    | 'DATABASE_URL'
    | 'PGLITE_DATA_DIR'
    | 'DB_CONNECT_TIMEOUT_MS'
    | 'DB_STATEMENT_TIMEOUT_MS'
    | 'NODE_ENV'
  >,
): DatabaseOptions {
  return {
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    // In production PostgreSQL answers such a query (on a second connection): logged, not refused.
    poolInTransaction: config.NODE_ENV === 'production' ? 'warn' : 'refuse',
  };
}

/** Opens the configured database: PostgreSQL when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    const statementTimeoutMs = options.statementTimeoutMs ?? 30_000;
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize: 10,
      connectTimeoutMS: connectTimeoutMs,
      extra: {
        connectionTimeoutMillis: connectTimeoutMs,
        statement_timeout: statementTimeoutMs,
        query_timeout: statementTimeoutMs + CLIENT_GRACE_MS,
      },
      logging: options.logging ?? false,
    } satisfies DataSourceOptions);
    await dataSource.initialize();
    guardPoolInTransactions(dataSource, options.poolInTransaction ?? 'refuse');
    return {
      dataSource,
      driver: 'postgres',
      close: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  }

  // One owner per data folder (see data-dir-lock.ts); memory:// is private to this process.
  const lock = options.pgliteDataDir.startsWith('memory://')
    ? undefined
    : acquireDataDirLock(options.pgliteDataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await openPglite(options.pgliteDataDir);
    // PGlite is one in-process connection: a pool larger than one hangs.
    const dataSource = new DataSource({
      ...common,
      poolSize: 1,
      extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
      logging: options.logging ?? false,
    } satisfies DataSourceOptions);
    await dataSource.initialize();
    guardPoolInTransactions(dataSource, 'refuse');
    const opened = pglite;
    return {
      dataSource,
      driver: 'pglite',
      close: async () => {
        try {
          if (dataSource.isInitialized) await dataSource.destroy();
        } finally {
          try {
            if (!opened.closed) await opened.close();
          } finally {
            lock?.release();
          }
        }
      },
    };
  } catch (error) {
    if (pglite && !pglite.closed) await pglite.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
