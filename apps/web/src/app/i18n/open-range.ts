/**
 * A range whose ends may be missing, in words: both ends, only the lower, only the upper, or
 * nothing (''). Each language gives its three wordings (groups, ages).
 */
export const openRange =
  (
    both: (min: number, max: number) => string,
    from: (min: number) => string,
    upTo: (max: number) => string,
  ) =>
  (min: number | null, max: number | null): string =>
    min != null && max != null
      ? both(min, max)
      : min != null
        ? from(min)
        : max != null
          ? upTo(max)
          : '';
