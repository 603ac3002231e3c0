import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { openPglite } from './open-pglite.js';

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
}

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  synchronize: false,
  migrationsRun: false,
  uuidExtension: 'pgcrypto',
} as const;

/** Opens the configured database: PostgreSQL when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize: 10,
      logging: options.logging ?? false,
    } satisfies DataSourceOptions);
    await dataSource.initialize();
    return {
      dataSource,
      driver: 'postgres',
      close: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  }

  const pglite: PGlite = await openPglite(options.pgliteDataDir);
  // PGlite is one in-process connection: a pool larger than one hangs.
  const dataSource = new DataSource({
    ...common,
    poolSize: 1,
    extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
    logging: options.logging ?? false,
  } satisfies DataSourceOptions);
  await dataSource.initialize();
  return {
    dataSource,
    driver: 'pglite',
    close: async () => {
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        if (!pglite.closed) await pglite.close();
      }
    },
  };
}
