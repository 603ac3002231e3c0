import { NOW, offering, SCHIEDAM, type MatchScenario } from './scenario.js';

export const verifiedOnly: MatchScenario = {
  name: 'verifiedOnly',
  offerings: [
    offering({ id: 'geverifieerd', organisationStatus: 'VERIFIED' }),
    offering({ id: 'in-behandeling', organisationStatus: 'PENDING' }),
  ],
  cases: [
    {
      description: 'without the filter a pending organisation shows, below the verified one',
      query: { ...SCHIEDAM, needs: [{ code: 'EXTRA_LEERTIJD' }], now: NOW },
      expected: {
        ids: ['geverifieerd', 'in-behandeling'],
        totalMatches: 2,
        bundle: ['geverifieerd'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
        reasons: { geverifieerd: ['geverifieerde partner'] },
      },
    },
    {
      description: 'with verifiedOnly only the verified organisation remains',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'EXTRA_LEERTIJD' }],
        filters: { verifiedOnly: true },
        now: NOW,
      },
      expected: {
        ids: ['geverifieerd'],
        totalMatches: 1,
        bundle: ['geverifieerd'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
  ],
};
