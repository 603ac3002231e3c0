import { Meilisearch, type Settings, type Task } from 'meilisearch';
import type { MeiliIndexClient, MeiliTaskResult } from './meili-client.js';

const WAIT = { timeout: 60_000, interval: 50 };

export interface MeiliKeys {
  /** Writes documents and settings of our index (an admin key scoped to it, not the master key). */
  adminKey: string;
  /** Only searches; used for every query, so a leaked query path cannot write. */
  searchKey: string;
}

/** Wraps the official client: every write waits for its task and reports its outcome. */
export function createMeiliIndexClient(
  host: string,
  keys: MeiliKeys,
  uid: string,
): MeiliIndexClient {
  const admin = new Meilisearch({ host, apiKey: keys.adminKey, timeout: 10_000 });
  const reader = new Meilisearch({ host, apiKey: keys.searchKey, timeout: 10_000 });
  const index = admin.index(uid);
  const result = (task: Task): MeiliTaskResult => ({
    status: task.status,
    error: task.error ? { message: task.error.message, code: task.error.code } : null,
  });
  return {
    uid,
    async ensureIndex(primaryKey) {
      const task = await admin.createIndex(uid, { primaryKey }).waitTask(WAIT);
      // An existing index is fine: creation is idempotent for us.
      return task.error?.code === 'index_already_exists' ? null : result(task);
    },
    getSettings: async () => (await index.getSettings()) as Record<string, unknown>,
    updateSettings: async (settings) =>
      result(await index.updateSettings(settings as Settings).waitTask(WAIT)),
    enqueueDocuments: async (docs) => {
      const { taskUid } = await index.addDocuments(docs, { primaryKey: 'id' });
      return { taskUid };
    },
    waitForTasks: async (tasks) =>
      (
        await admin.tasks.waitForTasks(
          tasks.map((t) => t.taskUid),
          WAIT,
        )
      ).map(result),
    deleteDocuments: async (ids) => result(await index.deleteDocuments(ids).waitTask(WAIT)),
    deleteAllDocuments: async () => result(await index.deleteAllDocuments().waitTask(WAIT)),
    search: async (q, params) => {
      const res = await reader.index(uid).search(q, params);
      return {
        hits: res.hits as Record<string, unknown>[],
        estimatedTotalHits:
          'estimatedTotalHits' in res && typeof res.estimatedTotalHits === 'number'
            ? res.estimatedTotalHits
            : undefined,
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
