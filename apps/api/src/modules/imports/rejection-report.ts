import { basename, dirname, extname, join } from 'node:path';
import { csvField } from '../../common/csv/csv-field.js';
import type { Rejection } from './import-types.js';
import { writeReportFile } from './report-file.js';

// The rejection report: one line per refused record, `;`-separated UTF-8 with a BOM so that
// a Dutch spreadsheet opens it with the accents and columns intact.

/** CSV records are numbered by line, GeoJSON records by their position in the collection. */
export type RecordUnit = 'regel' | 'feature';

export function rejectionReportCsv(rejections: readonly Rejection[], unit: RecordUnit): string {
  const lines = [[unit, 'sleutel', 'reden', 'hint'].join(';')];
  for (const r of rejections) {
    lines.push(
      [
        String(r.line),
        r.key,
        r.problems.map((p) => p.reason).join('; '),
        r.problems.map((p) => p.hint).join('; '),
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `scholen.csv` → `scholen.afgewezen.csv`, next to the input. */
export function defaultReportPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.afgewezen.csv`);
}

/** Writes the report to `path`, or to the temporary directory when that is read-only. */
export async function writeRejectionReport(
  path: string,
  rejections: readonly Rejection[],
  unit: RecordUnit,
): Promise<string> {
  return writeReportFile(path, rejectionReportCsv(rejections, unit));
}

/** One readable line per rejection, for the terminal. */
export function formatRejection(r: Rejection, unit: RecordUnit): string {
  const where = `${unit} ${r.line}`.padEnd(12);
  const key = (r.key || '—').padEnd(8);
  return `${where} ${key} ${r.problems.map((p) => `${p.reason} (${p.hint})`).join('; ')}`;
}
