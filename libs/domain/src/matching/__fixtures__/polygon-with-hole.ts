import { box } from '../../geo/__fixtures__/rings.js';
import { allMet, area, NOW, offering, query, type MatchScenario } from './scenario.js';

// A drawn work area around Schiedam with a hole cut out where the school stands; a second
// offering is a MultiPolygon whose island contains the school.
export const polygonWithHole: MatchScenario = {
  name: 'polygon with a hole: school in the hole not reached',
  offerings: [
    offering({
      id: 'donut',
      interventionCodes: ['ZORG_IN_SCHOOL'],
      coverage: [
        area.polygon('ring', [box(4.3, 51.85, 4.5, 51.98), box(4.39, 51.91, 4.41, 51.93)]),
      ],
    }),
    offering({
      id: 'eiland',
      interventionCodes: ['ZORG_IN_SCHOOL'],
      coverage: [
        {
          areaId: 'multi',
          label: 'Schiedam-Noord en Kethel',
          area: {
            kind: 'POLYGON',
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                [box(4.3, 51.85, 4.5, 51.98), box(4.38, 51.9, 4.42, 51.94)],
                [box(4.395, 51.915, 4.405, 51.925)],
              ],
            },
          },
        },
      ],
    }),
  ],
  cases: [
    {
      description: 'school in the hole',
      query: query(['ZORG_IN_SCHOOL']),
      expected: {
        ids: ['eiland'],
        exclude: ['donut'],
        totalMatches: 1,
        ...allMet(['eiland'], ['ZORG_IN_SCHOOL']),
        areas: { eiland: 'multi' },
        reasons: { eiland: ['werkgebied op de kaart omvat deze school'] },
      },
    },
    {
      description: 'school in the ring, outside the hole',
      query: {
        point: { lat: 51.95, lng: 4.35 },
        municipalityCode: 'GM0606',
        needs: [{ code: 'ZORG_IN_SCHOOL' }],
        now: NOW,
      },
      expected: {
        ids: ['donut', 'eiland'],
        totalMatches: 2,
        ...allMet(['donut'], ['ZORG_IN_SCHOOL']),
      },
    },
    {
      description: 'school outside everything',
      query: { point: { lat: 52.0, lng: 4.6 }, needs: [{ code: 'ZORG_IN_SCHOOL' }], now: NOW },
      expected: {
        ids: [],
        totalMatches: 0,
        bundle: [],
        bundleNeeds: [],
        uncoveredNeeds: ['ZORG_IN_SCHOOL'],
        uncoveredText: 'geen aanbod gevonden voor: zorg en jeugdhulp op school',
      },
    },
  ],
};
