import { any, area, offering, query, VLAARDINGEN_CENTRE, type MatchScenario } from './scenario.js';

// Issue 15, "facts right": a radius reason names the circle's real centre. Before, every radius
// was "within N km of the partner's location", also when the partner drew it around a
// neighbourhood or another point.
const SCHIEDAM_OOST = { lat: 51.921, lng: 4.412 };
const ROTTERDAM_OFFICE = { lat: 51.922, lng: 4.479 };

export const radiusReasonNamesCentre: MatchScenario = {
  name: 'a radius reason names its real centre',
  offerings: [
    offering({
      id: 'wijk-schiedam-oost',
      partnerLocation: ROTTERDAM_OFFICE,
      coverage: [area.radius('r-oost', SCHIEDAM_OOST, 10, 'Schiedam-Oost')],
    }),
    offering({
      id: 'rond-kantoor',
      partnerLocation: VLAARDINGEN_CENTRE,
      coverage: [area.radius('r-kantoor', VLAARDINGEN_CENTRE, 10)],
    }),
    offering({
      id: 'los-punt',
      partnerLocation: ROTTERDAM_OFFICE,
      coverage: [area.radius('r-punt', SCHIEDAM_OOST, 10)],
    }),
    offering({
      id: 'zonder-vestiging',
      partnerLocation: null,
      coverage: [area.radius('r-zonder', SCHIEDAM_OOST, 10)],
    }),
  ],
  cases: [
    {
      description: 'school in Schiedam reached by four circles',
      query: query(['EXTRA_LEERTIJD']),
      expected: {
        ids: any('order follows the distance to each partner, not part of this story'),
        include: ['wijk-schiedam-oost', 'rond-kantoor', 'los-punt', 'zonder-vestiging'],
        totalMatches: 4,
        bundle: any('which of the four is planned is not part of this story'),
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
        areas: {
          'wijk-schiedam-oost': 'r-oost',
          'rond-kantoor': 'r-kantoor',
          'los-punt': 'r-punt',
          'zonder-vestiging': 'r-zonder',
        },
        reasons: {
          'wijk-schiedam-oost': ['werkt binnen 10 km van Schiedam-Oost'],
          'rond-kantoor': ['werkt binnen 10 km van de vestiging van de partner'],
          'los-punt': ['werkt binnen 10 km van een punt dat de partner koos'],
          'zonder-vestiging': ['werkt binnen 10 km van een punt dat de partner koos'],
        },
      },
    },
  ],
};
