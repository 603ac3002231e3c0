import { loadConfig } from '../config/config.schema.js';
import { openDatabase } from '../database/data-source.factory.js';
import { createProgressReporter } from '../modules/imports/index.js';
import { createSearchEngine, reindexAll } from '../modules/search/index.js';

// Rebuilds the search index (Meilisearch when MEILI_URL is set, else the embedded one)
// from PostgreSQL. Safe while the API runs: its sync worker replays what changes meanwhile.
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const engine = createSearchEngine(config, db.dataSource);
    const progress = createProgressReporter(`Zoekindex (${engine.name})`);
    const started = performance.now();
    const result = await reindexAll(db.dataSource, engine, (done, total) =>
      progress.update({ done, total }),
    );
    progress.finish();
    console.log(
      `Klaar in ${((performance.now() - started) / 1000).toFixed(1)} s: ${result.indexed} aanbiedingen geïndexeerd, ${result.removed} verouderde verwijderd.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    'Herindexeren mislukt (reindex failed):',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
