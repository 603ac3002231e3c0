import type { AppConfig } from '../config/config.schema.js';
import {
  databaseOptions,
  openDatabase,
  type DatabaseHandle,
} from '../database/data-source.factory.js';

// What the command-line tools share: the configured database, and how a failure ends them.

/** Opens the configured database (DATABASE_URL, else PGlite in PGLITE_DATA_DIR, locked). */
export function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  return openDatabase(databaseOptions(config));
}

/** Runs `work` with the configured database open; closes it afterwards, also on failure. */
export async function withConfiguredDatabase<T>(
  config: AppConfig,
  work: (db: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const db = await openConfiguredDatabase(config);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs a tool's main; a failure prints its message (after `prefix`) and exits with 1. */
export function runCli(main: () => Promise<void>, prefix?: string): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : error;
    if (prefix) console.error(prefix, message);
    else console.error(message);
    process.exit(1);
  });
}
