import type { InterventionCode } from '../../taxonomy/intervention-type.js';
import { allMet, offering, query, type MatchScenario } from './scenario.js';

// The two needs 'beide' meets, with the weights a case gives them.
const BOTH: InterventionCode[] = ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID'];
const weighted = (extraLeertijd: number, ouderbetrokkenheid: number) =>
  query([
    { code: 'EXTRA_LEERTIJD', weight: extraLeertijd },
    { code: 'OUDERBETROKKENHEID', weight: ouderbetrokkenheid },
  ]);

export const weightedNeeds: MatchScenario = {
  name: 'weighted needs',
  offerings: [
    offering({ id: 'tutor', interventionCodes: ['EXTRA_LEERTIJD'] }),
    offering({ id: 'ouders', interventionCodes: ['OUDERBETROKKENHEID'] }),
    offering({ id: 'beide', interventionCodes: BOTH }),
    offering({ id: 'iets-anders', interventionCodes: ['MENTORING'] }),
  ],
  cases: [
    {
      description: 'extra learning time weighs 3, parental involvement 2',
      query: weighted(3, 2),
      expected: {
        ids: ['beide', 'tutor', 'ouders'],
        needsParts: { beide: 1, tutor: 0.6, ouders: 0.4 },
        // 45·share + 3 (national) + 10 + 10
        scores: { beide: 68, tutor: 50, ouders: 41 },
        exclude: ['iets-anders'],
        totalMatches: 3,
        ...allMet(['beide'], BOTH),
      },
    },
    {
      description: 'the other way round',
      query: weighted(0.5, 2),
      expected: {
        ids: ['beide', 'ouders', 'tutor'],
        needsParts: { ouders: 0.8, tutor: 0.2 },
        totalMatches: 3,
        ...allMet(['beide'], BOTH),
      },
    },
    {
      description: 'no needs: every covering offering, needs part 1',
      query: query([]),
      expected: {
        ids: ['beide', 'iets-anders', 'ouders', 'tutor'],
        needsParts: { tutor: 1 },
        totalMatches: 4,
        ...allMet([], []),
      },
    },
  ],
};
