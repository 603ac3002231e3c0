import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import { explainNeed, indicatorIntensity, isNeedPriority, NEED_PARAMETERS } from './need-weight.js';
import { similarMunicipalities } from './similar.js';
import { areaIntensity, schoolNeedCells } from './weighted-gaps.js';

// Edges of the need formula that the broader specs leave open: unusable indicators, a pupil
// count of 0, a profile groep range given back to front, and pupil weights in area averages.

const at = (code: string) => INTERVENTION_CODES.indexOf(code as never);

describe('indicatorIntensity at its edges', () => {
  it('passes over a schoolweging that is not a finite number', () => {
    for (const schoolweging of [NaN, Infinity, -Infinity]) {
      expect(indicatorIntensity({ schoolweging, achterstandsscore: 100, pupils: 100 })).toEqual({
        intensity: expect.closeTo(0.55, 10),
        source: 'ACHTERSTANDSSCORE',
      });
      expect(indicatorIntensity({ schoolweging, pupils: 100 })).toBeNull();
    }
  });

  it('needs a finite achterstandsscore and a positive pupil count', () => {
    expect(indicatorIntensity({ achterstandsscore: NaN, pupils: 100 })).toBeNull();
    expect(indicatorIntensity({ achterstandsscore: Infinity, pupils: 100 })).toBeNull();
    expect(indicatorIntensity({ achterstandsscore: 10, pupils: 0 })).toBeNull();
    expect(indicatorIntensity({ achterstandsscore: 10, pupils: null })).toBeNull();
    expect(indicatorIntensity({ achterstandsscore: null, pupils: 100 })).toBeNull();
  });
});

describe('explainNeed and schoolNeedCells at their edges', () => {
  it('takes a pupil count of 0 as known: no need', () => {
    const e = explainNeed({ schoolType: 'BAO', pupils: 0, schoolweging: 31 }, 'TAAL_LEZEN');
    expect(e).toMatchObject({ pupils: 0, weight: 0 });
    expect(e.steps[0]).toMatchObject({ textNl: '0 leerlingen (DUO)', textEn: '0 pupils (DUO)' });
    const cells = schoolNeedCells({
      schoolType: 'BAO',
      pupils: 0,
      schoolweging: 31,
      localMask: 0,
      nationalMask: 0,
    });
    expect(cells.weight[at('TAAL_LEZEN')]).toBe(0);
  });

  it('keeps the table share when a profile groep range runs back to front', () => {
    const subject = {
      schoolType: 'BAO' as const,
      pupils: 240,
      profile: [
        { code: 'OVERGANGEN' as const, priority: 'HIGH' as const, groepMin: 8, groepMax: 3 },
      ],
    };
    const e = explainNeed(subject, 'OVERGANGEN');
    // Transitions concern groep 7–8 in BAO: a quarter of 240.
    expect(e).toMatchObject({ source: 'PROFILE', weight: 60 });
    const cells = schoolNeedCells({ ...subject, localMask: 0, nationalMask: 0 });
    expect(cells.weight[at('OVERGANGEN')]).toBe(60);
  });

  it('keeps the table share for a profile line without groepen', () => {
    const cells = schoolNeedCells({
      schoolType: 'BAO',
      pupils: 240,
      profile: [{ code: 'OVERGANGEN', priority: 'HIGH' }],
      localMask: 0,
      nationalMask: 0,
    });
    expect(cells.weight[at('OVERGANGEN')]).toBe(60);
    expect(cells.weight[at('TAAL_LEZEN')]).toBe(0);
  });

  it('uses the default intensity when neither the school nor its area has an indicator', () => {
    const cells = schoolNeedCells({
      schoolType: 'BAO',
      pupils: 100,
      localMask: 0,
      nationalMask: 0,
    });
    expect(cells.source).toBe('DEFAULT');
    expect(cells.intensity).toBe(NEED_PARAMETERS.defaultIntensity);
    expect(cells.weight[at('TAAL_LEZEN')]).toBe(45);
  });
});

describe('areaIntensity', () => {
  it('weighs a school without a pupil count as the default count', () => {
    // 0.55 × 200 (default) + 0.1 × 200, over 400.
    expect(
      areaIntensity([
        { schoolweging: 31, pupils: null },
        { schoolweging: 25, pupils: 200 },
      ]),
    ).toBeCloseTo(0.325, 10);
  });
});

describe('isNeedPriority', () => {
  it('knows the three priorities only', () => {
    for (const p of ['HIGH', 'MEDIUM', 'LOW']) expect(isNeedPriority(p)).toBe(true);
    for (const p of ['high', 'URGENT', '']) expect(isNeedPriority(p)).toBe(false);
  });
});

describe('similarMunicipalities ties', () => {
  it('orders equal distances by code, whichever way they come in', () => {
    const m = (code: string, meanIntensity: number, pupils: number) => ({
      code,
      meanIntensity,
      pupils,
    });
    const all = [m('GM0003', 0.5, 1000), m('GM0002', 0.4, 1000), m('GM0001', 0.6, 1000)];
    expect(similarMunicipalities('GM0003', all).map((x) => x.code)).toEqual(['GM0001', 'GM0002']);
    expect(similarMunicipalities('GM0003', [...all].reverse()).map((x) => x.code)).toEqual([
      'GM0001',
      'GM0002',
    ]);
    // Alone (or with only unusable others) there is nothing to compare with.
    expect(similarMunicipalities('GM0003', [all[0], m('GM0009', 0.5, 0)])).toEqual([]);
  });
});
