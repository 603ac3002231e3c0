import { runMigrationsOneAtATime } from '../database/run-migrations.js';
import { loadConfig } from '../config/config.schema.js';
import { runCli, withConfiguredDatabase } from './cli-support.js';
import { createProgressReporter } from '../modules/imports/index.js';
import { createSearchEngine, reindexAll } from '../modules/search/index.js';

// Rebuilds the search index (Meilisearch when MEILI_URL is set, else the embedded one)
// from PostgreSQL. Safe while the API runs: its sync worker replays what changes meanwhile.
async function main(): Promise<void> {
  const config = loadConfig();
  await withConfiguredDatabase(config, async (db) => {
    await runMigrationsOneAtATime(db);
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
  });
}

runCli(main, 'Herindexeren mislukt (reindex failed):');
