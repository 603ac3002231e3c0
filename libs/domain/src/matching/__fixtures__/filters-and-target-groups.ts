import { allMet, offering, query, type MatchScenario } from './scenario.js';

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
      query: query(['OUDERBETROKKENHEID'], { targetGroups: ['PARENTS'] }),
      expected: {
        // 'leerkrachten' is for teachers only; the rest tie at 68, in id order.
        ids: ['ouderavond', 'prijs-onbekend', 'voor-iedereen'],
        totalMatches: 3,
        ...allMet(['ouderavond'], ['OUDERBETROKKENHEID']),
        reasons: { ouderavond: ['gratis'] },
      },
    },
    {
      description: 'online only',
      query: query(['OUDERBETROKKENHEID'], { filters: { deliveryModes: ['ONLINE'] } }),
      expected: {
        ids: ['leerkrachten', 'voor-iedereen'],
        totalMatches: 2,
        ...allMet(['leerkrachten'], ['OUDERBETROKKENHEID']),
      },
    },
    {
      description: 'at most € 200: free passes, dearer or unpriced paid offers do not',
      query: query(['OUDERBETROKKENHEID'], { filters: { maxCostEur: 200 } }),
      expected: {
        ids: ['ouderavond', 'voor-iedereen'],
        totalMatches: 2,
        ...allMet(['ouderavond'], ['OUDERBETROKKENHEID']),
      },
    },
    {
      description: 'cost types',
      query: query(['OUDERBETROKKENHEID'], { filters: { costTypes: ['FREE', 'SUBSIDISED'] } }),
      expected: {
        ids: ['ouderavond', 'voor-iedereen'],
        totalMatches: 2,
        ...allMet(['ouderavond'], ['OUDERBETROKKENHEID']),
      },
    },
  ],
};
