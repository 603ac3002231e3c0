/**
 * A number in a `;`-separated CSV for Dutch Excel (the municipality exports, the monitoring
 * export): a decimal comma, no thousands grouping, empty for none. Excel with Dutch settings,
 * which reads `;` as the separator, takes `3560.4` for text (or a date) and `3560,4` for the
 * number; the XLSX exports keep real numbers and need none of this (decision 0030).
 *
 * Never an exponent (`1e-7` is written `0,0000001`), and empty for NaN or Infinity, which no
 * spreadsheet reads as a number.
 */
export function csvNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  let text = String(Object.is(value, -0) ? 0 : value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}
