// "Similar municipalities" (README.md): the nearest municipalities by the need indicators of
// their schools and their size — pure, on numbers the caller computes from its schools.

export interface MunicipalityProfile {
  code: string;
  /** Pupil-weighted mean need intensity of its schools (indicatorIntensity, fallbacks included). */
  meanIntensity: number;
  /** Pupils in its schools (size). */
  pupils: number;
}

export const SIMILAR_DEFAULT_COUNT = 5;

/**
 * The `count` municipalities nearest to `code` by (mean intensity, log pupils), each axis scaled
 * by its standard deviation over all municipalities given, so both weigh alike. Ties by code.
 * Municipalities without pupils are skipped. The municipality itself is never in the answer.
 */
export function similarMunicipalities(
  code: string,
  all: readonly MunicipalityProfile[],
  count = SIMILAR_DEFAULT_COUNT,
): { code: string; distance: number }[] {
  const usable = all.filter((m) => m.pupils > 0 && Number.isFinite(m.meanIntensity));
  const self = usable.find((m) => m.code === code);
  if (!self || usable.length < 2) return [];
  const sd = (xs: number[]): number => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    return Math.sqrt(v) || 1;
  };
  const sdI = sd(usable.map((m) => m.meanIntensity));
  const sdS = sd(usable.map((m) => Math.log(m.pupils)));
  return usable
    .filter((m) => m.code !== code)
    .map((m) => ({
      code: m.code,
      distance: Math.hypot(
        (m.meanIntensity - self.meanIntensity) / sdI,
        (Math.log(m.pupils) - Math.log(self.pupils)) / sdS,
      ),
    }))
    .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, Math.max(0, count));
}
