import { runMigrationsOneAtATime } from '../database/run-migrations.js';
import { loadConfig } from '../config/config.schema.js';
import { runCli, withConfiguredDatabase } from './cli-support.js';

// Runs pending migrations against the configured database (DATABASE_URL or PGlite).
async function main(): Promise<void> {
  const config = loadConfig();
  await withConfiguredDatabase(config, async (db) => {
    const ran = await runMigrationsOneAtATime(db);
    console.log(
      ran.length
        ? `Uitgevoerd: ${ran.map((m) => m.name).join(', ')}`
        : 'Geen openstaande migraties.',
    );
  });
}

runCli(main);
