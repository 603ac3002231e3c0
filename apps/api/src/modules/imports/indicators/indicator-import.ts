import { basename } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import {
  writeImportedIndicators,
  type IndicatorKind,
  type IndicatorWrite,
  type IndicatorWriteResult,
} from '../../indicators/index.js';
import { ImportError, type ImportRunOptions } from '../import-types.js';
import { readWorkbook } from '../spreadsheet/read-workbook.js';
import type { Workbook } from '../spreadsheet/sheet-types.js';
import { achterstandSheetWanted, CBS_PUBLISHER, readAchterstandTable } from './achterstand-file.js';
import type { BrokenRow } from './cells.js';
import type {
  Coverage,
  IndicatorImportSummary,
  ReportLine,
  RowOutcome,
} from './indicator-report.js';
import { institutionOf, joinOvtRows, type JoinSchool } from './ovt-join.js';
import {
  readSchoolwegingTable,
  SCHOOLWEGING_PUBLISHER,
  schoolwegingSheetWanted,
  type SchoolwegingChoice,
} from './schoolweging-file.js';

// The indicator importers: read the whole file, refuse it before writing when it is the wrong
// file or sheet or has an unreadable row, join, then write everything in one transaction.

/** A file with unreadable rows: nothing was written; the rows are in `broken`. */
export class BrokenRowsError extends ImportError {
  constructor(
    file: string,
    readonly broken: BrokenRow[],
  ) {
    const shown = broken
      .slice(0, 10)
      .map((b) => `  rij ${b.row} ${b.key || '—'}: ${b.reason} (${b.hint})`)
      .join('\n');
    super(
      `${file}: ${broken.length} onleesbare rij(en); er is niets geïmporteerd. (${broken.length} unreadable row(s); nothing was imported.)\n${shown}`,
    );
  }
}

export interface SchoolwegingImportOptions extends ImportRunOptions, SchoolwegingChoice {}

export async function importSchoolweging(
  ds: DataSource,
  file: string,
  options: SchoolwegingImportOptions = {},
): Promise<IndicatorImportSummary> {
  const started = performance.now();
  const { label, format, table } = await readWholeFile(
    file,
    schoolwegingSheetWanted(options),
    (wb, name) => readSchoolwegingTable(wb, name, options),
    options,
  );

  const schools = await activeBaoSchools(ds);
  const { joined, notJoined } = joinOvtRows(table.rows, schools, table.checkPupils);
  const writes: IndicatorWrite[] = joined.flatMap((j) =>
    j.codes.map((code) => ({
      vestigingscode: code,
      kind: 'SCHOOLWEGING' as const,
      period: table.period,
      isAverage: table.isAverage,
      value: j.source.value!,
      spread: j.source.spread,
      pupils: j.source.pupils,
      valueWithoutThreshold: null,
      valueLowerGrades: null,
      valueUpperGrades: null,
      unreliable: false,
      sourcePublisher: SCHOOLWEGING_PUBLISHER,
      sourceFile: label,
      sourceKey: j.source.key,
      sourceName: j.source.name || null,
      sourceRow: j.source.row,
      joinMethod: j.method,
    })),
  );
  const result = await write(ds, 'SCHOOLWEGING', table.period, writes);

  const lines: ReportLine[] = [
    ...joined.map((j) => ({
      ...joinedLine(j.source.row, j.source.key, j.source.name, j.codes, j.method, result),
      ...(j.note ? { reason: j.note[0], hint: j.note[1] } : {}),
    })),
    ...notJoined.map((n) => ({
      row: n.source.row,
      key: n.source.key,
      name: n.source.name,
      outcome: n.outcome,
      codes: [],
      joinMethod: null,
      reason: n.reason,
      hint: n.hint,
    })),
  ].sort((a, b) => a.row - b.row);

  const inFile = new Set(table.rows.map((r) => institutionOf(r.key)));
  const withValue = new Set(writes.map((w) => w.vestigingscode));
  const coverage: Coverage = {
    baoSchools: schools.length,
    institutionInFile: schools.filter((s) => inFile.has(s.instellingscode)).length,
    withValue: schools.filter((s) => withValue.has(s.vestigingscode)).length,
    exactLocation: joined.filter((j) => j.method === 'EXACT_LOCATION').length,
  };
  return summarise('SCHOOLWEGING', label, format, table, result, lines, coverage, started);
}

export interface AchterstandImportOptions extends ImportRunOptions {
  sheet?: string;
}

export async function importAchterstandsscores(
  ds: DataSource,
  file: string,
  options: AchterstandImportOptions = {},
): Promise<IndicatorImportSummary> {
  const started = performance.now();
  const { label, format, table } = await readWholeFile(
    file,
    achterstandSheetWanted(options.sheet),
    (wb, name) => readAchterstandTable(wb, name, options.sheet),
    options,
  );

  const known = await existingSchools(
    ds,
    table.rows.map((r) => r.code),
  );
  const writes: IndicatorWrite[] = table.rows
    .filter((r) => known.has(r.code))
    .map((r) => ({
      vestigingscode: r.code,
      kind: 'ACHTERSTANDSSCORE' as const,
      period: table.period,
      isAverage: false,
      value: r.value,
      spread: null,
      pupils: r.pupils,
      valueWithoutThreshold: r.withoutThreshold,
      valueLowerGrades: r.lower,
      valueUpperGrades: r.upper,
      unreliable: r.unreliable,
      sourcePublisher: CBS_PUBLISHER,
      sourceFile: label,
      sourceKey: r.code,
      sourceName: null,
      sourceRow: r.row,
      joinMethod: 'EXACT_LOCATION' as const,
    }));
  const result = await write(ds, 'ACHTERSTANDSSCORE', table.period, writes);
  const lines: ReportLine[] = table.rows.map((r) =>
    known.has(r.code)
      ? joinedLine(r.row, r.code, '', [r.code], 'EXACT_LOCATION', result)
      : {
          row: r.row,
          key: r.code,
          name: '',
          outcome: 'UNJOINED' as const,
          codes: [],
          joinMethod: null,
          reason: `vestiging ${r.code} staat niet in de database (gesloten of niet geïmporteerd)`,
          hint: 'school location not in the database: closed since 2019, or import the DUO schools first',
        },
  );
  const schools = await activeBaoSchools(ds);
  const inFile = new Set(table.rows.map((r) => r.code));
  const institutions = new Set(table.rows.map((r) => r.code.slice(0, 4)));
  const joinedBao = schools.filter((s) => inFile.has(s.vestigingscode)).length;
  const coverage: Coverage = {
    baoSchools: schools.length,
    institutionInFile: schools.filter((s) => institutions.has(s.instellingscode)).length,
    withValue: joinedBao,
    exactLocation: joinedBao,
  };
  const period = { ...table, isAverage: false };
  return summarise('ACHTERSTANDSSCORE', label, format, period, result, lines, coverage, started);
}

/**
 * The whole file read (the sheets `wanted`, the table `read` from them), refused before anything
 * is written when a row is unreadable; progress is then all rows at once.
 */
async function readWholeFile<T extends { rows: unknown[]; broken: BrokenRow[] }>(
  file: string,
  wanted: (sheet: string) => boolean,
  read: (wb: Workbook, label: string) => T,
  options: ImportRunOptions,
): Promise<{ label: string; format: Workbook['format']; table: T }> {
  const label = basename(file);
  const wb = await readWorkbook(file, wanted);
  const table = read(wb, label);
  if (table.broken.length > 0) throw new BrokenRowsError(label, table.broken);
  options.onProgress?.({ done: table.rows.length, total: table.rows.length });
  return { label, format: wb.format, table };
}

async function write(
  ds: DataSource,
  kind: IndicatorKind,
  period: string,
  rows: IndicatorWrite[],
): Promise<IndicatorWriteResult> {
  return ds.transaction((tx: EntityManager) => writeImportedIndicators(tx, kind, period, rows));
}

function joinedLine(
  row: number,
  key: string,
  name: string,
  codes: string[],
  method: ReportLine['joinMethod'],
  result: IndicatorWriteResult,
): ReportLine {
  const outcomes = codes.map((c) => outcomeOf(c, result));
  const worst =
    (['CREATED', 'CHANGED', 'KEPT_MANUAL', 'UNCHANGED'] as const).find((o) =>
      outcomes.includes(o),
    ) ?? 'UNCHANGED';
  return {
    row,
    key,
    name,
    outcome: worst,
    codes,
    joinMethod: method,
    reason:
      method === 'INSTITUTION'
        ? `één waarde voor alle ${codes.length} BAO-vestigingen van de instelling`
        : '',
    hint: method === 'INSTITUTION' ? 'one value for every location of the institution' : '',
  };
}

const outcomeMaps = new WeakMap<IndicatorWriteResult, Map<string, RowOutcome>>();

function outcomeOf(code: string, r: IndicatorWriteResult): RowOutcome {
  let map = outcomeMaps.get(r);
  if (!map) {
    map = new Map<string, RowOutcome>([
      ...r.keptManual.map((c) => [c, 'KEPT_MANUAL'] as const),
      ...r.changed.map((c) => [c, 'CHANGED'] as const),
      ...r.created.map((c) => [c, 'CREATED'] as const),
    ]);
    outcomeMaps.set(r, map);
  }
  return map.get(code) ?? 'UNCHANGED';
}

function summarise(
  kind: IndicatorKind,
  file: string,
  format: IndicatorImportSummary['format'],
  table: { sheet: string; period: string; isAverage: boolean; rows: unknown[] },
  result: IndicatorWriteResult,
  lines: ReportLine[],
  coverage: Coverage,
  started: number,
): IndicatorImportSummary {
  const count = (o: RowOutcome) => lines.filter((l) => l.outcome === o).length;
  const joins = { EXACT_LOCATION: 0, INSTITUTION: 0, NAME_SIMILARITY: 0 };
  for (const l of lines) {
    if (l.joinMethod && l.joinMethod !== 'MANUAL') joins[l.joinMethod] += l.codes.length;
  }
  return {
    kind,
    file,
    format,
    sheet: table.sheet,
    period: table.period,
    isAverage: table.isAverage,
    rows: table.rows.length,
    created: result.created.length,
    changed: result.changed.length,
    unchanged: result.unchanged.length,
    keptManual: result.keptManual.length,
    removed: result.removed.length,
    ambiguous: count('AMBIGUOUS'),
    unjoined: count('UNJOINED'),
    noValue: count('NO_VALUE'),
    joins,
    coverage,
    lines,
    durationMs: Math.round(performance.now() - started),
  };
}

async function activeBaoSchools(ds: DataSource): Promise<JoinSchool[]> {
  return (await ds.query(
    `SELECT vestigingscode, instellingscode, name, pupils FROM school
      WHERE active AND school_type = 'BAO' ORDER BY vestigingscode`,
  )) as JoinSchool[];
}

async function existingSchools(ds: DataSource, codes: string[]): Promise<Set<string>> {
  const rows = (await ds.query(
    `SELECT vestigingscode FROM school WHERE vestigingscode = ANY($1::varchar[])`,
    [codes],
  )) as { vestigingscode: string }[];
  return new Set(rows.map((r) => r.vestigingscode));
}
