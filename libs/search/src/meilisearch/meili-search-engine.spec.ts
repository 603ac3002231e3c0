import type { OfferingDocument } from '../offering-document.js';
import { SearchEngineError } from '../search-engine.js';
import type { MeiliIndexClient, MeiliSearchParams, MeiliTaskResult } from './meili-client.js';
import { toMeiliDocument } from './meili-document.js';
import { MeiliSearchEngine, pageFor, toSearchParams } from './meili-search-engine.js';
import { MEILI_SETTINGS } from './meili-settings.js';

const ok: MeiliTaskResult = { status: 'succeeded', error: null };

// A recording stand-in for the HTTP client: the adapter's own logic is what is under test.
function fakeClient(over: Partial<MeiliIndexClient> = {}) {
  const calls: { method: string; arg?: unknown }[] = [];
  const client: MeiliIndexClient = {
    uid: 'offerings',
    ensureIndex: async (key) => (calls.push({ method: 'ensureIndex', arg: key }), null),
    getSettings: async () => ({}),
    updateSettings: async (s) => (calls.push({ method: 'updateSettings', arg: s }), ok),
    enqueueDocuments: async (docs) => {
      calls.push({ method: 'enqueueDocuments', arg: docs });
      return { taskUid: calls.length };
    },
    waitForTasks: async (tasks) => {
      calls.push({ method: 'waitForTasks', arg: tasks });
      return tasks.map(() => ok);
    },
    deleteDocuments: async (ids) => (calls.push({ method: 'deleteDocuments', arg: ids }), ok),
    deleteAllDocuments: async () => ok,
    search: async () => ({ hits: [], totalHits: 0 }),
    stats: async () => ({ numberOfDocuments: 0 }),
    allIds: async () => new Map(),
    ...over,
  };
  return { client, calls };
}

const doc = (id: string): OfferingDocument => ({
  id,
  organisationId: 'org',
  organisationName: 'Org',
  organisationType: 'FOUNDATION',
  organisationDescription: '',
  title: 'T',
  description: 'D',
  interventionTypes: ['MENTORING'],
  interventionLabels: ['Mentoring'],
  sectors: ['PO'],
  targetGroups: [],
  deliveryModes: [],
  costType: 'FREE',
  costAmountEur: null,
  fundingRoutes: [],
  languages: ['nl'],
  verified: true,
  national: true,
  provinceCodes: [],
  municipalityCodes: [],
  spatial: false,
  city: 'Utrecht',
  location: { lat: 52.1, lng: 5.1 },
  updatedAt: 1,
  lastConfirmedAt: null,
});

describe('MeiliSearchEngine', () => {
  it('applies only the settings that differ', async () => {
    const { client, calls } = fakeClient({
      getSettings: async () => ({ ...MEILI_SETTINGS, synonyms: {} }),
    });
    await new MeiliSearchEngine(client).prepare();
    const update = calls.find((c) => c.method === 'updateSettings');
    expect(Object.keys(update?.arg as object)).toEqual(['synonyms']);
  });

  it('applies no settings when they match', async () => {
    const { client, calls } = fakeClient({ getSettings: async () => ({ ...MEILI_SETTINGS }) });
    await new MeiliSearchEngine(client).prepare();
    expect(calls.some((c) => c.method === 'updateSettings')).toBe(false);
  });

  it('enqueues every batch before waiting, then waits for all of them at once', async () => {
    const { client, calls } = fakeClient();
    const docs = Array.from({ length: 2500 }, (_, i) => doc(`id-${i}`));
    await new MeiliSearchEngine(client).upsert(docs);
    expect(calls.map((c) => c.method)).toEqual([
      'enqueueDocuments',
      'enqueueDocuments',
      'enqueueDocuments',
      'waitForTasks',
    ]);
    const batches = calls
      .filter((c) => c.method === 'enqueueDocuments')
      .map((c) => c.arg as Record<string, unknown>[]);
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(batches[0]![0]).toMatchObject({ id: 'id-0', _geo: { lat: 52.1, lng: 5.1 } });
    expect(calls.at(-1)!.arg).toEqual([{ taskUid: 1 }, { taskUid: 2 }, { taskUid: 3 }]);
  });

  it('streams a reindex: every batch of every chunk enqueued, then one wait for all', async () => {
    const { client, calls } = fakeClient();
    async function* chunks() {
      yield Array.from({ length: 1200 }, (_, i) => doc(`a-${i}`));
      yield Array.from({ length: 300 }, (_, i) => doc(`b-${i}`));
    }
    await new MeiliSearchEngine(client).upsertStream(chunks());
    expect(calls.map((c) => c.method)).toEqual([
      'enqueueDocuments',
      'enqueueDocuments',
      'enqueueDocuments',
      'waitForTasks',
    ]);
    expect((calls[3]!.arg as unknown[]).length).toBe(3);
  });

  it('writes nothing and waits for nothing for an empty batch', async () => {
    const { client, calls } = fakeClient();
    await new MeiliSearchEngine(client).upsert([]);
    expect(calls).toEqual([]);
  });

  it('surfaces a failed task as an error naming the step and the reason', async () => {
    const { client } = fakeClient({
      waitForTasks: async (tasks) =>
        tasks.map((_, i) =>
          i === 0
            ? ok
            : {
                status: 'failed',
                error: { message: 'invalid document', code: 'invalid_document_id' },
              },
        ),
    });
    const twoBatches = Array.from({ length: 1500 }, (_, i) => doc(`id-${i}`));
    const attempt = new MeiliSearchEngine(client).upsert(twoBatches);
    await expect(attempt).rejects.toThrow(SearchEngineError);
    await expect(attempt).rejects.toThrow(
      /documenten schrijven mislukt \(failed\): invalid document/,
    );
  });

  it('lets network errors through so the sync worker retries', async () => {
    const { client } = fakeClient({
      deleteDocuments: async () => Promise.reject(new Error('ECONNREFUSED')),
    });
    await expect(new MeiliSearchEngine(client).remove(['x'])).rejects.toThrow('ECONNREFUSED');
  });

  it('maps search results: highlights, facets, distance', async () => {
    let params: MeiliSearchParams | undefined;
    const { client } = fakeClient({
      search: async (_q, p) => {
        params = p;
        return {
          hits: [
            {
              id: 'a',
              title: 'Bijles',
              _formatted: {
                title: '\u0002Bijles\u0003 thuis',
                organisationName: 'Org',
                description: 'D',
              },
              _geoDistance: 2345,
            },
          ],
          totalHits: 1,
          facetDistribution: { costType: { FREE: 1 } },
        };
      },
    });
    const result = await new MeiliSearchEngine(client).search({
      text: 'bijles',
      filters: { costTypes: ['FREE'] },
      sort: 'DISTANCE',
      point: { lat: 52, lng: 5 },
      offset: 0,
      limit: 10,
    });
    expect(params?.sort).toEqual(['_geoPoint(52, 5):asc']);
    expect(params?.filter).toBe('(costType IN ["FREE"])');
    expect(result.hits[0]!.distanceKm).toBe(2.3);
    expect(result.hits[0]!.highlights[0]).toEqual({
      field: 'title',
      segments: [
        { text: 'Bijles', match: true },
        { text: ' thuis', match: false },
      ],
    });
    expect(result.facets.costType).toEqual({ FREE: 1 });
    expect(result.facets.sectors).toEqual({});
    expect(result.total).toBe(1);
  });

  it('asks for page mode, so the total is counted exactly, and skips within a page when needed', async () => {
    expect(pageFor(0, 20)).toEqual({ page: 1, hitsPerPage: 20 });
    expect(pageFor(40, 20)).toEqual({ page: 3, hitsPerPage: 20 });
    expect(pageFor(5, 20)).toEqual({ page: 1, hitsPerPage: 25 });
    expect(pageFor(0, 0)).toEqual({ page: 1, hitsPerPage: 0 });
    const hits = Array.from({ length: 25 }, (_, i) => ({ id: `h${i}` }));
    const { client } = fakeClient({ search: async () => ({ hits, totalHits: 123 }) });
    const result = await new MeiliSearchEngine(client).search({
      text: '',
      filters: {},
      sort: 'RELEVANCE',
      offset: 5,
      limit: 20,
    });
    expect(result.total).toBe(123);
    expect(result.hits.map((h) => h.id)).toEqual(hits.slice(5, 25).map((h) => h.id));
  });

  it('refuses an estimated total rather than passing it off as exact', async () => {
    const { client } = fakeClient({
      search: async () => ({ hits: [], estimatedTotalHits: 1000 }),
    });
    const attempt = new MeiliSearchEngine(client).search({
      text: 'x',
      filters: {},
      sort: 'RELEVANCE',
      offset: 0,
      limit: 10,
    });
    await expect(attempt).rejects.toThrow(/exact totaal/);
  });

  it('creates the index named by the client, with id as primary key', async () => {
    const { client, calls } = fakeClient();
    await new MeiliSearchEngine(client).prepare();
    expect(calls[0]).toEqual({ method: 'ensureIndex', arg: 'id' });
  });

  it('sorts by updatedAt for UPDATED and by relevance otherwise', () => {
    const base = { text: '', filters: {}, offset: 0, limit: 5 } as const;
    expect(toSearchParams({ ...base, sort: 'UPDATED' }).sort).toEqual(['updatedAt:desc']);
    expect(toSearchParams({ ...base, sort: 'RELEVANCE' }).sort).toBeUndefined();
  });

  it('leaves documents without a location without _geo', () => {
    expect('_geo' in toMeiliDocument({ ...doc('n'), location: null })).toBe(false);
  });
});
