import { runMigrationsOneAtATime } from '../database/run-migrations.js';
import { loadConfig } from '../config/config.schema.js';
import { runCli, withConfiguredDatabase } from './cli-support.js';
import { seedDemoDataIfEmpty } from '../database/seeds/demo-seed.js';

// drop → migrate → seed: a clean database with the demo data. Destroys all data.
async function main(): Promise<void> {
  const config = loadConfig();
  await withConfiguredDatabase(config, async (db) => {
    await db.dataSource.query('DROP SCHEMA public CASCADE');
    await db.dataSource.query('CREATE SCHEMA public');
    await runMigrationsOneAtATime(db);
    const seeded = config.SEED_DEMO_DATA && (await seedDemoDataIfEmpty(db.dataSource));
    console.log(`Database leeggemaakt en gemigreerd${seeded ? ', voorbeelddata geladen' : ''}.`);
  });
}

runCli(main);
