/**
 * A number in a `;`-separated CSV for Dutch Excel (the municipality exports, the monitoring
 * export): a decimal comma, no thousands grouping, empty for none. Excel with Dutch settings,
 * which reads `;` as the separator, takes `3560.4` for text (or a date) and `3560,4` for the
 * number; the XLSX exports keep real numbers and need none of this (decision 0030).
 *
 * Never an exponent (`1e-7` is written `0,0000001`, `1e21` in full), never `-0`, and empty for
 * NaN or Infinity, which no spreadsheet reads as a number.
 */
export function csvNumber(value: number | null | undefined): string {
  // Number.isFinite is false for null and undefined as well.
  if (!Number.isFinite(value)) return '';
  const n = value as number;
  // String(-0) is "0" already; String() switches to an exponent below 1e-6 and from 1e21.
  let text = String(n);
  if (/e/i.test(text)) {
    text = Math.abs(n) >= 1e21 ? BigInt(n).toString() : n.toFixed(20).replace(/\.?0+$/, '');
  }
  // A negative number too small for 20 decimals rounds to zero.
  return text === '-0' ? '0' : text.replace('.', ',');
}
