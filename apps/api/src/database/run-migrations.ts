import type { Migration } from 'typeorm';
import type { DatabaseHandle } from './data-source.factory.js';

// pg_advisory_lock key for "migrations are running" ('PWMG'), beside the search sync's 'PWSY'.
export const MIGRATION_LOCK = 0x50574d47;

export interface MigrationLockOptions {
  /** Give up waiting for another process's migrations after this long. */
  waitMs?: number;
  /** How often to ask for the lock while another process holds it. */
  pollMs?: number;
}

/**
 * Runs the pending migrations, one process at a time. Two replicas (or a replica and the
 * migration Job) starting together on an empty PostgreSQL database both saw every migration
 * pending and both ran them: the second failed ("relation … already exists") and its process
 * did not start. On PostgreSQL a session-level advisory lock on a connection of its own now
 * serialises them; the second finds nothing left to do. The lock is asked for with
 * pg_try_advisory_lock in a loop, so neither the statement timeout nor the client's query
 * timeout ends the wait. PGlite needs no lock (one process per data folder) and could not take
 * one here: its pool has a single connection, which the migrations need.
 */
export async function runMigrationsOneAtATime(
  db: DatabaseHandle,
  { waitMs = 10 * 60_000, pollMs = 250 }: MigrationLockOptions = {},
): Promise<Migration[]> {
  if (db.driver !== 'postgres') return db.dataSource.runMigrations({ transaction: 'each' });
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  try {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS ok`, [
        MIGRATION_LOCK,
      ])) as { ok: boolean }[];
      if (row?.ok) break;
      if (Date.now() >= deadline) {
        throw new Error(
          `Een ander proces voert al ${Math.round(waitMs / 1000)} s migraties uit; gestopt met wachten (another process has been migrating for too long)`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    try {
      return await db.dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
