import {
  allMet,
  daysAgo,
  GRONINGEN_CENTRE,
  offering,
  query,
  VLAARDINGEN_CENTRE,
  type MatchScenario,
} from './scenario.js';

// A school leader in Schiedam orders the same four national offerings by fit, by distance to
// the partner and by when the offering was last confirmed, and narrows them to a language. The
// order and the filter apply before the limit: the first page is the nearest two of all four,
// not the nearest two of the best two.
const needs = [{ code: 'EXTRA_LEERTIJD' as const }];
const expectedLanguages = ['ar', 'en', 'nl', 'tr'];

export const sortAndLanguages: MatchScenario = {
  name: 'sort and languages',
  offerings: [
    offering({
      id: 'bewezen-groningen',
      evidenceRegister: 'NJI',
      evidenceLevel: 'STRONG_EVIDENCE',
      partnerLocation: GRONINGEN_CENTRE,
      lastConfirmedAt: daysAgo(200),
      languages: ['nl', 'en'],
    }),
    offering({
      id: 'dichtbij',
      partnerLocation: { lat: 51.93, lng: 4.41 },
      lastConfirmedAt: daysAgo(100),
      languages: ['nl', 'tr'],
    }),
    offering({
      id: 'vers-zonder-adres',
      partnerLocation: null,
      lastConfirmedAt: daysAgo(1),
      languages: ['AR'],
    }),
    offering({
      id: 'nooit-bevestigd',
      partnerLocation: VLAARDINGEN_CENTRE,
      lastConfirmedAt: null,
      languages: [],
    }),
  ],
  cases: [
    {
      description: 'relevance (the default): best evidence first, then fresher, then nearer',
      query: query(needs),
      expected: {
        ids: ['bewezen-groningen', 'dichtbij', 'vers-zonder-adres', 'nooit-bevestigd'],
        totalMatches: 4,
        ...allMet(['bewezen-groningen'], ['EXTRA_LEERTIJD']),
        languages: expectedLanguages,
      },
    },
    {
      description: 'DISTANCE: nearest partner first, a partner without an address last',
      query: query(needs, { sort: 'DISTANCE' }),
      expected: {
        ids: ['dichtbij', 'nooit-bevestigd', 'bewezen-groningen', 'vers-zonder-adres'],
        totalMatches: 4,
        ...allMet(['bewezen-groningen'], ['EXTRA_LEERTIJD']),
        distances: { dichtbij: 1.5, 'vers-zonder-adres': null },
      },
    },
    {
      description: 'RECENTLY_CONFIRMED: newest confirmation first, never confirmed last',
      query: query(needs, { sort: 'RECENTLY_CONFIRMED' }),
      expected: {
        ids: ['vers-zonder-adres', 'dichtbij', 'bewezen-groningen', 'nooit-bevestigd'],
        totalMatches: 4,
        ...allMet(['bewezen-groningen'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'DISTANCE with limit 2: the nearest two of all four, total still 4',
      query: query(needs, { sort: 'DISTANCE', limit: 2 }),
      expected: {
        ids: ['dichtbij', 'nooit-bevestigd'],
        totalMatches: 4,
        ...allMet(['bewezen-groningen'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'language tr: one match, counted as one; the choices stay all four languages',
      query: query(needs, { filters: { languages: ['tr'] } }),
      expected: {
        ids: ['dichtbij'],
        totalMatches: 1,
        ...allMet(['dichtbij'], ['EXTRA_LEERTIJD']),
        languages: expectedLanguages,
      },
    },
    {
      description: 'languages en or ar (any of them, case-blind), by distance',
      query: query(needs, { sort: 'DISTANCE', filters: { languages: ['EN', 'ar'] } }),
      expected: {
        ids: ['bewezen-groningen', 'vers-zonder-adres'],
        totalMatches: 2,
        ...allMet(['bewezen-groningen'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'a language nobody offers: nothing, and the need is uncovered',
      query: query(needs, { filters: { languages: ['pl'] } }),
      expected: {
        ids: [],
        totalMatches: 0,
        bundle: [],
        bundleNeeds: [],
        uncoveredNeeds: ['EXTRA_LEERTIJD'],
        uncoveredText: 'geen aanbod gevonden voor: extra leertijd',
        languages: expectedLanguages,
      },
    },
  ],
};
