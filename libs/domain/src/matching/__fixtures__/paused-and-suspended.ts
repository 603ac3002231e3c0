import { NOW, offering, SCHIEDAM, type MatchScenario } from './scenario.js';

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
      query: { ...SCHIEDAM, needs: [{ code: 'EXTRA_LEERTIJD' }], now: NOW },
      expected: {
        ids: ['actief', 'in-behandeling'],
        totalMatches: 2,
        bundle: ['actief'],
        bundleNeeds: ['EXTRA_LEERTIJD'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
    {
      description: 'without needs',
      query: { ...SCHIEDAM, needs: [], now: NOW },
      expected: {
        ids: ['actief', 'in-behandeling'],
        totalMatches: 2,
        bundle: [],
        bundleNeeds: [],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
  ],
};
