import { ImportError } from '../import-types.js';
import type { SheetRow, Workbook } from '../spreadsheet/sheet-types.js';
import { findHeader, headerText, readNumber, readText, type BrokenRow } from './cells.js';
import type { KeyedRow } from './ovt-join.js';

// The Inspectie's schoolweging publication: a sheet per school year (OVT, Naam, BGNR,
// schoolweging, aantal_leerlingen, spreiding) and one with the three-year average (OVT, Naam,
// BGNR, "schoolweging 2021-2022, 2022-2023, 2023-2024"), or a CSV saved from one of them.

export const SCHOOLWEGING_PUBLISHER = 'Inspectie van het Onderwijs / CBS';
const OVT = /^[0-9A-Z]{4}\|C[0-9]{1,3}$/;
const YEARS = /(20[0-9]{2})\s*[-/–]\s*(20[0-9]{2})/g;
/** Published values lie between about 19 and 42; far outside means a wrong column or file. */
const PLAUSIBLE: [number, number] = [10, 60];

export interface SchoolwegingChoice {
  /** The sheet's name (ODS). */
  sheet?: string;
  /** '2023-2024' (one year's sheet) or '2021-2024' (three-year average). */
  year?: string;
}

export interface SchoolwegingTable {
  sheet: string;
  period: string;
  isAverage: boolean;
  rows: KeyedRow[];
  broken: BrokenRow[];
  /**
   * Pupil counts per OVT from the newest year sheet of the same file, when the chosen sheet has
   * none (the three-year average): used only to check name joins, never stored.
   */
  checkPupils: Map<string, number>;
}

/** The sheet to read: the one asked for, or the one whose name is the year asked for. */
export function schoolwegingSheetWanted(choice: SchoolwegingChoice): (name: string) => boolean {
  if (choice.sheet) return (n) => n === choice.sheet;
  return (n) => !/toelichting|verander/i.test(n);
}

export function readSchoolwegingTable(
  wb: Workbook,
  file: string,
  choice: SchoolwegingChoice,
): SchoolwegingTable {
  if (choice.sheet && !wb.sheetNames.includes(choice.sheet)) {
    throw new ImportError(
      `${file}: blad "${choice.sheet}" bestaat niet; kies uit ${wb.sheetNames.map((n) => `"${n}"`).join(', ')}. (No such sheet.)`,
    );
  }
  const candidates = [...wb.sheets.entries()]
    .map(([name, rows]) => describeSheet(name, rows, file))
    .filter((s): s is Described => s !== null);
  if (candidates.length === 0) {
    const which = choice.sheet ? `blad "${choice.sheet}" heeft niet` : 'geen enkel blad heeft';
    throw new ImportError(
      `${file}: ${which} de kolommen van de schoolweging (OVT, Naam, schoolweging …); is dit het goede bestand of blad? (No schoolweging table found: wrong file or sheet.)`,
    );
  }
  const picked = pickSheet(candidates, file, choice);
  return { ...picked, ...readRows(picked), checkPupils: pupilsFromYearSheet(picked, candidates) };
}

function pupilsFromYearSheet(picked: Described, all: Described[]): Map<string, number> {
  const out = new Map<string, number>();
  if (picked.columns.pupils >= 0) return out;
  const newest = all
    .filter((s) => s.columns.pupils >= 0 && s.period !== null && !s.isAverage)
    .sort((a, b) => b.period!.localeCompare(a.period!))[0];
  if (!newest) return out;
  for (const line of newest.rows.slice(newest.headerIndex + 1)) {
    const key = readText(line.cells[newest.columns.ovt]).toUpperCase();
    const pupils = readNumber(line.cells[newest.columns.pupils]);
    if (pupils.ok && pupils.value !== null) out.set(key, pupils.value);
  }
  return out;
}

interface Described {
  sheet: string;
  rows: SheetRow[];
  headerIndex: number;
  columns: { ovt: number; name: number; value: number; pupils: number; spread: number };
  period: string | null;
  isAverage: boolean;
}

function describeSheet(sheet: string, rows: SheetRow[], file: string): Described | null {
  const header = findHeader(rows, 'ovt');
  if (!header) return null;
  const cells = rows[header.index]!.cells.map(headerText);
  const value = cells.findIndex((c) => c.startsWith('schoolweging'));
  if (value < 0) return null;
  const years = [...cells[value]!.matchAll(YEARS)].map((m) => [Number(m[1]), Number(m[2])]);
  let period: string | null = null;
  let isAverage = false;
  if (years.length > 1) {
    period = `${years[0]![0]}-${years.at(-1)![1]}`;
    isAverage = true;
  } else {
    const fromName = [...`${sheet} ${file}`.matchAll(YEARS)][0];
    if (fromName && Number(fromName[2]) - Number(fromName[1]) === 1) {
      period = `${fromName[1]}-${fromName[2]}`;
    }
  }
  return {
    sheet,
    rows,
    headerIndex: header.index,
    columns: {
      ovt: header.column,
      name: cells.indexOf('naam'),
      value,
      pupils: cells.indexOf('aantal_leerlingen'),
      spread: cells.indexOf('spreiding'),
    },
    period,
    isAverage,
  };
}

function pickSheet(
  found: Described[],
  file: string,
  choice: SchoolwegingChoice,
): Described & { period: string } {
  let picked: Described | undefined;
  if (choice.year) {
    picked = found.find((s) => s.period === choice.year);
    // A CSV of one year's sheet carries no year: --year names it.
    if (!picked && found.length === 1 && found[0]!.period === null && !found[0]!.isAverage) {
      picked = { ...found[0]!, period: choice.year };
    }
    if (!picked) {
      throw new ImportError(
        `${file}: geen schoolweging voor ${choice.year}; wel voor ${found.map((s) => s.period ?? `"${s.sheet}" (jaar onbekend)`).join(', ')}. (No sheet for that year.)`,
      );
    }
  } else if (found.length === 1) {
    picked = found[0];
  } else {
    // The whole publication: the three-year average, the value the Inspectie uses.
    picked = found.find((s) => s.isAverage);
    if (!picked) {
      throw new ImportError(
        `${file}: meerdere bladen met een schoolweging; kies er een met --year of --sheet (${found.map((s) => s.sheet).join(', ')}). (Several sheets: choose one.)`,
      );
    }
  }
  if (!picked!.period) {
    throw new ImportError(
      `${file}: het schooljaar van blad "${picked!.sheet}" is niet te zien; geef het op met --year 2023-2024. (School year unknown: pass --year.)`,
    );
  }
  return picked as Described & { period: string };
}

function readRows(s: Described & { period: string }): { rows: KeyedRow[]; broken: BrokenRow[] } {
  const rows: KeyedRow[] = [];
  const broken: BrokenRow[] = [];
  const seen = new Map<string, number>();
  for (const line of s.rows.slice(s.headerIndex + 1)) {
    const c = line.cells;
    const key = readText(c[s.columns.ovt]).toUpperCase();
    const name = s.columns.name >= 0 ? readText(c[s.columns.name]) : '';
    const value = readNumber(c[s.columns.value]);
    const pupils =
      s.columns.pupils >= 0 ? readNumber(c[s.columns.pupils]) : { ok: true as const, value: null };
    const spread =
      s.columns.spread >= 0 ? readNumber(c[s.columns.spread]) : { ok: true as const, value: null };
    const problems: [string, string][] = [];
    if (!OVT.test(key)) {
      problems.push([
        key ? `OVT "${key.slice(0, 20)}" heeft niet de vorm 00AP|C1` : 'OVT ontbreekt',
        'the OVT key must look like 00AP|C1',
      ]);
    } else if (seen.has(key)) {
      problems.push([
        `OVT ${key} staat dubbel (eerder op rij ${seen.get(key)})`,
        'duplicate OVT key',
      ]);
    } else {
      seen.set(key, line.row);
    }
    if (!value.ok) {
      problems.push([
        `schoolweging "${value.text.slice(0, 20)}" is geen getal`,
        'the schoolweging must be a number',
      ]);
    } else if (value.value !== null && (value.value < PLAUSIBLE[0] || value.value > PLAUSIBLE[1])) {
      problems.push([
        `schoolweging ${value.value} ligt buiten ${PLAUSIBLE[0]}–${PLAUSIBLE[1]}`,
        'implausible schoolweging: a wrong column or file?',
      ]);
    }
    if (
      !pupils.ok ||
      (pupils.value !== null && !(Number.isInteger(pupils.value) && pupils.value >= 0))
    ) {
      problems.push([
        'aantal_leerlingen is geen geheel getal',
        'pupil count must be a whole number',
      ]);
    }
    if (!spread.ok || (spread.value !== null && spread.value < 0)) {
      problems.push(['spreiding is geen getal van 0 of meer', 'spread must be a number ≥ 0']);
    }
    if (problems.length > 0) {
      broken.push({
        row: line.row,
        key,
        reason: problems.map((p) => p[0]).join('; '),
        hint: problems.map((p) => p[1]).join('; '),
      });
      continue;
    }
    rows.push({
      row: line.row,
      key,
      name,
      value: value.ok ? value.value : null,
      pupils: pupils.ok ? pupils.value : null,
      spread: spread.ok ? spread.value : null,
    });
  }
  return { rows, broken };
}
