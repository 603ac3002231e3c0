import { EmbeddedSearchEngine } from '@partnerwijzer/search';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { createTestDatabase } from '../support/test-database.js';
import { describeSearchContract } from './search-contract.js';

// The embedded engine on a real, migrated database (PGlite, or PostgreSQL with DATABASE_URL).
describeSearchContract(
  'embedded (PostgreSQL full text + pg_trgm)',
  async () => {
    const testDb = await createTestDatabase();
    const db = await openDatabase({
      databaseUrl: testDb.databaseUrl,
      pgliteDataDir: testDb.pgliteDataDir,
    });
    await db.dataSource.runMigrations({ transaction: 'each' });
    return {
      engine: new EmbeddedSearchEngine(db.dataSource),
      close: async () => {
        await db.close();
        await testDb.dispose();
      },
    };
  },
  // Dutch stemming does not split compounds; the synonym lezen → lees* covers "leesprogramma".
  { stemsCompounds: true },
);
