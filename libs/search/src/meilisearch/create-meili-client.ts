import { Meilisearch, type Settings, type Task } from 'meilisearch';
import type { MeiliIndexClient, MeiliTaskResult } from './meili-client.js';

const WAIT = { timeout: 60_000, interval: 50 };

/** Wraps the official client: every write waits for its task and reports its outcome. */
export function createMeiliIndexClient(
  host: string,
  apiKey: string,
  uid: string,
): MeiliIndexClient {
  const client = new Meilisearch({ host, apiKey, timeout: 10_000 });
  const index = client.index(uid);
  const result = (task: Task): MeiliTaskResult => ({
    status: task.status,
    error: task.error ? { message: task.error.message, code: task.error.code } : null,
  });
  return {
    async ensureIndex(indexUid, primaryKey) {
      const task = await client.createIndex(indexUid, { primaryKey }).waitTask(WAIT);
      // An existing index is fine: creation is idempotent for us.
      return task.error?.code === 'index_already_exists' ? null : result(task);
    },
    getSettings: async () => (await index.getSettings()) as Record<string, unknown>,
    updateSettings: async (settings) =>
      result(await index.updateSettings(settings as Settings).waitTask(WAIT)),
    addDocuments: async (docs) =>
      result(await index.addDocuments(docs, { primaryKey: 'id' }).waitTask(WAIT)),
    deleteDocuments: async (ids) => result(await index.deleteDocuments(ids).waitTask(WAIT)),
    deleteAllDocuments: async () => result(await index.deleteAllDocuments().waitTask(WAIT)),
    search: async (q, params) => {
      const res = await index.search(q, params);
      return {
        hits: res.hits as Record<string, unknown>[],
        estimatedTotalHits: 'estimatedTotalHits' in res ? res.estimatedTotalHits : undefined,
        totalHits:
          'totalHits' in res && typeof res.totalHits === 'number' ? res.totalHits : undefined,
        facetDistribution: res.facetDistribution as
          Record<string, Record<string, number>> | undefined,
      };
    },
    stats: async () => ({ numberOfDocuments: (await index.getStats()).numberOfDocuments }),
    allIds: async () => {
      const ids = new Map<string, number>();
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments<{ id: string; updatedAt: number }>({
          fields: ['id', 'updatedAt'],
          limit: 1000,
          offset,
        });
        for (const d of page.results) ids.set(d.id, d.updatedAt);
        if (page.results.length < 1000) return ids;
      }
    },
  };
}
