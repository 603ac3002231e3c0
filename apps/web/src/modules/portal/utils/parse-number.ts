/** Reads a number typed the Dutch or the English way ("12,5" or "12.5"); null when empty. */
export function parseDecimal(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** A whole number, null when empty, undefined when not a whole number. */
export function parseWhole(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Shows a number for an input field ("" for none). */
export function numberText(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}
