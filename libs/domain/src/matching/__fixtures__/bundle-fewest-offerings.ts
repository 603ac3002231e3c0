import type { InterventionCode } from '../../taxonomy/intervention-type.js';
import { allMet, offering, query, type MatchScenario } from './scenario.js';

// Every need some offering here meets (in the order the first case asks them): what the full
// offering meets, and what the best bundle covers.
const OFFERED: InterventionCode[] = [
  'EXTRA_LEERTIJD',
  'ZORG_IN_SCHOOL',
  'BELEVINGSWERELD',
  'TAAL_LEZEN',
  'SOCIAAL_EMOTIONEEL',
  'ARMOEDE_BASIS',
];

// A greedy cover would start with 'breed' (four needs) and then need two more offerings.
// The exact bundle uses two: 'set-a' and 'set-b'. Nothing offers parental involvement or
// mentoring, and the full offering that meets everything cannot be planned.

export const bundleFewestOfferings: MatchScenario = {
  name: 'bundle picks the fewest offerings and names uncovered needs',
  offerings: [
    offering({
      id: 'breed',
      interventionCodes: ['EXTRA_LEERTIJD', 'ZORG_IN_SCHOOL', 'TAAL_LEZEN', 'SOCIAAL_EMOTIONEEL'],
      evidenceRegister: 'NJI',
      evidenceLevel: 'STRONG_EVIDENCE',
    }),
    offering({
      id: 'set-a',
      interventionCodes: ['EXTRA_LEERTIJD', 'ZORG_IN_SCHOOL', 'BELEVINGSWERELD'],
    }),
    offering({
      id: 'set-b',
      interventionCodes: ['TAAL_LEZEN', 'SOCIAAL_EMOTIONEEL', 'ARMOEDE_BASIS'],
    }),
    offering({
      id: 'alleen-taal',
      interventionCodes: ['TAAL_LEZEN'],
      evidenceLevel: 'STRONG_EVIDENCE',
    }),
    offering({
      id: 'vol-maar-alles',
      interventionCodes: OFFERED,
      remainingCapacity: 0,
    }),
  ],
  cases: [
    {
      description: 'eight needs, two of them without any offering',
      query: query([
        'EXTRA_LEERTIJD',
        'ZORG_IN_SCHOOL',
        'BELEVINGSWERELD',
        'OUDERBETROKKENHEID',
        'TAAL_LEZEN',
        'SOCIAAL_EMOTIONEEL',
        'ARMOEDE_BASIS',
        'MENTORING',
      ]),
      expected: {
        bundle: ['set-a', 'set-b'],
        bundleNeeds: OFFERED,
        uncoveredNeeds: ['OUDERBETROKKENHEID', 'MENTORING'],
        uncoveredText: 'geen aanbod gevonden voor: ouderbetrokkenheid, mentoring',
        // breed 65.5, alleen-taal 48.6, set-a and set-b 39.9 (id decides), the full one last
        ids: ['breed', 'alleen-taal', 'set-a', 'set-b', 'vol-maar-alles'],
        totalMatches: 5,
      },
    },
    {
      description: 'two needs: one offering meeting both beats two stronger single ones',
      query: query(['TAAL_LEZEN', 'ARMOEDE_BASIS']),
      expected: {
        ...allMet(['set-b'], ['TAAL_LEZEN', 'ARMOEDE_BASIS']),
        // set-b meets both (68); the others one of two (65.5, id order); the full one last.
        // set-a meets neither need and is not a match.
        ids: ['set-b', 'alleen-taal', 'breed', 'vol-maar-alles'],
        totalMatches: 4,
      },
    },
    {
      description: 'one need: the highest score wins; equal scores (88) go to the smaller id',
      query: query(['TAAL_LEZEN']),
      expected: {
        ...allMet(['alleen-taal'], ['TAAL_LEZEN']),
        ids: ['alleen-taal', 'breed', 'set-b', 'vol-maar-alles'],
        totalMatches: 4,
      },
    },
    {
      description: 'no needs: no bundle',
      query: query([]),
      expected: {
        ...allMet([], []),
        totalMatches: 5,
        // Without needs every offering scores its needs part in full: 88 for the two with
        // strong evidence, 68 for the rest, ties in id order.
        ids: ['alleen-taal', 'breed', 'set-a', 'set-b', 'vol-maar-alles'],
      },
    },
  ],
};
