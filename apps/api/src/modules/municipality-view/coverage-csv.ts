import { csvField } from '../../common/csv/csv-field.js';
import { csvNumber } from '../../common/csv/csv-number.js';
import type { Table, TableCell } from './export/tables.js';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * One cell: text through csvField; a number with a decimal comma (csvNumber), as written by us
 * never a formula, so a negative one stays a number; empty for none (csvNumber's null).
 */
const cell = (v: TableCell): string => (typeof v === 'string' ? csvField(v) : csvNumber(v));

/**
 * A table as a `;`-separated CSV (Dutch Excel's default), UTF-8 with BOM, CRLF: the header,
 * then one line per row; numbers with a decimal comma and no grouping, empty cells empty.
 */
export function tableCsv(table: Table): string {
  const lines = [table.header.map(csvField), ...table.rows.map((r) => r.map(cell))];
  return CSV_BOM + lines.map((l) => l.join(SEPARATOR)).join('\r\n') + '\r\n';
}
