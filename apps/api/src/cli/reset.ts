import { loadConfig } from '../config/config.schema.js';
import { openDatabase } from '../database/data-source.factory.js';
import { seedDemoDataIfEmpty } from '../database/seeds/demo-seed.js';

// drop → migrate → seed: a clean database with the demo data. Destroys all data.
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    await db.dataSource.query('DROP SCHEMA public CASCADE');
    await db.dataSource.query('CREATE SCHEMA public');
    await db.dataSource.runMigrations({ transaction: 'each' });
    const seeded = config.SEED_DEMO_DATA && (await seedDemoDataIfEmpty(db.dataSource));
    console.log(`Database leeggemaakt en gemigreerd${seeded ? ', voorbeelddata geladen' : ''}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
