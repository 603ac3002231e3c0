import { GRONINGEN_CENTRE, NOW, offering, SCHIEDAM, type MatchScenario } from './scenario.js';

// A partner in Groningen with national coverage reaches Schiedam: distance never decides
// coverage. Only the explicit maxDistanceKm filter uses it, and then a partner without a
// location cannot be shown to be near enough, so it drops out.
export const maxDistance: MatchScenario = {
  name: 'maxDistanceKm',
  offerings: [
    offering({ id: 'dichtbij', partnerLocation: { lat: 51.93, lng: 4.41 } }),
    offering({ id: 'groningen', partnerLocation: GRONINGEN_CENTRE }),
    offering({ id: 'zonder-adres', partnerLocation: null }),
  ],
  cases: [
    {
      description: 'no filter: all three, nearest first on equal score, unknown distance last',
      query: { ...SCHIEDAM, needs: [{ code: 'EXTRA_LEERTIJD' }], now: NOW },
      expected: {
        ids: ['dichtbij', 'groningen', 'zonder-adres'],
        totalMatches: 3,
        // All score 68: the smallest id.
        bundle: ['dichtbij'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
        distances: { dichtbij: 1.5, groningen: 205.9, 'zonder-adres': null },
        reasons: { groningen: ['werkt landelijk', 'partner op 205,9 km'] },
      },
    },
    {
      description: 'maxDistanceKm 10',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'EXTRA_LEERTIJD' }],
        filters: { maxDistanceKm: 10 },
        now: NOW,
      },
      expected: {
        ids: ['dichtbij'],
        totalMatches: 1,
        bundle: ['dichtbij'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
    {
      description: 'maxDistanceKm 300',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'EXTRA_LEERTIJD' }],
        filters: { maxDistanceKm: 300 },
        now: NOW,
      },
      expected: {
        ids: ['dichtbij', 'groningen'],
        totalMatches: 2,
        bundle: ['dichtbij'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
  ],
};
