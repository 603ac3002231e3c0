import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import { SCHOOL_TYPES } from '../values/sector.js';
import fc from 'fast-check';
import { metCredit, metStatus, needTotals, unmetNeed, type MetStatus } from './need-figures.js';
import {
  explainNeed,
  indicatorIntensity,
  NEED_PARAMETERS,
  needFormulaText,
  needWeight,
} from './need-weight.js';
import { areaIntensity, schoolNeedCells } from './weighted-gaps.js';

describe('need formula', () => {
  it('estimates from the schoolweging: pupils × share × intensity', () => {
    // (31 − 25) / 12 = 0.5 → 0.1 + 0.9 × 0.5 = 0.55
    const e = explainNeed({ schoolType: 'BAO', pupils: 200, schoolweging: 31 }, 'TAAL_LEZEN');
    expect(e).toMatchObject({ source: 'SCHOOLWEGING', applies: true, share: 1, pupils: 200 });
    expect(e.intensity).toBeCloseTo(0.55, 10);
    expect(e.weight).toBe(110);
    expect(e.steps.map((s) => s.code)).toEqual(['PUPILS', 'INTENSITY', 'RESULT']);
    expect(e.steps.at(-1)!.textNl).toContain('= 110');
    // Transitions: groep 7–8 only.
    expect(needWeight({ schoolType: 'BAO', pupils: 200, schoolweging: 31 }, 'OVERGANGEN')).toBe(
      27.5,
    );
  });

  it('clamps the schoolweging at its low and high ends', () => {
    expect(indicatorIntensity({ schoolweging: 20, pupils: 100 })!.intensity).toBeCloseTo(0.1, 10);
    expect(indicatorIntensity({ schoolweging: 45, pupils: 100 })!.intensity).toBe(1);
  });

  it('falls back to the achterstandsscore per pupil, then the area, then the default', () => {
    const a = explainNeed(
      { schoolType: 'BAO', pupils: 100, achterstandsscore: 100 },
      'EXTRA_LEERTIJD',
    );
    // 1 per pupil / 2 = 0.5 → 0.55
    expect(a.source).toBe('ACHTERSTANDSSCORE');
    expect(a.weight).toBe(55);
    const b = explainNeed({ schoolType: 'VO', pupils: 1000, areaIntensity: 0.3 }, 'MENTORING');
    expect(b).toMatchObject({ source: 'AREA_AVERAGE', weight: 300 });
    const c = explainNeed({ schoolType: 'VO', pupils: null }, 'MENTORING');
    expect(c).toMatchObject({ source: 'DEFAULT', pupils: NEED_PARAMETERS.defaultPupils });
    expect(c.weight).toBe(NEED_PARAMETERS.defaultPupils * NEED_PARAMETERS.defaultIntensity);
  });

  it('lets the school profile decide when there is one', () => {
    const subject = {
      schoolType: 'BAO' as const,
      pupils: 240,
      schoolweging: 40,
      profile: [
        { code: 'TAAL_LEZEN' as const, priority: 'MEDIUM' as const },
        { code: 'EXTRA_LEERTIJD' as const, priority: 'HIGH' as const, groepMin: 6, groepMax: 8 },
      ],
    };
    expect(explainNeed(subject, 'TAAL_LEZEN')).toMatchObject({ source: 'PROFILE', weight: 144 });
    expect(explainNeed(subject, 'EXTRA_LEERTIJD')).toMatchObject({ source: 'PROFILE', weight: 90 });
    expect(explainNeed(subject, 'MENTORING')).toMatchObject({
      source: 'PROFILE_NOT_LISTED',
      weight: 0,
    });
  });

  it('gives no need where a type does not apply, whatever the inputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCHOOL_TYPES),
        fc.constantFrom(...INTERVENTION_CODES),
        fc.option(fc.integer({ min: 0, max: 3000 })),
        fc.option(fc.double({ min: 15, max: 45, noNaN: true })),
        (schoolType, code, pupils, schoolweging) => {
          const e = explainNeed({ schoolType, pupils, schoolweging }, code);
          expect(e.weight).toBeGreaterThanOrEqual(0);
          if (!e.applies) {
            expect(e.weight).toBe(0);
            expect(unmetNeed(e.weight, metStatus(false, 0, 0))).toBe(0);
          }
        },
      ),
    );
    expect(
      explainNeed({ schoolType: 'VO', pupils: 900, schoolweging: 40 }, 'VVE_KANSRIJKE_START'),
    ).toMatchObject({
      applies: false,
      weight: 0,
      source: 'NOT_APPLICABLE',
    });
  });

  it('grades met-ness: local, only national, none, n.v.t.', () => {
    expect(metStatus(true, 3, 1)).toBe('LOCAL');
    expect(metStatus(true, 3, 0)).toBe('ONLY_NATIONAL');
    expect(metStatus(true, 1, 0)).toBe('ONLY_NATIONAL');
    expect(metStatus(true, 0, 0)).toBe('NONE');
    expect(metStatus(false, 3, 3)).toBe('NOT_APPLICABLE');
    expect(metStatus(false, 3, 1)).toBe('NOT_APPLICABLE');
    expect(metCredit('ONLY_NATIONAL')).toBe(NEED_PARAMETERS.nationalCredit);
  });

  it('leaves half a need unmet with only national offerings, and none of a n/a cell', () => {
    expect(unmetNeed(10, 'ONLY_NATIONAL')).toBe(5);
    expect(unmetNeed(10, 'NONE')).toBe(10);
    expect(unmetNeed(10, 'LOCAL')).toBe(0);
    expect(unmetNeed(10, 'NOT_APPLICABLE')).toBe(0);
  });

  it('adds needs up without the n/a cells, and has no share without need', () => {
    // One cell of each status; the n/a one (99) never counts.
    const cells = (onlyNational: number, none: number): { weight: number; status: MetStatus }[] => [
      { weight: 10, status: 'LOCAL' },
      { weight: onlyNational, status: 'ONLY_NATIONAL' },
      { weight: none, status: 'NONE' },
      { weight: 99, status: 'NOT_APPLICABLE' },
    ];
    expect(needTotals(cells(10, 20))).toEqual({ need: 40, met: 15, unmet: 25, share: 0.375 });
    expect(needTotals(cells(20, 30))).toEqual({ need: 60, met: 20, unmet: 40, share: 20 / 60 });
    expect(needTotals([])).toEqual({ need: 0, met: 0, unmet: 0, share: null });
  });

  it('describes itself with the parameters in use', () => {
    const text = needFormulaText();
    expect(text.nl.join(' ')).toContain('leerlingen × aandeel × intensiteit');
    expect(text.nl.join(' ')).toContain(String(NEED_PARAMETERS.schoolwegingHigh));
    expect(text.en).toHaveLength(text.nl.length);
  });
});

describe('schoolNeedCells (the formula over many schools)', () => {
  it('gives the same weights and statuses as explainNeed, for any inputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCHOOL_TYPES, null),
        fc.option(fc.integer({ min: 0, max: 3000 })),
        fc.option(fc.double({ min: 15, max: 45, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 2000, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.option(
          fc.uniqueArray(
            fc.record({
              code: fc.constantFrom(...INTERVENTION_CODES),
              priority: fc.constantFrom('HIGH' as const, 'MEDIUM' as const, 'LOW' as const),
              groepMin: fc.option(fc.integer({ min: 1, max: 8 })),
              groepMax: fc.option(fc.integer({ min: 1, max: 8 })),
            }),
            { selector: (r) => r.code, maxLength: 5 },
          ),
        ),
        fc.integer({ min: 0, max: 2047 }),
        fc.integer({ min: 0, max: 2047 }),
        (
          schoolType,
          pupils,
          schoolweging,
          achterstandsscore,
          area,
          profile,
          localMask,
          nationalMask,
        ) => {
          const subject = {
            schoolType,
            pupils,
            schoolweging,
            achterstandsscore,
            areaIntensity: area,
            profile,
          };
          const cells = schoolNeedCells({ ...subject, localMask, nationalMask });
          let need = 0;
          INTERVENTION_CODES.forEach((code, i) => {
            const e = explainNeed(subject, code);
            expect(cells.weight[i]).toBe(e.weight);
            const status = metStatus(
              e.applies,
              ((localMask | nationalMask) >> i) & 1,
              (localMask >> i) & 1,
            );
            expect(cells.status[i]).toBe(status);
            if (e.applies) need += e.weight;
          });
          expect(cells.need).toBeCloseTo(need, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('averages the indicator intensity of an area by pupils', () => {
    expect(
      areaIntensity([
        { schoolweging: 25, pupils: 100 },
        { schoolweging: 37, pupils: 300 },
        { pupils: 50 },
      ]),
    ).toBeCloseTo((0.1 * 100 + 1 * 300) / 400, 10);
    expect(areaIntensity([{ pupils: 10 }])).toBeNull();
  });
});
