import { ensureMeiliKeys } from '@partnerwijzer/search';
import { loadConfig } from '../config/config.schema.js';
import { runCli } from './cli-support.js';

// Creates (or finds) the two Meilisearch keys the app should use instead of the master key:
// an admin key for our index only, and a search-only key. Run once with MEILI_URL and
// MEILI_MASTER_KEY; prints the lines to put in .env. Repeatable: the keys' uids are fixed.
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.MEILI_URL || !config.MEILI_MASTER_KEY) {
    throw new Error('zet MEILI_URL en MEILI_MASTER_KEY (set MEILI_URL and MEILI_MASTER_KEY)');
  }
  const keys = await ensureMeiliKeys(config.MEILI_URL, config.MEILI_MASTER_KEY, config.MEILI_INDEX);
  console.log(`# Meilisearch-sleutels voor index ${config.MEILI_INDEX} (zet in .env):`);
  console.log(`MEILI_ADMIN_KEY=${keys.adminKey}`);
  console.log(`MEILI_SEARCH_KEY=${keys.searchKey}`);
}

runCli(main, 'Sleutels maken mislukt (creating keys failed):');
