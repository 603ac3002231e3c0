import { csvField } from '../../common/csv/csv-field.js';
import type { Table } from './export/tables.js';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * A table as a `;`-separated CSV (Dutch Excel's default), UTF-8 with BOM, CRLF: the header,
 * then one line per row; numbers as plain digits, empty cells empty.
 */
export function tableCsv(table: Table): string {
  const lines = [
    table.header,
    ...table.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
  ];
  return CSV_BOM + lines.map((l) => l.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}
