import { allMet, GRONINGEN_CENTRE, offering, query, type MatchScenario } from './scenario.js';

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
      query: query(['EXTRA_LEERTIJD']),
      expected: {
        ids: ['dichtbij', 'groningen', 'zonder-adres'],
        totalMatches: 3,
        // All score 68: the smallest id.
        ...allMet(['dichtbij'], ['EXTRA_LEERTIJD']),
        distances: { dichtbij: 1.5, groningen: 205.9, 'zonder-adres': null },
        reasons: { groningen: ['werkt landelijk', 'partner op 205,9 km'] },
      },
    },
    {
      description: 'maxDistanceKm 10',
      query: query(['EXTRA_LEERTIJD'], { filters: { maxDistanceKm: 10 } }),
      expected: {
        ids: ['dichtbij'],
        totalMatches: 1,
        ...allMet(['dichtbij'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'maxDistanceKm 300',
      query: query(['EXTRA_LEERTIJD'], { filters: { maxDistanceKm: 300 } }),
      expected: {
        ids: ['dichtbij', 'groningen'],
        totalMatches: 2,
        ...allMet(['dichtbij'], ['EXTRA_LEERTIJD']),
      },
    },
  ],
};
