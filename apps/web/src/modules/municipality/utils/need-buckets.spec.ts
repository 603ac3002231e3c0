import { describe, expect, it } from '@jest/globals';

import { needsEn, needsNl } from '../needs.messages';
import { needColour, needLimits, needRanges, type NeedRange } from './need-buckets';

// What a legend row's text says it holds (needs.messages.ts): "geen" is 0, a row from 0 is
// "meer dan 0", the others are half-open, "140 tot 387" / "387 of meer".
const says = ({ from, to }: NeedRange, shown: number): boolean =>
  to === 0 ? shown <= 0 : (from === 0 ? shown > 0 : shown >= from) && (to === null || shown < to);

// The tables and tooltips show the unmet need with one decimal.
const shown = (unmet: number) => Math.round(unmet * 10) / 10;

/** Every value lies in exactly one legend row, and that row has the value's colour. */
function expectLegendAgrees(values: number[]): void {
  const limits = needLimits(values);
  const ranges = needRanges(limits);
  for (const v of values) {
    const rows = ranges.filter((r) => says(r, shown(v)));
    expect({ v, rows: rows.map((r) => [r.from, r.to]) }).toEqual({
      v,
      rows: [expect.anything()],
    });
    expect({ v, colour: needColour(v, limits) }).toEqual({ v, colour: rows[0]!.colour });
  }
}

describe('unmet-need legend and colours', () => {
  it('colours a school at exactly a limit as the row whose text holds that limit', () => {
    const values = [0, 5, 10, 20, 30, 40, 50, 60, 70, 100, 120, 140, 150, 160, 200, 250, 300];
    values.push(350, 380, 387, 500);
    expect(needLimits(values)).toEqual([140, 387]);
    expectLegendAgrees(values);
    const texts = needRanges(needLimits(values)).map((r) => needsNl.legendUnmet(r.from, r.to));
    expect(texts).toEqual([
      'geen onvervulde behoefte',
      'meer dan 0, minder dan 140',
      '140 tot 387',
      '387 of meer',
    ]);
    expect(needRanges(needLimits(values)).map((r) => needsEn.legendUnmet(r.from, r.to))).toEqual([
      'no unmet need',
      'more than 0, less than 140',
      '140 to under 387',
      '387 or more',
    ]);
  });

  it('agrees when all schools have the same unmet need, and for one school', () => {
    expectLegendAgrees([50, 50, 50]);
    expectLegendAgrees([50]);
    expectLegendAgrees([7.4]);
    // No row that no value could be in ("50 tot 50").
    expect(needRanges(needLimits([50, 50, 50])).map((r) => [r.from, r.to])).toEqual([
      [0, 0],
      [0, 50],
      [50, null],
    ]);
  });

  it('agrees with ties, no unmet need, small values and values shown rounded', () => {
    expectLegendAgrees([0, 0, 0]);
    expectLegendAgrees([0.3, 0.3, 0.4, 2]);
    expectLegendAgrees([10, 10, 10, 20, 20, 20, 20, 30]);
    // 386.96 is shown as "387": it is coloured as "387 of meer".
    expectLegendAgrees([100, 200, 300, 386.96, 387, 387, 387, 387, 387, 387]);
    expectLegendAgrees([0.04, 1, 2, 3]);
  });
});
