import { allMet, offering, query, type MatchScenario } from './scenario.js';

export const pausedAndSuspended: MatchScenario = {
  name: 'paused offering and suspended organisation never match',
  offerings: [
    offering({ id: 'actief' }),
    offering({ id: 'gepauzeerd', status: 'PAUSED' }),
    offering({ id: 'gearchiveerd', status: 'ARCHIVED' }),
    offering({ id: 'geschorst', organisationStatus: 'SUSPENDED' }),
    offering({ id: 'concept', organisationStatus: 'DRAFT' }),
    offering({ id: 'in-behandeling', organisationStatus: 'PENDING' }),
  ],
  cases: [
    {
      description: 'with a need',
      query: query(['EXTRA_LEERTIJD']),
      expected: {
        ids: ['actief', 'in-behandeling'],
        totalMatches: 2,
        ...allMet(['actief'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'without needs',
      query: query([]),
      expected: {
        ids: ['actief', 'in-behandeling'],
        totalMatches: 2,
        ...allMet([], []),
      },
    },
  ],
};
