// A spreadsheet as the indicator importers see it: named sheets of numbered rows of cells.

/** A cell: text, a number (as the file stores it, not as displayed), or empty. */
export type Cell = string | number | null;

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it (for a CSV: the line, header = 1). */
  row: number;
  cells: Cell[];
}

export interface Workbook {
  /** The kind of file, for messages. */
  format: 'ods' | 'xlsx' | 'csv';
  /** Every sheet name in the file's order (a CSV has one, named after the file). */
  sheetNames: string[];
  /** The rows of the sheets read (only the non-empty rows). */
  sheets: Map<string, SheetRow[]>;
}

/** More columns than any published table has; cells beyond are ignored (padding cells). */
export const MAX_COLUMNS = 256;

/** Unpacked XML larger than this is refused (a broken or hostile file). */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

export function isEmptyCell(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}
