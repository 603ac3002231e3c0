/**
 * One field of a `;`-separated CSV file that a spreadsheet will open (the municipality
 * exports, the import rejection report).
 *
 * Text starting with `=`, `+`, `-` or `@` would be run as a formula, and so would such text
 * behind a leading tab or carriage return (spreadsheets skip those): it gets a leading `'`, so
 * it shows as typed. A field holding `;`, a quote or a line break is quoted, inner quotes
 * doubled.
 */
export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
