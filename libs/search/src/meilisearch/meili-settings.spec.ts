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
    server.rankingRules = ['words', 'typo']; // not ours to manage
    expect(settingsDiff(server)).toEqual([]);
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
