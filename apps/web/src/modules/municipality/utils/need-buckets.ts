// Unmet-need buckets of the needs map: the legend's ranges and the schools' colours.

/** Unmet-need colours, none to most; the tables say the same in numbers. */
export const NEED_COLOURS = ['#1b7837', '#fee090', '#fc8d59', '#b2182b'] as const;

/** One legend row: its colour and range (`from`, `to`; `to` null is open-ended). */
export interface NeedRange {
  colour: string;
  from: number;
  to: number | null;
}

/** Bucket limits from the data: 0, up to the median, up to the 90th percentile, above. */
export function needLimits(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [0, 0];
  const q = (p: number) =>
    positive[Math.min(positive.length - 1, Math.floor(p * positive.length))]!;
  return [Math.round(q(0.5)), Math.round(q(0.9))];
}

export const needColour = (unmet: number, [median, p90]: readonly number[]): string =>
  unmet <= 0
    ? NEED_COLOURS[0]
    : unmet <= median!
      ? NEED_COLOURS[1]
      : unmet <= p90!
        ? NEED_COLOURS[2]
        : NEED_COLOURS[3];

/** The legend's rows, none first. */
export function needRanges([median, p90]: readonly number[]): NeedRange[] {
  return (
    [
      [0, 0],
      [0, median!],
      [median!, p90!],
      [p90!, null],
    ] as const
  ).map(([from, to], i) => ({ colour: NEED_COLOURS[i]!, from, to }));
}
