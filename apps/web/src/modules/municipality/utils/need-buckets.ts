// Unmet-need buckets of the needs map: the legend's rows and the schools' colours come from one
// list of half-open ranges, so a school at exactly a limit has the colour of the row that names
// it ("140 tot 387" holds 140, not 387).

/** Unmet-need colours, none to most; the tables say the same in numbers. */
export const NEED_COLOURS = ['#1b7837', '#fee090', '#fc8d59', '#b2182b'] as const;

/**
 * One legend row: `from` (inclusive; 0 means "more than 0") up to `to` (exclusive; null is
 * open-ended). The first row, from 0 to 0, is "no unmet need".
 */
export interface NeedRange {
  colour: string;
  from: number;
  to: number | null;
}

/** Bucket limits from the data (whole numbers): the median and the 90th percentile. */
export function needLimits(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [0, 0];
  const q = (p: number) =>
    positive[Math.min(positive.length - 1, Math.floor(p * positive.length))]!;
  return [Math.round(q(0.5)), Math.round(q(0.9))];
}

/** The legend's rows, none first; a range no value can be in ("50 tot 50") is left out. */
export function needRanges([median, p90]: readonly number[]): NeedRange[] {
  const rows: NeedRange[] = [
    { colour: NEED_COLOURS[0], from: 0, to: 0 },
    { colour: NEED_COLOURS[1], from: 0, to: median! },
    { colour: NEED_COLOURS[2], from: median!, to: p90! },
    { colour: NEED_COLOURS[3], from: p90!, to: null },
  ];
  return rows.filter((r, i) => i === 0 || r.to === null || r.to > r.from);
}

// Compared as the tables and tooltips show it (one decimal): 386.96 reads "387", so it is 387.
const shown = (unmet: number) => Math.round(unmet * 10) / 10;

function holds({ from, to }: NeedRange, value: number): boolean {
  if (to === 0) return value <= 0;
  return (from === 0 ? value > 0 : value >= from) && (to === null || value < to);
}

/** The colour of the legend row that holds this unmet need. */
export function needColour(unmet: number, limits: readonly number[]): string {
  const value = shown(unmet);
  return (needRanges(limits).find((r) => holds(r, value)) ?? { colour: NEED_COLOURS[3] }).colour;
}
