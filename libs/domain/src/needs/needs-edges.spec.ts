import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import { metCredit } from './need-figures.js';
import { explainNeed, type NeedSubject } from './need-weight.js';
import { similarMunicipalities } from './similar.js';
import { areaIntensity, schoolNeedCells, type NeedSchool } from './weighted-gaps.js';

// The many-schools form of the need formula must give explainNeed's numbers; similar
// municipalities on a grid worked out by hand.

describe('schoolNeedCells agrees with explainNeed', () => {
  const school = (s: Partial<NeedSchool>): NeedSchool => ({
    schoolType: 'BAO',
    pupils: 100,
    schoolweging: null,
    achterstandsscore: null,
    profile: null,
    areaIntensity: null,
    localMask: 0b01,
    nationalMask: 0b10,
    ...s,
  });
  const cases: [string, Partial<NeedSchool>][] = [
    ['area average above 1', { areaIntensity: 1.5 }],
    ['area average below 0', { areaIntensity: -0.5 }],
    ['no indicator at all', {}],
    ['schoolweging', { schoolweging: 30 }],
    ['unknown pupils', { pupils: null, schoolweging: 30 }],
    ['negative pupils', { pupils: -4, achterstandsscore: 50 }],
    ['zero pupils', { pupils: 0, schoolweging: 30 }],
    ['VO, where pre-school does not apply', { schoolType: 'VO', areaIntensity: 0.7 }],
    [
      'a profile with groepen and a type that does not apply',
      {
        schoolType: 'VO',
        profile: [
          { code: 'EXTRA_LEERTIJD', priority: 'HIGH', groepMin: 3, groepMax: 4 },
          { code: 'VVE_KANSRIJKE_START', priority: 'HIGH' },
          { code: 'ZORG_IN_SCHOOL', priority: 'LOW', groepMin: 5 },
        ],
      },
    ],
  ];

  it.each(cases)('%s', (_name, extra) => {
    const s = school(extra);
    const cells = schoolNeedCells(s);
    let need = 0;
    let met = 0;
    INTERVENTION_CODES.forEach((code, i) => {
      const e = explainNeed(s as NeedSubject, code);
      expect({ code, weight: cells.weight[i] }).toEqual({ code, weight: e.weight });
      const expected = !e.applies
        ? 'NOT_APPLICABLE'
        : i === 0
          ? 'LOCAL'
          : i === 1
            ? 'ONLY_NATIONAL'
            : 'NONE';
      expect({ code, status: cells.status[i] }).toEqual({ code, status: expected });
      if (e.applies) {
        need += e.weight;
        // The cell's unmet part to 0.1, a half up; met is the rest (need-figures.ts).
        met += e.weight - Math.round(e.weight * (1 - metCredit(expected)) * 10 + 1e-9) / 10;
      }
      // The school's source and intensity are those of each type that applies.
      if (!s.profile && e.applies) {
        expect(cells.source).toBe(e.source);
        expect(cells.intensity).toBeCloseTo(e.intensity, 12);
      }
    });
    expect(cells.status).toHaveLength(INTERVENTION_CODES.length);
    expect(cells.need).toBeCloseTo(need, 9);
    expect(cells.met).toBeCloseTo(met, 9);
    if (s.profile) expect(cells.source).toBe('PROFILE');
  });
});

describe('areaIntensity', () => {
  it('weighs each school by its pupils, or by 200 when the count is unknown or 0', () => {
    // Intensities 1 (schoolweging 37) and 0.1 (25): (1 × 200 + 0.1 × 600) / 800 = 0.325.
    for (const pupils of [0, null]) {
      expect(
        areaIntensity([
          { schoolweging: 37, achterstandsscore: null, pupils },
          { schoolweging: 25, achterstandsscore: null, pupils: 600 },
          { schoolweging: null, achterstandsscore: null, pupils: 5000 },
        ]),
      ).toBeCloseTo(0.325, 12);
    }
    expect(areaIntensity([{ schoolweging: null, achterstandsscore: null, pupils: 10 }])).toBeNull();
  });
});

describe('similarMunicipalities on a grid', () => {
  // Intensities 0.1 / 0.3 (sd 0.1) and pupils 100 / 100·e⁴ (log sd 2): one step on either axis
  // is a distance of 2.
  const e4 = Math.exp(4) * 100;
  const all = [
    { code: 'GM4', meanIntensity: 0.3, pupils: e4 },
    { code: 'GM3', meanIntensity: 0.1, pupils: e4 },
    { code: 'GM2', meanIntensity: 0.3, pupils: 100 },
    { code: 'GM1', meanIntensity: 0.1, pupils: 100 },
    { code: 'GM0', meanIntensity: 0.5, pupils: 0 },
  ];

  it('scales both axes by their spread and breaks ties by code', () => {
    const near = similarMunicipalities('GM1', all);
    expect(near.map((m) => m.code)).toEqual(['GM2', 'GM3', 'GM4']);
    expect(near[0]!.distance).toBeCloseTo(2, 9);
    expect(near[1]!.distance).toBeCloseTo(2, 9);
    expect(near[2]!.distance).toBeCloseTo(2 * Math.SQRT2, 9);
    expect(similarMunicipalities('GM1', all, 1).map((m) => m.code)).toEqual(['GM2']);
  });

  it('takes a spread of 0 as 1, and answers with two municipalities', () => {
    const two = [
      { code: 'GM8', meanIntensity: 0.2, pupils: 100 },
      { code: 'GM9', meanIntensity: 0.2, pupils: 100 * Math.exp(2) },
    ];
    // Intensity spread 0 (taken as 1); log pupils 0 and 2 around 1: spread 1, distance 2.
    const [only] = similarMunicipalities('GM8', two);
    expect(only!.code).toBe('GM9');
    expect(only!.distance).toBeCloseTo(2, 9);
    expect(similarMunicipalities('GM0', all)).toEqual([]);
  });
});
