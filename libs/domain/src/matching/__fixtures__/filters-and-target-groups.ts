import { NOW, offering, SCHIEDAM, type MatchScenario } from './scenario.js';

export const filtersAndTargetGroups: MatchScenario = {
  name: 'target groups, delivery modes and cost narrow the list',
  offerings: [
    offering({
      id: 'ouderavond',
      interventionCodes: ['OUDERBETROKKENHEID'],
      targetGroups: ['PARENTS'],
      deliveryModes: ['AFTER_SCHOOL'],
      costType: 'FREE',
    }),
    offering({
      id: 'leerkrachten',
      interventionCodes: ['OUDERBETROKKENHEID'],
      targetGroups: ['TEACHERS'],
      deliveryModes: ['ONLINE'],
      costType: 'PAID',
      costAmountEur: 450,
    }),
    offering({
      id: 'voor-iedereen',
      interventionCodes: ['OUDERBETROKKENHEID'],
      targetGroups: [],
      deliveryModes: ['DURING_SCHOOL', 'ONLINE'],
      costType: 'SUBSIDISED',
      costAmountEur: 150,
    }),
    offering({
      id: 'prijs-onbekend',
      interventionCodes: ['OUDERBETROKKENHEID'],
      costType: 'PAID',
      costAmountEur: null,
    }),
  ],
  cases: [
    {
      description: 'parents as target group',
      query: {
        ...SCHIEDAM,
        targetGroups: ['PARENTS'],
        needs: [{ code: 'OUDERBETROKKENHEID' }],
        now: NOW,
      },
      expected: {
        // 'leerkrachten' is for teachers only; the rest tie at 68, in id order.
        ids: ['ouderavond', 'prijs-onbekend', 'voor-iedereen'],
        totalMatches: 3,
        bundle: ['ouderavond'],
        bundleNeeds: ['OUDERBETROKKENHEID'],
        uncoveredNeeds: [],
        uncoveredText: null,
        reasons: { ouderavond: ['gratis'] },
      },
    },
    {
      description: 'online only',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'OUDERBETROKKENHEID' }],
        filters: { deliveryModes: ['ONLINE'] },
        now: NOW,
      },
      expected: {
        ids: ['leerkrachten', 'voor-iedereen'],
        totalMatches: 2,
        bundle: ['leerkrachten'],
        bundleNeeds: ['OUDERBETROKKENHEID'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
    {
      description: 'at most € 200: free passes, dearer or unpriced paid offers do not',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'OUDERBETROKKENHEID' }],
        filters: { maxCostEur: 200 },
        now: NOW,
      },
      expected: {
        ids: ['ouderavond', 'voor-iedereen'],
        totalMatches: 2,
        bundle: ['ouderavond'],
        bundleNeeds: ['OUDERBETROKKENHEID'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
    {
      description: 'cost types',
      query: {
        ...SCHIEDAM,
        needs: [{ code: 'OUDERBETROKKENHEID' }],
        filters: { costTypes: ['FREE', 'SUBSIDISED'] },
        now: NOW,
      },
      expected: {
        ids: ['ouderavond', 'voor-iedereen'],
        totalMatches: 2,
        bundle: ['ouderavond'],
        bundleNeeds: ['OUDERBETROKKENHEID'],
        uncoveredNeeds: [],
        uncoveredText: null,
      },
    },
  ],
};
