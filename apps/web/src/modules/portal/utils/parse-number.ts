import type { Language } from '../../../app/i18n/i18n-context';
import { parseNumber } from '../../../shared/forms/parse-number';

/** A figure never written with thousands (coordinates, km) read as typed: never grouped, so
 * both "51,917" and "51.917" (copied from a map) read as one; null when empty, undefined when
 * it is no number. */
export function parseDecimal(text: string, lang: Language): number | null | undefined {
  const read = parseNumber(text, lang, { grouping: false });
  return read.problem ? undefined : read.value;
}
