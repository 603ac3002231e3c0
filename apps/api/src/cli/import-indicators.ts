import { resolve } from 'node:path';
import type { DatabaseHandle } from '../database/data-source.factory.js';
import {
  BrokenRowsError,
  defaultIndicatorReportPath,
  formatReportLine,
  importAchterstandsscores,
  importSchoolweging,
  type IndicatorImportSummary,
  type ImportRunOptions,
  writeIndicatorReport,
} from '../modules/imports/index.js';

// The indicator kinds of `npm run import`: the schoolweging (.ods, or a CSV of one sheet) and
// the CBS achterstandsscores (.xlsx). Prints the counts and the join figures, writes the report.

export type IndicatorImportKind = 'schoolweging' | 'achterstandsscores';

export interface IndicatorCommand {
  kind: IndicatorImportKind;
  file: string;
  sheet?: string;
  year?: string;
  report?: string;
}

const SHOWN = 20;

export async function runIndicatorImport(
  db: DatabaseHandle,
  cmd: IndicatorCommand,
  run: ImportRunOptions,
): Promise<number> {
  let summary: IndicatorImportSummary;
  try {
    summary =
      cmd.kind === 'schoolweging'
        ? await importSchoolweging(db.dataSource, cmd.file, {
            ...run,
            sheet: cmd.sheet,
            year: cmd.year,
          })
        : await importAchterstandsscores(db.dataSource, cmd.file, { ...run, sheet: cmd.sheet });
  } catch (error) {
    if (error instanceof BrokenRowsError) {
      const path = await writeIndicatorReport(
        cmd.report ? resolve(cmd.report) : defaultIndicatorReportPath(cmd.file),
        error.broken.map((b) => ({
          row: b.row,
          key: b.key,
          name: '',
          outcome: 'UNJOINED',
          codes: [],
          joinMethod: null,
          reason: `onleesbaar: ${b.reason}`,
          hint: b.hint,
        })),
      );
      process.stderr.write(`\n${error.message}\nRapport (report): ${path}\n`);
      return 1;
    }
    throw error;
  }
  printIndicatorSummary(summary);
  const path = await writeIndicatorReport(
    cmd.report ? resolve(cmd.report) : defaultIndicatorReportPath(cmd.file),
    summary.lines,
  );
  const problems = summary.lines.filter(
    (l) => l.outcome === 'AMBIGUOUS' || l.outcome === 'UNJOINED',
  );
  if (problems.length > 0) {
    process.stdout.write(
      `\nTwijfelachtig of niet gekoppeld (ambiguous or unjoined), ${Math.min(SHOWN, problems.length)} van ${problems.length}:\n`,
    );
    for (const l of problems.slice(0, SHOWN)) process.stdout.write(`  ${formatReportLine(l)}\n`);
  }
  process.stdout.write(`Volledig rapport per rij (full report per row): ${path}\n`);
  return 0;
}

export function printIndicatorSummary(s: IndicatorImportSummary): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const row = (nl: string, n: number, en: string) =>
    out(`  ${nl.padEnd(28)}${String(n).padStart(7)}   (${en})`);
  const pct = (n: number) =>
    s.coverage.baoSchools === 0 ? '—' : `${((100 * n) / s.coverage.baoSchools).toFixed(1)} %`;
  out(
    `Klaar: ${s.kind.toLowerCase()} ${s.period}${s.isAverage ? ' (driejaarsgemiddelde)' : ''} uit ${s.file}, blad "${s.sheet}" (${s.format}) in ${(s.durationMs / 1000).toFixed(1)} s`,
  );
  row('rijen gelezen', s.rows, 'rows read');
  row('scholen nieuw', s.created, 'schools created');
  row('scholen gewijzigd', s.changed, 'changed');
  row('scholen ongewijzigd', s.unchanged, 'unchanged');
  row('handmatig, behouden', s.keptManual, 'set by hand, kept');
  row('verwijderd', s.removed, 'removed: no longer joined');
  row('rijen twijfelachtig', s.ambiguous, 'rows ambiguous');
  row('rijen niet gekoppeld', s.unjoined, 'rows unjoined');
  row('rijen zonder waarde', s.noValue, 'rows without a value');
  out(
    `Koppeling (join): exacte locatie ${s.joins.EXACT_LOCATION}, instelling ${s.joins.INSTITUTION}, naamsgelijkenis ${s.joins.NAME_SIMILARITY} scholen`,
  );
  const c = s.coverage;
  if (c.baoSchools === 0) {
    out(
      'Let op: de database heeft geen actieve BAO-scholen; importeer eerst de scholen. (No primary schools in the database: import the schools first.)',
    );
  }
  out(
    `BAO-vestigingen in de database: ${c.baoSchools}; instelling in het bestand ${c.institutionInFile} (${pct(c.institutionInFile)}), met waarde ${c.withValue} (${pct(c.withValue)}), exacte locatie ${c.exactLocation} (${pct(c.exactLocation)})`,
  );
}
