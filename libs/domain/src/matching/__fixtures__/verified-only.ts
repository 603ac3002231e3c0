import { allMet, offering, query, type MatchScenario } from './scenario.js';

export const verifiedOnly: MatchScenario = {
  name: 'verifiedOnly',
  offerings: [
    offering({ id: 'geverifieerd', organisationStatus: 'VERIFIED' }),
    offering({ id: 'in-behandeling', organisationStatus: 'PENDING' }),
  ],
  cases: [
    {
      description: 'without the filter a pending organisation shows, below the verified one',
      query: query(['EXTRA_LEERTIJD']),
      expected: {
        ids: ['geverifieerd', 'in-behandeling'],
        totalMatches: 2,
        ...allMet(['geverifieerd'], ['EXTRA_LEERTIJD']),
        reasons: { geverifieerd: ['geverifieerde partner'] },
      },
    },
    {
      description: 'with verifiedOnly only the verified organisation remains',
      query: query(['EXTRA_LEERTIJD'], { filters: { verifiedOnly: true } }),
      expected: {
        ids: ['geverifieerd'],
        totalMatches: 1,
        ...allMet(['geverifieerd'], ['EXTRA_LEERTIJD']),
      },
    },
  ],
};
