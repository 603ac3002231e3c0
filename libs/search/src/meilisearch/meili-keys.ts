import { createHash } from 'node:crypto';
import { Meilisearch } from 'meilisearch';

/** What a Meilisearch API key may do (POST /keys), scoped to one index. */
export interface MeiliKeyDefinition {
  uid: string;
  name: string;
  description: string;
  actions: string[];
  indexes: string[];
  expiresAt: null;
}

// A key's uid fixes its value (the server derives the key from uid + master key), so a stable
// uid per index and role makes creating the keys repeatable: a second run finds them.
function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The two keys the app needs for `index`: one to maintain it, one only to search it. */
export function meiliKeyDefinitions(index: string): {
  admin: MeiliKeyDefinition;
  search: MeiliKeyDefinition;
} {
  return {
    admin: {
      uid: stableUuid(`partnerwijzer-admin:${index}`),
      name: `partnerwijzer-admin-${index}`,
      description: `Partnerwijzer: index ${index} bijhouden (documenten, instellingen, taken)`,
      actions: [
        'indexes.create',
        'indexes.get',
        'indexes.update',
        'documents.add',
        'documents.get',
        'documents.delete',
        'settings.get',
        'settings.update',
        'tasks.get',
        'stats.get',
        'search',
      ],
      indexes: [index],
      expiresAt: null,
    },
    search: {
      uid: stableUuid(`partnerwijzer-search:${index}`),
      name: `partnerwijzer-search-${index}`,
      description: `Partnerwijzer: alleen zoeken in index ${index}`,
      actions: ['search'],
      indexes: [index],
      expiresAt: null,
    },
  };
}

/** Finds or creates both keys with the master key; returns their values. */
export async function ensureMeiliKeys(
  host: string,
  masterKey: string,
  index: string,
): Promise<{ adminKey: string; searchKey: string }> {
  const client = new Meilisearch({ host, apiKey: masterKey, timeout: 10_000 });
  const keyFor = async (definition: MeiliKeyDefinition) => {
    try {
      return (await client.getKey(definition.uid)).key;
    } catch {
      return (await client.createKey(definition)).key;
    }
  };
  const { admin, search } = meiliKeyDefinitions(index);
  return { adminKey: await keyFor(admin), searchKey: await keyFor(search) };
}

/**
 * Deletes `index` and its two keys with the master key: what a run against a real server made
 * (the contract suite) is not left behind. DELETE /indexes/{uid} is a task, waited for; an index
 * or key that is not there (index_not_found, api_key_not_found) is already what was asked.
 */
export async function removeMeiliIndexAndKeys(
  host: string,
  masterKey: string,
  index: string,
): Promise<void> {
  const client = new Meilisearch({ host, apiKey: masterKey, timeout: 10_000 });
  const task = await client.deleteIndex(index).waitTask({ timeout: 30_000 });
  if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
    throw new Error(
      `Meilisearch-index ${index} niet verwijderd (index not deleted): ${task.error?.message ?? task.status}`,
    );
  }
  for (const key of Object.values(meiliKeyDefinitions(index))) {
    try {
      await client.deleteKey(key.uid);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== 'api_key_not_found') throw error;
    }
  }
}
