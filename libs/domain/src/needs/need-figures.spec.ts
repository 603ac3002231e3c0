import fc from 'fast-check';
import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import {
  cellMetTenths,
  cellUnmetTenths,
  coveredShare,
  fromTenths,
  type MetStatus,
  needTotals,
  toTenths,
  unmetNeed,
} from './need-figures.js';
import { NEED_PARAMETERS, type NeedParameters } from './need-weight.js';
import { schoolNeedCells } from './weighted-gaps.js';

// The rounding rule: a cell is rounded once (unmet to 0.1, a half up; met = need − unmet) and
// every total is the sum of the cells as shown, so no total differs from its parts.

const STATUSES: MetStatus[] = ['LOCAL', 'ONLY_NATIONAL', 'NONE', 'NOT_APPLICABLE'];

describe('need figures: one rounding per cell', () => {
  describe('leaves the odd half of a national-only need unmet, and met is the rest', () => {
    // 1,3 need, half met: 0,65 → unmet 0,7 and met 0,6 (never 0,7 + 0,7 = 1,4 for 1,3).
    const figure = { unmet: cellUnmetTenths, met: cellMetTenths };
    it.each<[keyof typeof figure, number, MetStatus, number]>([
      ['unmet', 13, 'ONLY_NATIONAL', 7],
      ['met', 13, 'ONLY_NATIONAL', 6],
      ['unmet', 12, 'ONLY_NATIONAL', 6],
      ['unmet', 1, 'ONLY_NATIONAL', 1],
      ['met', 1, 'ONLY_NATIONAL', 0],
      ['unmet', 13, 'NONE', 13],
      ['unmet', 13, 'LOCAL', 0],
      ['met', 13, 'LOCAL', 13],
      ['unmet', 13, 'NOT_APPLICABLE', 0],
      ['met', 13, 'NOT_APPLICABLE', 0],
    ])('%s of a need of %p tenths, %s: %p tenths', (which, tenths, status, expected) => {
      expect(figure[which](tenths, status)).toBe(expected);
    });

    it.each([
      [0.1, 0.1],
      [653.7, 326.9],
    ])('a national-only need of %p leaves %p unmet', (weight, unmet) => {
      expect(unmetNeed(weight, 'ONLY_NATIONAL')).toBe(unmet);
    });
  });

  it('rounds to the nearest tenth under another credit, a half still up', () => {
    const p = { ...NEED_PARAMETERS, nationalCredit: 0.3 } as unknown as NeedParameters;
    // 0,7 × 0,7 = 0,49 → 0,5 unmet, 0,2 met; 1,5 × 0,7 = 1,05 → 1,1 unmet (the half up).
    expect(cellUnmetTenths(7, 'ONLY_NATIONAL', p)).toBe(5);
    expect(cellMetTenths(7, 'ONLY_NATIONAL', p)).toBe(2);
    expect(cellUnmetTenths(15, 'ONLY_NATIONAL', p)).toBe(11);
  });

  it('sums the cells as shown: two national-only 0,1 needs leave 0,2 unmet, not 0,1', () => {
    const cells = [
      { weight: 0.1, status: 'ONLY_NATIONAL' as const },
      { weight: 0.1, status: 'ONLY_NATIONAL' as const },
    ];
    expect(needTotals(cells)).toEqual({ need: 0.2, met: 0, unmet: 0.2, share: 0 });
    expect(cells.reduce((a, c) => a + unmetNeed(c.weight, c.status), 0)).toBe(0.2);
  });

  it('makes a total of any cells equal the sum of its cells as shown', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tenths: fc.integer({ min: 0, max: 20_000 }),
            status: fc.constantFrom(...STATUSES),
          }),
          { maxLength: 60 },
        ),
        (raw) => {
          const cells = raw.map((c) => ({ weight: fromTenths(c.tenths), status: c.status }));
          const t = needTotals(cells);
          let unmet = 0;
          let need = 0;
          for (const c of cells) {
            if (c.status === 'NOT_APPLICABLE') continue;
            need += toTenths(c.weight);
            unmet += toTenths(unmetNeed(c.weight, c.status));
          }
          expect(toTenths(t.need)).toBe(need);
          expect(toTenths(t.unmet)).toBe(unmet);
          expect(toTenths(t.met) + toTenths(t.unmet)).toBe(toTenths(t.need));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a school the sums of its cells as shown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 2047 }),
        fc.integer({ min: 0, max: 2047 }),
        (pupils, area, localMask, nationalMask) => {
          const c = schoolNeedCells({
            schoolType: 'BAO',
            pupils,
            areaIntensity: area,
            localMask,
            nationalMask,
          });
          let need = 0;
          let unmet = 0;
          INTERVENTION_CODES.forEach((_, i) => {
            need += c.status[i] === 'NOT_APPLICABLE' ? 0 : toTenths(c.weight[i]);
            unmet += toTenths(unmetNeed(c.weight[i], c.status[i]));
          });
          expect(c.needTenths).toBe(need);
          expect(c.needTenths - c.metTenths).toBe(unmet);
          expect(c.need).toBe(fromTenths(need));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('states a covered share from tenths to three decimals', () => {
    expect(coveredShare(1, 3)).toBe(0.333);
    expect(coveredShare(0, 0)).toBeNull();
  });
});
