import { allMet, offering, query, type MatchScenario } from './scenario.js';

// Issue 15, "facts right": a query for a groep range also judges offerings that give only an
// age range, by the ages of those groepen (groep n: age n + 3 at the start of the school year,
// n + 4 by its end; sector-fit.ts `groepAges`). Before, an offering for toddlers (ages 2–4)
// was shown to a school asking for groep 7–8 because it named no groep.
export const groepQueryAgeOnlyOfferings: MatchScenario = {
  name: 'a groep query excludes offerings whose only age range lies outside those groepen',
  offerings: [
    offering({ id: 'peuters-2-4', ageMin: 2, ageMax: 4 }),
    offering({ id: 'jinc-8-16', ageMin: 8, ageMax: 16 }),
    // Groep 8 pupils turn 12 during the year: an offering from 12 still reaches them.
    offering({ id: 'vanaf-12', ageMin: 12, ageMax: 16 }),
    offering({ id: 'brugklas-13-16', ageMin: 13, ageMax: 16 }),
    offering({ id: 'groep-5-6', groepMin: 5, groepMax: 6 }),
    offering({ id: 'geen-leeftijd' }),
  ],
  cases: [
    {
      description: 'groep 7–8 (ages 10–12)',
      query: query(['EXTRA_LEERTIJD'], { groepMin: 7, groepMax: 8 }),
      expected: {
        // All national and alike: equal scores, ids decide.
        ids: ['geen-leeftijd', 'jinc-8-16', 'vanaf-12'],
        exclude: ['peuters-2-4', 'brugklas-13-16', 'groep-5-6'],
        totalMatches: 3,
        ...allMet(['geen-leeftijd'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'groep 1–2 (ages 4–6) keeps the toddler offer that reaches age 4',
      query: query(['EXTRA_LEERTIJD'], { groepMin: 1, groepMax: 2 }),
      expected: {
        ids: ['geen-leeftijd', 'peuters-2-4'],
        totalMatches: 2,
        ...allMet(['geen-leeftijd'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'without groepen nothing is excluded by age',
      query: query(['EXTRA_LEERTIJD']),
      expected: {
        ids: [
          'brugklas-13-16',
          'geen-leeftijd',
          'groep-5-6',
          'jinc-8-16',
          'peuters-2-4',
          'vanaf-12',
        ],
        totalMatches: 6,
        ...allMet(['brugklas-13-16'], ['EXTRA_LEERTIJD']),
      },
    },
    {
      description: 'a VO school asking for groep 7–8: groepen do not apply, ages of the school do',
      query: query(['EXTRA_LEERTIJD'], { schoolType: 'VO', groepMin: 7, groepMax: 8 }),
      expected: {
        // VO ages 12–18: toddlers and the groep 5–6 offer (primary ages) drop out on AGE.
        ids: ['brugklas-13-16', 'geen-leeftijd', 'jinc-8-16', 'vanaf-12'],
        totalMatches: 4,
        ...allMet(['brugklas-13-16'], ['EXTRA_LEERTIJD']),
      },
    },
  ],
};
