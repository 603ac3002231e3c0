import { allMet, area, offering, query, type MatchScenario } from './scenario.js';

// Sector and age fit. An offering for groep 1–2 that lists no sectors still implies
// primary-school ages, so a VO school never gets it; an age range of 8–16 reaches both.
export const voSchoolNoGroep12: MatchScenario = {
  name: 'VO school never gets a groep 1–2 offer',
  offerings: [
    offering({
      id: 'kleuters-zonder-sector',
      interventionCodes: ['TAAL_LEZEN'],
      sectors: [],
      groepMin: 1,
      groepMax: 2,
    }),
    offering({
      id: 'kleuters-po',
      interventionCodes: ['TAAL_LEZEN'],
      sectors: ['PO'],
      groepMin: 1,
      groepMax: 2,
    }),
    offering({ id: 'vo-lezen', interventionCodes: ['TAAL_LEZEN'], sectors: ['VO'] }),
    offering({
      id: 'leeftijd-8-16',
      interventionCodes: ['TAAL_LEZEN'],
      sectors: [],
      ageMin: 8,
      ageMax: 16,
    }),
    offering({
      id: 'peuters',
      interventionCodes: ['TAAL_LEZEN'],
      sectors: [],
      ageMin: 2,
      ageMax: 4,
    }),
    offering({
      id: 'so-vso',
      interventionCodes: ['TAAL_LEZEN'],
      sectors: ['SO', 'VSO'],
      coverage: [area.province('zh', 'PV28')],
    }),
  ],
  cases: [
    {
      description: 'VO school',
      query: query(['TAAL_LEZEN'], { schoolType: 'VO' }),
      expected: {
        // Equal scores (68): ids decide, and the bundle takes the smaller one.
        ids: ['leeftijd-8-16', 'vo-lezen'],
        exclude: ['kleuters-zonder-sector', 'kleuters-po', 'peuters', 'so-vso'],
        totalMatches: 2,
        ...allMet(['leeftijd-8-16'], ['TAAL_LEZEN']),
      },
    },
    {
      description: 'VO school, even when it also asks for groep 1–2',
      query: query([], { schoolType: 'VO', groepMin: 1, groepMax: 2 }),
      expected: {
        // The groepen do not apply to VO; sector and ages still decide.
        ids: ['leeftijd-8-16', 'vo-lezen'],
        exclude: ['kleuters-zonder-sector', 'kleuters-po'],
        totalMatches: 2,
        ...allMet([], []),
      },
    },
    {
      description: 'BAO school gets the groep 1–2 offers but not the VO one',
      query: query(['TAAL_LEZEN'], { schoolType: 'BAO' }),
      expected: {
        ids: ['kleuters-po', 'kleuters-zonder-sector', 'leeftijd-8-16', 'peuters'],
        totalMatches: 4,
        ...allMet(['kleuters-po'], ['TAAL_LEZEN']),
        reasons: { 'kleuters-po': ['biedt taal en lezen voor groep 1–2'] },
      },
    },
    {
      description: 'BAO school asking for groep 6–8 drops the groep 1–2 offers and the toddlers',
      query: query(['TAAL_LEZEN'], { schoolType: 'BAO', groepMin: 6, groepMax: 8 }),
      expected: {
        // 'peuters' gives only ages 2–4, outside groep 6–8 (ages 9–12): excluded too.
        ids: ['leeftijd-8-16'],
        exclude: ['peuters', 'kleuters-po', 'kleuters-zonder-sector'],
        totalMatches: 1,
        ...allMet(['leeftijd-8-16'], ['TAAL_LEZEN']),
      },
    },
    {
      description: 'SO/VSO school gets the SO/VSO offer through its province',
      query: query(['TAAL_LEZEN'], { schoolType: 'SO/VSO' }),
      expected: {
        // The provincial one is the most local (72.5); the national ones tie at 68.
        ids: ['so-vso', 'kleuters-zonder-sector', 'leeftijd-8-16', 'peuters'],
        include: ['so-vso', 'leeftijd-8-16', 'kleuters-zonder-sector'],
        exclude: ['vo-lezen', 'kleuters-po'],
        totalMatches: 4,
        ...allMet(['so-vso'], ['TAAL_LEZEN']),
      },
    },
  ],
};
