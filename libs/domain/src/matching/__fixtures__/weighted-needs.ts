import { allMet, offering, query, type MatchScenario } from './scenario.js';

export const weightedNeeds: MatchScenario = {
  name: 'weighted needs',
  offerings: [
    offering({ id: 'tutor', interventionCodes: ['EXTRA_LEERTIJD'] }),
    offering({ id: 'ouders', interventionCodes: ['OUDERBETROKKENHEID'] }),
    offering({ id: 'beide', interventionCodes: ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID'] }),
    offering({ id: 'iets-anders', interventionCodes: ['MENTORING'] }),
  ],
  cases: [
    {
      description: 'extra learning time weighs 3, parental involvement 2',
      query: query([
        { code: 'EXTRA_LEERTIJD', weight: 3 },
        { code: 'OUDERBETROKKENHEID', weight: 2 },
      ]),
      expected: {
        ids: ['beide', 'tutor', 'ouders'],
        needsParts: { beide: 1, tutor: 0.6, ouders: 0.4 },
        // 45·share + 3 (national) + 10 + 10
        scores: { beide: 68, tutor: 50, ouders: 41 },
        exclude: ['iets-anders'],
        totalMatches: 3,
        ...allMet(['beide'], ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID']),
      },
    },
    {
      description: 'the other way round',
      query: query([
        { code: 'EXTRA_LEERTIJD', weight: 0.5 },
        { code: 'OUDERBETROKKENHEID', weight: 2 },
      ]),
      expected: {
        ids: ['beide', 'ouders', 'tutor'],
        needsParts: { ouders: 0.8, tutor: 0.2 },
        totalMatches: 3,
        ...allMet(['beide'], ['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID']),
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
