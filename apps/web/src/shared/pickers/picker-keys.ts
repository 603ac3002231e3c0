// The pure parts of a multi-select combobox: which suggestions are offered, and where the
// active option moves on a key (WAI-ARIA combobox with a listbox popup).

export { nextActive } from './use-combobox';

export interface PickerOption {
  id: string;
  name: string;
  /** Place, code: shown under the name, and after it in the chip's accessible name. */
  meta: string;
}

/** Shortest text that is searched (one letter matches too much to be useful). */
export const MIN_TERM = 2;
/** Longest text sent; the API refuses more than 100 characters. */
export const MAX_TERM = 100;

/** The found options, without those already chosen, at most `limit`. */
export function offered(
  found: readonly PickerOption[],
  chosen: readonly PickerOption[],
  limit: number,
): PickerOption[] {
  const taken = new Set(chosen.map((c) => c.id));
  return found.filter((o) => !taken.has(o.id)).slice(0, limit);
}

/** The text searched for: trimmed, and cut at the API's limit. */
export function termOf(text: string): string {
  return text.trim().slice(0, MAX_TERM);
}
