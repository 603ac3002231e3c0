import { loadConfig } from '../config/config.schema.js';
import { openDatabase } from '../database/data-source.factory.js';

// Runs pending migrations against the configured database (DATABASE_URL or PGlite).
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    const ran = await db.dataSource.runMigrations({ transaction: 'each' });
    console.log(
      ran.length
        ? `Uitgevoerd: ${ran.map((m) => m.name).join(', ')}`
        : 'Geen openstaande migraties.',
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
