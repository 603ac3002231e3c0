import type { SearchQuery } from '../search-query.js';
import { SearchEngineError } from '../search-engine.js';
import type { MeiliIndexClient, MeiliSearchParams, MeiliTaskResult } from './meili-client.js';
import { buildMeiliFilter } from './meili-filter.js';
import { toMeiliDocument } from './meili-document.js';
import { MeiliSearchEngine, toSearchParams } from './meili-search-engine.js';
import { MEILI_SETTINGS, settingsDiff } from './meili-settings.js';

const ok: MeiliTaskResult = { status: 'succeeded', error: null };

// A recording stand-in for the HTTP client (the official client is not ours to test).
function fakeClient(over: Partial<MeiliIndexClient> = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  const record =
    <T>(method: string, answer: T) =>
    async (...args: unknown[]) => (calls.push({ method, args }), answer);
  const client: MeiliIndexClient = {
    uid: 'offerings',
    ensureIndex: record('ensureIndex', null),
    getSettings: async () => ({ ...MEILI_SETTINGS }),
    updateSettings: record('updateSettings', ok),
    enqueueDocuments: record('enqueueDocuments', { taskUid: 1 }),
    waitForTasks: async (tasks) => (
      calls.push({ method: 'waitForTasks', args: [tasks] }),
      tasks.map(() => ok)
    ),
    deleteDocuments: record('deleteDocuments', ok),
    deleteAllDocuments: record('deleteAllDocuments', ok),
    search: async (q, params) => (
      calls.push({ method: 'search', args: [q, params] }),
      { hits: [], totalHits: 0 }
    ),
    stats: async () => ({ numberOfDocuments: 7 }),
    allIds: async () => new Map([['a', 1]]),
    ...over,
  };
  return { client, calls };
}

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  text: '',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  ...over,
});

const failed = (code?: string): MeiliTaskResult => ({
  status: 'failed',
  error: { message: 'kapot', ...(code ? { code } : {}) },
});

describe('MeiliSearchEngine, edge cases', () => {
  it('is called meilisearch and creates the index its client names, keyed by id', async () => {
    const { client, calls } = fakeClient();
    const engine = new MeiliSearchEngine(client);
    expect(engine.name).toBe('meilisearch');
    await engine.prepare();
    expect(calls[0]).toEqual({ method: 'ensureIndex', args: ['id'] });
  });

  it('fails prepare when creating the index failed, naming the step', async () => {
    const { client } = fakeClient({ ensureIndex: async () => failed('index_creation_failed') });
    await expect(new MeiliSearchEngine(client).prepare()).rejects.toThrow(
      'Meilisearch: index aanmaken mislukt (failed): kapot',
    );
  });

  it('goes on after creating the index successfully', async () => {
    const { client, calls } = fakeClient({ ensureIndex: async () => ok });
    await new MeiliSearchEngine(client).prepare();
    expect(calls.some((c) => c.method === 'updateSettings')).toBe(false);
  });

  it('names the differing settings when applying them fails', async () => {
    const { client } = fakeClient({
      getSettings: async () => ({ ...MEILI_SETTINGS, stopWords: [], synonyms: {} }),
      updateSettings: async () => failed('invalid_settings'),
    });
    const error = await new MeiliSearchEngine(client).prepare().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchEngineError);
    expect((error as Error).message).toBe(
      'Meilisearch: instellingen (stopWords, synonyms) mislukt (failed): kapot',
    );
    expect((error as SearchEngineError).retryable).toBe(false);
  });

  it('treats a failure without an error code as retryable, and names an unknown error', async () => {
    const { client } = fakeClient({
      deleteAllDocuments: async () => ({ status: 'canceled', error: null }),
    });
    const error = (await new MeiliSearchEngine(client)
      .clear()
      .catch((e: unknown) => e)) as SearchEngineError;
    expect(error.message).toBe('Meilisearch: index legen mislukt (canceled): onbekende fout');
    expect(error.retryable).toBe(true);
  });

  it('removes the given ids, and nothing at all for none', async () => {
    const { client, calls } = fakeClient();
    const engine = new MeiliSearchEngine(client);
    await engine.remove([]);
    expect(calls).toEqual([]);
    await engine.remove(['a', 'b']);
    expect(calls).toEqual([{ method: 'deleteDocuments', args: [['a', 'b']] }]);
    const { client: bad } = fakeClient({ deleteDocuments: async () => failed('x') });
    await expect(new MeiliSearchEngine(bad).remove(['a'])).rejects.toThrow(
      'documenten verwijderen mislukt',
    );
  });

  it('clears, counts and snapshots through the client', async () => {
    const { client, calls } = fakeClient();
    const engine = new MeiliSearchEngine(client);
    await engine.clear();
    expect(calls).toEqual([{ method: 'deleteAllDocuments', args: [] }]);
    expect(await engine.count()).toBe(7);
    expect(await engine.snapshot()).toEqual(new Map([['a', 1]]));
  });

  it('writes nothing for no documents and exactly one batch for one document', async () => {
    const { client, calls } = fakeClient();
    await new MeiliSearchEngine(client).upsert([]);
    expect(calls).toEqual([]);
  });

  it('searches with the trimmed text', async () => {
    const { client, calls } = fakeClient();
    await new MeiliSearchEngine(client).search(query({ text: '  bijles  ' }));
    expect(calls[0]!.args[0]).toBe('bijles');
  });

  it('takes the exact total, and refuses an answer that only estimates', async () => {
    const total = async (res: object) => {
      const { client } = fakeClient({ search: async () => ({ hits: [{ id: 1 }], ...res }) });
      return (await new MeiliSearchEngine(client).search(query())).total;
    };
    expect(await total({ totalHits: 5, estimatedTotalHits: 9 })).toBe(5);
    expect(await total({ totalHits: 0, estimatedTotalHits: 9 })).toBe(0);
    await expect(total({ estimatedTotalHits: 9 })).rejects.toThrow(SearchEngineError);
    await expect(total({})).rejects.toThrow('zoekresultaat zonder exact totaal');
  });

  it('answers empty facets when the server sends none, and no distance without one', async () => {
    const { client } = fakeClient({
      search: async () => ({
        hits: [{ id: 'x', title: 'Titel' }],
        totalHits: 1,
        facetDistribution: {},
      }),
    });
    const result = await new MeiliSearchEngine(client).search(query());
    expect(result.facets.sectors).toEqual({});
    expect(result.hits[0]!.distanceKm).toBeNull();
    expect(result.hits[0]!.id).toBe('x');
  });

  it('falls back to the raw field when there is no formatted highlight, and excerpts descriptions', async () => {
    const long = `${'woord '.repeat(80)}einde`;
    const { client } = fakeClient({
      search: async () => ({
        hits: [
          {
            id: 'x',
            title: 'Ruwe titel',
            organisationName: 42,
            description: long,
            _formatted: { title: 7 },
          },
        ],
        totalHits: 1,
      }),
    });
    const [hit] = (await new MeiliSearchEngine(client).search(query())).hits;
    expect(hit!.highlights.map((h) => h.field)).toEqual([
      'title',
      'organisationName',
      'description',
    ]);
    expect(hit!.highlights[0]!.segments).toEqual([{ text: 'Ruwe titel', match: false }]);
    expect(hit!.highlights[1]!.segments).toEqual([{ text: '42', match: false }]);
    const description = hit!.highlights[2]!.segments;
    expect(description[description.length - 1]).toEqual({ text: '…', match: false });
    // Titles are never shortened.
    const { client: longTitle } = fakeClient({
      search: async () => ({ hits: [{ id: 'y', title: long }], totalHits: 1 }),
    });
    const [other] = (await new MeiliSearchEngine(longTitle).search(query())).hits;
    expect(other!.highlights[0]!.segments).toEqual([{ text: long, match: false }]);
    expect(other!.highlights[2]!.segments).toEqual([]);
  });
});

describe('toSearchParams', () => {
  it('asks for every facet and highlight field with the control-character tags', () => {
    const params: MeiliSearchParams = toSearchParams(query({ offset: 40, limit: 10 }));
    expect(params).toEqual({
      filter: buildMeiliFilter({}, undefined),
      sort: undefined,
      facets: [
        'interventionTypes',
        'sectors',
        'targetGroups',
        'deliveryModes',
        'costType',
        'verified',
        'organisationType',
      ],
      page: 5,
      hitsPerPage: 10,
      attributesToHighlight: ['title', 'organisationName', 'description'],
      highlightPreTag: '\u0002',
      highlightPostTag: '\u0003',
    });
  });

  it('sorts by distance only with a point', () => {
    expect(toSearchParams(query({ sort: 'DISTANCE' })).sort).toBeUndefined();
    expect(toSearchParams(query({ sort: 'DISTANCE', point: { lat: 52, lng: 5 } })).sort).toEqual([
      '_geoPoint(52, 5):asc',
    ]);
  });
});

describe('buildMeiliFilter field names', () => {
  it('filters each facet on its own attribute', () => {
    expect(buildMeiliFilter({ sectors: ['PO'] })).toContain('sectors IN');
    expect(buildMeiliFilter({ targetGroups: ['PARENTS'] })).toContain('targetGroups IN');
    expect(buildMeiliFilter({ deliveryModes: ['ONLINE'] })).toContain('deliveryModes IN');
    expect(buildMeiliFilter({ organisationTypes: ['FOUNDATION'] })).toContain(
      'organisationType IN',
    );
  });
});

describe('toMeiliDocument', () => {
  it('copies the document, without sharing it', () => {
    const doc = { id: 'a', location: null } as unknown as Parameters<typeof toMeiliDocument>[0];
    const copy = toMeiliDocument(doc);
    expect(copy).toEqual(doc);
    expect(copy).not.toBe(doc);
  });
});

describe('settingsDiff, normalising', () => {
  const ours = {
    lists: ['b', 'a'],
    searchableAttributes: ['title', 'city'],
    nested: { x: 1, y: ['q', 'p'], gone: null },
    objects: [{ b: 1, a: 2 }],
  };

  it('ignores the order of attribute lists and object keys, and null or missing values', () => {
    expect(
      settingsDiff(
        {
          lists: ['a', 'b'],
          searchableAttributes: ['title', 'city'],
          nested: { y: ['p', 'q'], x: 1, extra: undefined },
          objects: [{ a: 2, b: 1 }],
        },
        ours,
      ),
    ).toEqual([]);
  });

  it('sees a changed value inside a nested object or list of objects', () => {
    expect(
      settingsDiff(
        {
          lists: ['a', 'b'],
          searchableAttributes: ['city', 'title'],
          nested: { x: 2, y: ['p', 'q'] },
          objects: [{ a: 2, b: 3 }],
        },
        ours,
      ).sort(),
    ).toEqual(['nested', 'objects', 'searchableAttributes']);
  });

  it('keeps the order of lists that are not all strings', () => {
    expect(settingsDiff({ mixed: [2, 1] }, { mixed: [1, 2] })).toEqual(['mixed']);
    expect(settingsDiff({ mixed: ['b', 1] }, { mixed: [1, 'b'] })).toEqual(['mixed']);
  });
});

describe('paging through Meilisearch page mode', () => {
  const engineAnswering = (count: number) => {
    const hits = Array.from({ length: count }, (_, i) => ({ id: `h${i}` }));
    return new MeiliSearchEngine({
      uid: 'offerings',
      ensureIndex: async () => null,
      getSettings: async () => ({}),
      updateSettings: async () => ({ status: 'succeeded', error: null }),
      enqueueDocuments: async () => ({ taskUid: 1 }),
      waitForTasks: async () => [],
      deleteDocuments: async () => ({ status: 'succeeded', error: null }),
      deleteAllDocuments: async () => ({ status: 'succeeded', error: null }),
      search: async () => ({ hits, totalHits: 100 }),
      stats: async () => ({ numberOfDocuments: 0 }),
      allIds: async () => new Map(),
    });
  };
  const page = { text: '', filters: {}, sort: 'RELEVANCE' as const };

  it('reads a whole page as is', async () => {
    const result = await engineAnswering(10).search({ ...page, offset: 20, limit: 10 });
    expect(result.hits.map((h) => h.id)).toEqual(Array.from({ length: 10 }, (_, i) => `h${i}`));
  });

  it('skips into the first page for an offset that is not a multiple of the limit', async () => {
    const result = await engineAnswering(15).search({ ...page, offset: 5, limit: 10 });
    expect(result.hits.map((h) => h.id)).toEqual(Array.from({ length: 10 }, (_, i) => `h${i + 5}`));
  });
});
