// A fresh database for the HTTP part: PostgreSQL (own database, dropped afterwards) when
// reachable, else PGlite in a temporary directory (bench/support/bench-database.ts).
import type { DataSource } from 'typeorm';
import {
  loadRows,
  pgliteDatabase,
  postgresDatabase,
  type BenchDatabase,
} from '../support/bench-database.js';
import type { Partners, Places } from './dataset.js';

export { redact, type BenchDatabase } from '../support/bench-database.js';

export async function createBenchDatabase(
  baseUrl: string,
  name: string,
): Promise<{ db: BenchDatabase; fallbackReason?: string }> {
  const { db, skipped } = await postgresDatabase(baseUrl, name);
  if (db) return { db };
  return {
    fallbackReason: skipped,
    db: pgliteDatabase('pw-bench-match-', 'PGlite (embedded, temporary directory)'),
  };
}

/** Migrates and fills the database; returns row counts. */
export function loadBenchData(
  ds: DataSource,
  places: Places,
  partners: Partners,
): Promise<Record<string, number>> {
  return loadRows(ds, { ...places, ...partners });
}
