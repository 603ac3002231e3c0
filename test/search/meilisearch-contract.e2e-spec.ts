import {
  createMeiliIndexClient,
  ensureMeiliKeys,
  MeiliSearchEngine,
  removeMeiliIndexAndKeys,
} from '@partnerwijzer/search';
import { describeSearchContract } from './search-contract.js';

// Runs the same contract against a real Meilisearch when MEILI_URL (and MEILI_MASTER_KEY)
// are set. No server can run on these machines, so without them it is skipped — loudly.
// It creates the app's two scoped keys with the master key and uses only those, on an index
// with a non-default name, so both are checked against the real server. Afterwards it deletes
// that index and both keys (removeMeiliIndexAndKeys), so a run leaves nothing on the server.
const url = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY ?? '';

if (url) {
  const uid = `pw_contract_${Date.now().toString(36)}`;
  describeSearchContract(
    `meilisearch (${url})`,
    async () => ({
      engine: new MeiliSearchEngine(
        createMeiliIndexClient(url, await ensureMeiliKeys(url, masterKey, uid), uid),
      ),
      close: () => removeMeiliIndexAndKeys(url, masterKey, uid),
    }),
    { stemsCompounds: true },
  );
} else {
  console.warn(
    'SKIPPED Meilisearch contract suite: MEILI_URL is not set (no Meilisearch server on this machine)',
  );
  describe.skip('search contract: meilisearch (SKIPPED: MEILI_URL not set)', () => {
    it('runs when MEILI_URL is set', () => undefined);
  });
}
