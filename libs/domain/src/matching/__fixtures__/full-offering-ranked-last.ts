import { allMet, area, offering, query, type MatchScenario } from './scenario.js';

// 'vol' would score highest (local, proven), but it has no places left this school year: it is
// shown last with the reason, never planned into the bundle, and gone with hideFull.
export const fullOfferingRankedLast: MatchScenario = {
  name: 'offering with no capacity left is ranked last with the reason, and excluded with hideFull',
  offerings: [
    offering({
      id: 'vol',
      interventionCodes: ['MENTORING'],
      remainingCapacity: 0,
      evidenceRegister: 'NJI',
      evidenceLevel: 'STRONG_EVIDENCE',
      coverage: [area.municipality('gm', 'GM0606')],
    }),
    offering({ id: 'plek-genoeg', interventionCodes: ['MENTORING'], remainingCapacity: 12 }),
    offering({
      id: 'onbeperkt',
      interventionCodes: ['MENTORING'],
      remainingCapacity: null,
      organisationStatus: 'PENDING',
    }),
  ],
  cases: [
    {
      description: 'without hideFull',
      query: query(['MENTORING']),
      expected: {
        ids: ['plek-genoeg', 'onbeperkt', 'vol'],
        totalMatches: 3,
        reasons: {
          vol: [
            'geen plaats meer dit schooljaar',
            'erkend door het NJi: Effectief volgens sterke aanwijzingen',
          ],
        },
        // 'plek-genoeg' (68, verified) beats 'onbeperkt' (58, pending); 'vol' cannot be planned.
        ...allMet(['plek-genoeg'], ['MENTORING']),
      },
    },
    {
      description: 'with hideFull',
      query: query(['MENTORING'], { filters: { hideFull: true } }),
      expected: {
        ids: ['plek-genoeg', 'onbeperkt'],
        totalMatches: 2,
        ...allMet(['plek-genoeg'], ['MENTORING']),
      },
    },
    {
      description:
        'a need only a full offering meets is not "uncovered", but stays out of the bundle',
      query: query(['MENTORING'], { filters: { hideFull: false }, limit: 1 }),
      expected: {
        ids: ['plek-genoeg'],
        totalMatches: 3,
        // The bundle is planned from every match, not only the ones within the limit.
        ...allMet(['plek-genoeg'], ['MENTORING']),
      },
    },
  ],
};
