import { isEmptyCell, type Cell, type SheetRow } from '../spreadsheet/sheet-types.js';

// Reading values out of sheet cells: numbers as stored, or as text with a decimal comma or point.

export type NumberRead = { ok: true; value: number | null } | { ok: false; text: string };

export function readNumber(cell: Cell | undefined): NumberRead {
  if (cell === undefined || cell === null || isEmptyCell(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return { ok: true, value: cell };
  const text = cell.trim();
  if (/^-?[0-9]+([.,][0-9]+)?$/.test(text))
    return { ok: true, value: Number(text.replace(',', '.')) };
  return { ok: false, text };
}

export function readText(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) return '';
  return String(cell).trim();
}

/** A header cell compared loosely: case, line breaks and repeated spaces do not matter. */
export function headerText(cell: Cell | undefined): string {
  return readText(cell).toLowerCase().replace(/\s+/g, ' ');
}

/** The first row (among the first 30) with a cell equal to `label`, and that cell's column. */
export function findHeader(
  rows: readonly SheetRow[],
  label: string,
): { index: number; column: number } | null {
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const column = rows[i]!.cells.findIndex((c) => headerText(c) === label);
    if (column >= 0) return { index: i, column };
  }
  return null;
}

/** Why a row cannot be read at all (the whole import is refused for it). */
export interface BrokenRow {
  row: number;
  key: string;
  reason: string;
  hint: string;
}
