import { describe, expect, it } from '@jest/globals';

import { inLanguage, languagesOf, sortMatches } from './sort-matches';

const match = (id: string, km: number | null, confirmed: string | null, languages = ['nl']) => ({
  id,
  distanceKm: km,
  offering: { lastConfirmedAt: confirmed, languages },
  organisation: { lastConfirmedAt: null },
});

describe('sortMatches', () => {
  const list = [
    match('a', 12, '2026-01-10T00:00:00Z'),
    match('b', null, '2026-11-01T00:00:00Z', ['nl', 'en']),
    match('c', 3, null, ['tr']),
    match('d', 3, '2025-05-01T00:00:00Z'),
  ];

  it('keeps the API order for relevance', () => {
    expect(sortMatches(list, 'relevantie').map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the nearest first, ties in API order, unknown distance last', () => {
    expect(sortMatches(list, 'afstand').map((m) => m.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('puts the most recently confirmed first, never confirmed last', () => {
    expect(sortMatches(list, 'bevestigd').map((m) => m.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('narrows by language and lists the languages on offer', () => {
    expect(inLanguage(list, 'en').map((m) => m.id)).toEqual(['b']);
    expect(inLanguage(list, null)).toHaveLength(4);
    expect(languagesOf(list).sort()).toEqual(['en', 'nl', 'tr']);
  });
});
