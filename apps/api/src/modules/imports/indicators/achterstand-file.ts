import { ImportError } from '../import-types.js';
import type { SheetRow, Workbook } from '../spreadsheet/sheet-types.js';
import { findHeader, headerText, readNumber, readText, type BrokenRow } from './cells.js';

// CBS "Achterstandsscores basisscholen 2019": table 1 (funded pupils, the score with threshold
// that set the 2020 funding, footnote a = 40 pupils or fewer) and table 2 (the score without
// threshold, in total and for the lower and upper grades), keyed by vestigingscode.

export const CBS_PUBLISHER = 'CBS';
const KEY_HEADER = 'school (brin vestiging)';
const CODE = /^[0-9A-Z]{4}[0-9]{2}$/;

export interface AchterstandRow {
  row: number;
  code: string;
  value: number;
  pupils: number | null;
  unreliable: boolean;
  withoutThreshold: number | null;
  lower: number | null;
  upper: number | null;
}

export interface AchterstandTable {
  sheet: string;
  period: string;
  rows: AchterstandRow[];
  broken: BrokenRow[];
}

interface Table {
  sheet: string;
  rows: SheetRow[];
  header: number;
  columns: Record<string, number>;
  period: string | null;
}

export function achterstandSheetWanted(sheet?: string): (name: string) => boolean {
  return sheet
    ? (n) => n === sheet
    : (n) => /^tabel/i.test(n) || !/voorblad|inhoud|toelichting|bron/i.test(n);
}

export function readAchterstandTable(wb: Workbook, file: string, sheet?: string): AchterstandTable {
  if (sheet && !wb.sheetNames.includes(sheet)) {
    throw new ImportError(
      `${file}: blad "${sheet}" bestaat niet; kies uit ${wb.sheetNames.map((n) => `"${n}"`).join(', ')}. (No such sheet.)`,
    );
  }
  const tables = [...wb.sheets.entries()]
    .map(([name, rows]) => describe(name, rows))
    .filter((t): t is Table => t !== null);
  const scores = tables.find((t) => t.columns.score !== undefined);
  const extra = tables.find((t) => t.columns.withoutThreshold !== undefined);
  if (!scores) {
    throw new ImportError(
      extra
        ? `${file}: dit is alleen tabel 2 (zonder drempel); de achterstandsscore zelf staat in tabel 1. Importeer het .xlsx-bestand van het CBS of een CSV van tabel 1. (Table 1 with the score is missing.)`
        : `${file}: geen tabel met de kolommen "School (BRIN vestiging)" en "Achterstandsscore"; is dit het goede bestand of blad? (No achterstandsscore table found: wrong file or sheet.)`,
    );
  }
  const broken: BrokenRow[] = [];
  const more = extra ? readExtra(extra, broken) : new Map<string, ExtraScores>();
  const rows: AchterstandRow[] = [];
  const seen = new Map<string, number>();
  for (const line of dataRows(scores, broken)) {
    const c = line.cells;
    const code = readText(c[scores.columns.code!]).toUpperCase();
    const value = readNumber(c[scores.columns.score!]);
    const pupils =
      scores.columns.pupils === undefined
        ? { ok: true as const, value: null }
        : readNumber(c[scores.columns.pupils]);
    const problems: string[] = [];
    if (seen.has(code))
      problems.push(`vestigingscode ${code} staat dubbel (eerder op rij ${seen.get(code)})`);
    else seen.set(code, line.row);
    if (!value.ok || value.value === null || value.value < 0)
      problems.push('achterstandsscore is geen getal van 0 of meer');
    if (
      !pupils.ok ||
      (pupils.value !== null && !(Number.isInteger(pupils.value) && pupils.value >= 0))
    ) {
      problems.push('aantal bekostigde leerlingen is geen geheel getal');
    }
    if (problems.length > 0 || !value.ok || value.value === null) {
      broken.push({
        row: line.row,
        key: code,
        reason: problems.join('; '),
        hint: 'unreadable row: the file was changed after publication?',
      });
      continue;
    }
    const marks = c
      .slice(scores.columns.score! + 1)
      .map(readText)
      .join(' ');
    rows.push({
      row: line.row,
      code,
      value: value.value,
      pupils: pupils.ok ? pupils.value : null,
      unreliable: /\ba\b/.test(marks),
      withoutThreshold: more.get(code)?.withoutThreshold ?? null,
      lower: more.get(code)?.lower ?? null,
      upper: more.get(code)?.upper ?? null,
    });
  }
  return { sheet: scores.sheet, period: scores.period ?? extra?.period ?? '2019', rows, broken };
}

function describe(sheet: string, rows: SheetRow[]): Table | null {
  const header = findHeader(rows, KEY_HEADER);
  if (!header) return null;
  const cells = rows[header.index]!.cells.map(headerText);
  const columns: Record<string, number> = { code: header.column };
  cells.forEach((h, i) => {
    if (h === 'achterstandsscore') columns.score = i;
    else if (h === 'aantal bekostigde leerlingen') columns.pupils = i;
    else if (h === 'achterstandsscore zonder drempel') columns.withoutThreshold = i;
    else if (h.startsWith('achterstandsscore zonder drempel (onderbouw')) columns.lower = i;
    else if (h.startsWith('achterstandsscore zonder drempel (bovenbouw')) columns.upper = i;
  });
  // The title above the header names the reference date: "…, 1 oktober 2019".
  const title = rows
    .slice(0, header.index)
    .map((r) => r.cells.map(readText).join(' '))
    .join(' ');
  const year = /\b(20[0-9]{2})\b/.exec(title)?.[1] ?? null;
  return { sheet, rows, header: header.index, columns, period: year };
}

/** The rows under the header up to the source line ("Bron: CBS") and the footnotes. */
function dataRows(t: Table, broken: BrokenRow[]): SheetRow[] {
  const out: SheetRow[] = [];
  for (const line of t.rows.slice(t.header + 1)) {
    const first = readText(line.cells[t.columns.code!]);
    if (/^bron\b/i.test(first)) break;
    if (first === '') continue;
    if (!CODE.test(first.toUpperCase())) {
      broken.push({
        row: line.row,
        key: first.slice(0, 20),
        reason: `"${first.slice(0, 20)}" is geen vestigingscode (4 tekens en 2 cijfers)`,
        hint: 'the key must be a vestigingscode such as 00AP00',
      });
      continue;
    }
    out.push(line);
  }
  return out;
}

interface ExtraScores {
  withoutThreshold: number | null;
  lower: number | null;
  upper: number | null;
}

function readExtra(t: Table, broken: BrokenRow[]): Map<string, ExtraScores> {
  const out = new Map<string, ExtraScores>();
  for (const line of dataRows(t, broken)) {
    const code = readText(line.cells[t.columns.code!]).toUpperCase();
    const read = (col: number | undefined) =>
      col === undefined ? { ok: true as const, value: null } : readNumber(line.cells[col]);
    const [w, l, u] = [
      read(t.columns.withoutThreshold),
      read(t.columns.lower),
      read(t.columns.upper),
    ];
    if (!w.ok || !l.ok || !u.ok) {
      broken.push({
        row: line.row,
        key: code,
        reason: `${t.sheet}: score zonder drempel is geen getal`,
        hint: 'unreadable number in table 2',
      });
      continue;
    }
    out.set(code, { withoutThreshold: w.value, lower: l.value, upper: u.value });
  }
  return out;
}
