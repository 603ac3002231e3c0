import { box } from '../../geo/__fixtures__/rings.js';
import {
  allMet,
  area,
  NOW,
  offering,
  PLACE_NAMES,
  query,
  SCHIEDAM,
  type MatchScenario,
} from './scenario.js';

// Five offerings that differ only in how they reach the school: the more local the covering
// area, the higher the score. Polygon and municipality tie on score; the closer partner wins.
const same = {
  interventionCodes: ['OUDERBETROKKENHEID' as const],
  evidenceRegister: 'NJI' as const,
  evidenceLevel: 'PROVEN_EFFECTIVE' as const,
};

export const localAboveNational: MatchScenario = {
  name: 'local partner ranks above an equivalent national one',
  placeNames: PLACE_NAMES,
  offerings: [
    offering({ id: 'a-landelijk', ...same, coverage: [area.national('a-nl')] }),
    offering({ id: 'b-provincie', ...same, coverage: [area.province('b-zh', 'PV28')] }),
    offering({
      id: 'c-gemeente',
      ...same,
      partnerLocation: { lat: 51.94, lng: 4.44 },
      coverage: [area.municipality('c-gm', 'GM0606')],
    }),
    offering({
      id: 'd-straal',
      ...same,
      coverage: [area.radius('d-r', { lat: 51.93, lng: 4.41 }, 25)],
    }),
    offering({
      id: 'e-wijk',
      ...same,
      partnerLocation: { lat: 51.9225, lng: 4.4 },
      // Also national and provincial: the most local area is what counts and is reported.
      coverage: [
        area.national('e-nl'),
        area.province('e-zh', 'PV28'),
        area.polygon('e-wijk', [box(4.38, 51.91, 4.42, 51.93)], 'Schiedam-Oost'),
      ],
    }),
  ],
  cases: [
    {
      description: 'ordered by locality',
      query: query(['OUDERBETROKKENHEID']),
      expected: {
        ids: ['e-wijk', 'c-gemeente', 'd-straal', 'b-provincie', 'a-landelijk'],
        totalMatches: 5,
        // Equal best scores (95): the bundle takes the smaller id, whatever the distance.
        ...allMet(['c-gemeente'], ['OUDERBETROKKENHEID']),
        // 45 + 15 + 15·locality + 10 + 10
        scores: {
          'e-wijk': 95,
          'c-gemeente': 95,
          'd-straal': 93.5,
          'b-provincie': 87.5,
          'a-landelijk': 83,
        },
        areas: { 'e-wijk': 'e-wijk', 'c-gemeente': 'c-gm', 'b-provincie': 'b-zh' },
        reasons: {
          'e-wijk': ['werkgebied op de kaart omvat deze school', 'partner op 0,5 km'],
          'c-gemeente': ['werkt in heel Schiedam', 'partner op 3,7 km'],
          // The circle's centre is not the partner's location (which is unknown here).
          'd-straal': ['werkt binnen 25 km van een punt dat de partner koos'],
          'b-provincie': ['werkt in heel Zuid-Holland'],
          'a-landelijk': ['werkt landelijk'],
        },
      },
    },
    {
      description: 'without codes only national and spatial areas can reach the point',
      query: { point: SCHIEDAM.point, needs: [{ code: 'OUDERBETROKKENHEID' }], now: NOW },
      expected: {
        ids: ['e-wijk', 'd-straal', 'a-landelijk'],
        totalMatches: 3,
        ...allMet(['e-wijk'], ['OUDERBETROKKENHEID']),
      },
    },
  ],
};
