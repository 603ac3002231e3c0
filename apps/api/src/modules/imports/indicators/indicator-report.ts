import { basename, dirname, extname, join } from 'node:path';
import type { IndicatorKind, JoinMethod } from '../../indicators/index.js';
import { csvField } from '../../../common/csv/csv-field.js';
import { writeReportFile } from '../report-file.js';

// What an indicator import did, per row of the publisher's file and in total.

export type RowOutcome =
  'CREATED' | 'CHANGED' | 'UNCHANGED' | 'KEPT_MANUAL' | 'AMBIGUOUS' | 'UNJOINED' | 'NO_VALUE';

export const OUTCOME_NL: Record<RowOutcome, string> = {
  CREATED: 'nieuw',
  CHANGED: 'gewijzigd',
  UNCHANGED: 'ongewijzigd',
  KEPT_MANUAL: 'handmatige waarde behouden',
  AMBIGUOUS: 'twijfelachtig',
  UNJOINED: 'niet gekoppeld',
  NO_VALUE: 'geen waarde',
};

/** One row of the file: where it went, or why it did not. Reasons Dutch, hints English. */
export interface ReportLine {
  row: number;
  key: string;
  name: string;
  outcome: RowOutcome;
  /** Vestigingscodes the row's value was written to (several for an institution join). */
  codes: string[];
  joinMethod: JoinMethod | null;
  reason: string;
  hint: string;
}

export interface IndicatorImportSummary {
  kind: IndicatorKind;
  file: string;
  format: 'ods' | 'xlsx' | 'csv';
  sheet: string;
  period: string;
  isAverage: boolean;
  /** Data rows read from the sheet. */
  rows: number;
  /** Per school written (a row joined at institution level counts once per location). */
  created: number;
  changed: number;
  unchanged: number;
  keptManual: number;
  /** Imported values of this kind and period for schools the file no longer joins. */
  removed: number;
  ambiguous: number;
  unjoined: number;
  noValue: number;
  joins: Record<Exclude<JoinMethod, 'MANUAL'>, number>;
  coverage: Coverage;
  lines: ReportLine[];
  durationMs: number;
}

/** How much of the database's active regular primary schools (BAO) the file reaches. */
export interface Coverage {
  baoSchools: number;
  /** BAO locations whose institution (instellingscode) occurs in the file. */
  institutionInFile: number;
  /** BAO locations that now have a value from this import (any join method). */
  withValue: number;
  /** BAO locations joined exactly (one location, one row). */
  exactLocation: number;
}

export function reportCsv(lines: readonly ReportLine[]): string {
  const out = [
    ['rij', 'sleutel', 'naam', 'uitkomst', 'vestigingscodes', 'koppeling', 'reden', 'hint'].join(
      ';',
    ),
  ];
  for (const l of lines) {
    out.push(
      [
        String(l.row),
        l.key,
        l.name,
        OUTCOME_NL[l.outcome],
        l.codes.join(' '),
        l.joinMethod ?? '',
        l.reason,
        l.hint,
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

/** `schoolweging.ods` → `schoolweging.rapport.csv`, next to the input. */
export function defaultIndicatorReportPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.rapport.csv`);
}

/** Writes the report; to the temporary directory when the input's folder is read-only. */
export async function writeIndicatorReport(
  path: string,
  lines: readonly ReportLine[],
): Promise<string> {
  return writeReportFile(path, reportCsv(lines));
}

export function formatReportLine(l: ReportLine): string {
  return `rij ${String(l.row).padEnd(6)} ${(l.key || '—').padEnd(9)} ${OUTCOME_NL[l.outcome]}: ${l.reason} (${l.hint})`;
}
