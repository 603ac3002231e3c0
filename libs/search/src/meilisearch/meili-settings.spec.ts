import { MEILI_SETTINGS, settingsDiff } from './meili-settings.js';

describe('Meilisearch settings', () => {
  it('has Dutch stop words, synonyms, typo tolerance and geo', () => {
    expect(MEILI_SETTINGS.stopWords).toContain('de');
    expect(MEILI_SETTINGS.synonyms.bijles).toEqual(
      expect.arrayContaining(['huiswerkbegeleiding', 'tutoring', 'extra leertijd']),
    );
    expect(MEILI_SETTINGS.synonyms.huiswerkbegeleiding).toContain('bijles');
    expect(MEILI_SETTINGS.typoTolerance.enabled).toBe(true);
    expect(MEILI_SETTINGS.filterableAttributes).toContain('_geo');
    expect(MEILI_SETTINGS.sortableAttributes).toEqual(
      expect.arrayContaining(['_geo', 'updatedAt']),
    );
  });

  it('sees no difference when the server has the same settings in another order', () => {
    const server = JSON.parse(JSON.stringify(MEILI_SETTINGS)) as Record<string, unknown>;
    server.filterableAttributes = [...MEILI_SETTINGS.filterableAttributes].reverse();
    server.stopWords = [...MEILI_SETTINGS.stopWords].reverse();
    server.sortableAttributes = [...MEILI_SETTINGS.sortableAttributes].reverse();
    expect(settingsDiff(server)).toEqual([]);
  });

  it('puts sort first in the ranking rules, and the order of ranking rules matters', () => {
    expect(MEILI_SETTINGS.rankingRules[0]).toBe('sort');
    const server = JSON.parse(JSON.stringify(MEILI_SETTINGS)) as Record<string, unknown>;
    server.rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
    expect(settingsDiff(server)).toEqual(['rankingRules']);
  });

  // GET /indexes/{uid}/settings as documented for Meilisearch v1 (reference/api/settings):
  // every setting is returned, with the server's defaults filled in for what we never set.
  const documentedResponse = (): Record<string, unknown> => ({
    displayedAttributes: ['*'],
    searchableAttributes: [...MEILI_SETTINGS.searchableAttributes],
    filterableAttributes: [...MEILI_SETTINGS.filterableAttributes].sort(),
    sortableAttributes: [...MEILI_SETTINGS.sortableAttributes].sort(),
    rankingRules: [...MEILI_SETTINGS.rankingRules],
    stopWords: [...MEILI_SETTINGS.stopWords].sort(),
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: JSON.parse(JSON.stringify(MEILI_SETTINGS.synonyms)) as unknown,
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 100_000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
    facetSearch: true,
    prefixSearch: 'indexingTime',
  });

  it('settles on the documented server response: the defaults it echoes are not a difference', () => {
    expect(settingsDiff(documentedResponse())).toEqual([]);
  });

  it('still sees a change in a field we set inside a settings object', () => {
    const server = documentedResponse();
    server.typoTolerance = {
      ...(server.typoTolerance as object),
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    };
    server.pagination = { maxTotalHits: 1000 };
    expect(settingsDiff(server).sort()).toEqual(['pagination', 'typoTolerance']);
  });

  it('sees a synonym the server has and we no longer want', () => {
    const server = documentedResponse();
    server.synonyms = { ...(server.synonyms as object), oud: ['verouderd'] };
    expect(settingsDiff(server)).toEqual(['synonyms']);
  });

  it('sees a fresh index (server defaults only) as differing in every setting we own', () => {
    const fresh = {
      displayedAttributes: ['*'],
      searchableAttributes: ['*'],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      stopWords: [],
      synonyms: {},
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnWords: [],
        disableOnAttributes: [],
      },
      faceting: { maxValuesPerFacet: 100 },
      pagination: { maxTotalHits: 1000 },
      localizedAttributes: null,
    };
    expect(settingsDiff(fresh).sort()).toEqual(
      [
        'filterableAttributes',
        'localizedAttributes',
        'pagination',
        'rankingRules',
        'searchableAttributes',
        'sortableAttributes',
        'stopWords',
        'synonyms',
        'typoTolerance',
      ].sort(),
    );
  });

  it('names the settings that differ (searchable order matters)', () => {
    const server = JSON.parse(JSON.stringify(MEILI_SETTINGS)) as Record<string, unknown>;
    server.searchableAttributes = [...MEILI_SETTINGS.searchableAttributes].reverse();
    server.synonyms = {};
    delete server.localizedAttributes;
    expect(settingsDiff(server).sort()).toEqual([
      'localizedAttributes',
      'searchableAttributes',
      'synonyms',
    ]);
  });
});
