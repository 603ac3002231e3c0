// Fresh benchmark databases: PGlite in a temporary directory (always) and PostgreSQL in a
// database of its own, created and dropped here (when reachable). Migrated with the API's own
// migrations, then filled in batches of JSON rows. No change_event rows are written: the
// search index is built by the timed reindex, not by the sync worker.
import type { DataSource } from 'typeorm';
import { loadRows, pgliteDatabase as freshPglite } from '../support/bench-database.js';
import type { SearchDataset } from './dataset.js';

export { postgresDatabase, redact, type BenchDatabase } from '../support/bench-database.js';

export const pgliteDatabase = () =>
  freshPglite('pw-bench-search-', 'PGlite (embedded PostgreSQL in WASM, temporary directory)');

/** Migrates and fills a fresh database; returns row counts. */
export function loadDataset(ds: DataSource, data: SearchDataset): Promise<Record<string, number>> {
  return loadRows(ds, data);
}
