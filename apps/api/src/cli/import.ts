import { runMigrationsOneAtATime } from '../database/run-migrations.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSchoolType, type SchoolType } from '@partnerwijzer/domain';
import { ConfigError, loadConfig } from '../config/config.schema.js';
import type { DatabaseHandle } from '../database/data-source.factory.js';
import { openConfiguredDatabase } from './cli-support.js';
import {
  createProgressReporter,
  defaultReportPath,
  formatRejection,
  ImportAbortedError,
  ImportError,
  type ImportKind,
  importMunicipalities,
  importProvinces,
  type ImportRunOptions,
  importSchools,
  type ImportSummary,
  writeRejectionReport,
} from '../modules/imports/index.js';
import { runIndicatorImport, type IndicatorImportKind } from './import-indicators.js';

// npm run import -- schools|municipalities|provinces|schoolweging|achterstandsscores <file> [options]
// Exit codes: 0 finished (also with rejected rows), 1 fatal error, 2 wrong usage,
// 130 stopped by Ctrl-C (committed batches are kept; run again to finish).

const USAGE = `Gebruik (usage):
  npm run import -- schools <scholen.csv> [--full] [--school-type BAO|SBO|SO|VSO|SO/VSO|VO]
  npm run import -- municipalities <gemeenten.geojson>
  npm run import -- provinces <provincies.geojson>
  npm run import -- schoolweging <schoolweging.ods|.csv> [--year 2021-2024|2023-2024] [--sheet <naam>]
  npm run import -- achterstandsscores <achterstandsscores.xlsx> [--sheet <naam>]

Opties (options):
  --full               volledige import: scholen die niet in het bestand staan worden inactief
                       (full import: schools missing from the file are marked inactive)
  --school-type <T>    schooltype voor bestanden zonder typekolom (DUO basisonderwijs: BAO)
  --year <jaren>       schoolweging: schooljaar (2023-2024) of driejaarsgemiddelde (2021-2024);
                       zonder --year het driejaarsgemiddelde (default: the three-year average)
  --sheet <naam>       het blad van een .ods/.xlsx (the sheet to read)
  --report <pad>       waar het rapport komt (default: naast het invoerbestand)
  --batch-size <n>     records per transactie (default 500 voor scholen, 100 voor gebieden)`;

const KINDS: Record<string, ImportKind> = {
  schools: 'schools',
  scholen: 'schools',
  municipalities: 'municipalities',
  gemeenten: 'municipalities',
  provinces: 'provinces',
  provincies: 'provinces',
};

const INDICATOR_KINDS: Record<string, IndicatorImportKind> = {
  schoolweging: 'schoolweging',
  achterstandsscores: 'achterstandsscores',
  achterstandsscore: 'achterstandsscores',
};

const LABELS: Record<ImportKind, string> = {
  schools: 'scholen',
  municipalities: 'gemeenten',
  provinces: 'provincies',
};

const SHOWN_REJECTIONS = 20;

class UsageError extends Error {}

interface Command {
  kind: ImportKind;
  indicator?: IndicatorImportKind;
  sheet?: string;
  year?: string;
  file: string;
  full: boolean;
  schoolType?: SchoolType;
  report?: string;
  batchSize?: number;
}

function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        full: { type: 'boolean', default: false },
        'school-type': { type: 'string' },
        report: { type: 'string' },
        sheet: { type: 'string' },
        year: { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  const [kindArg, file, ...extra] = positionals;
  const indicator = kindArg ? INDICATOR_KINDS[kindArg.toLowerCase()] : undefined;
  const kind = kindArg ? (KINDS[kindArg.toLowerCase()] ?? (indicator && 'schools')) : undefined;
  if (!kind) {
    throw new UsageError(
      kindArg
        ? `Onbekend soort import (unknown kind): ${kindArg}`
        : 'Geef aan wat je importeert (what to import): schools, municipalities, provinces, schoolweging of achterstandsscores.',
    );
  }
  if (!file) throw new UsageError('Geef het bestand op (the file to import is missing).');
  if (extra.length > 0) {
    throw new UsageError(`Onverwachte argumenten (unexpected arguments): ${extra.join(' ')}`);
  }
  if ((values.sheet !== undefined || values.year !== undefined) && !indicator) {
    throw new UsageError('--sheet en --year gelden alleen voor indicatoren (indicators only).');
  }
  if (values.year !== undefined && indicator !== 'schoolweging') {
    throw new UsageError('--year geldt alleen voor de schoolweging (schoolweging only).');
  }
  if (values.year !== undefined && !/^20[0-9]{2}-20[0-9]{2}$/.test(values.year)) {
    throw new UsageError('--year moet de vorm 2023-2024 of 2021-2024 hebben (e.g. 2023-2024).');
  }
  if (indicator && (values.full || values['school-type'] !== undefined)) {
    throw new UsageError('--full en --school-type gelden alleen voor scholen (only for schools).');
  }
  if (values.full && kind !== 'schools') {
    throw new UsageError('--full geldt alleen voor scholen (only for schools).');
  }
  const schoolType = values['school-type'];
  if (schoolType !== undefined && (kind !== 'schools' || !isSchoolType(schoolType))) {
    throw new UsageError(
      '--school-type moet BAO, SBO, SO, VSO, SO/VSO of VO zijn, bij scholen (schools only).',
    );
  }
  const batch = values['batch-size'];
  const batchSize = batch === undefined ? undefined : Number(batch);
  if (
    batchSize !== undefined &&
    !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000)
  ) {
    throw new UsageError('--batch-size moet een geheel getal van 1 tot 10000 zijn (1–10000).');
  }
  return {
    kind,
    indicator,
    sheet: values.sheet,
    year: values.year,
    file: resolve(file),
    full: values.full ?? false,
    schoolType: schoolType as SchoolType | undefined,
    report: values.report,
    batchSize,
  };
}

async function runImport(
  db: DatabaseHandle,
  cmd: Command,
  run: ImportRunOptions,
): Promise<ImportSummary> {
  switch (cmd.kind) {
    case 'schools':
      return importSchools(db.dataSource, cmd.file, {
        ...run,
        full: cmd.full,
        defaultSchoolType: cmd.schoolType,
      });
    case 'municipalities':
      return importMunicipalities(db.dataSource, cmd.file, run);
    case 'provinces':
      return importProvinces(db.dataSource, cmd.file, run);
  }
}

function printSummary(s: ImportSummary, full: boolean): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const row = (nl: string, n: number, en: string) =>
    out(`  ${nl.padEnd(15)}${String(n).padStart(7)}   (${en})`);
  out(
    `Klaar: ${LABELS[s.kind]} uit ${s.file} (${s.encoding}) in ${(s.durationMs / 1000).toFixed(1)} s, ${s.batches} batch(es)`,
  );
  row('gelezen', s.total, 'read');
  row('nieuw', s.inserted, 'inserted');
  row('bijgewerkt', s.updated, 'updated');
  row('ongewijzigd', s.unchanged, 'unchanged');
  row('afgewezen', s.rejected, 'rejected');
  if (s.kind === 'schools' && full) row('inactief gezet', s.deactivated, 'deactivated');
  if (s.repaired.length > 0) {
    out(
      `  gerepareerd (zero-area spikes/pinches removed): ${s.repaired.length} — ${s.repaired.join(', ')}`,
    );
  }
  if (s.provincesCreated.length > 0) {
    out(`  provincies aangemaakt (provinces created): ${s.provincesCreated.join(', ')}`);
  }
  for (const w of s.warnings) out(`Let op: ${w}`);
}

async function main(argv: string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`${error.message}\n\n`);
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }

  // Fail fast, before the database is opened.
  if (!existsSync(cmd.file))
    throw new ImportError(`Bestand niet gevonden: ${cmd.file} (file not found)`);
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  const abort = new AbortController();
  const onSignal = () => {
    if (abort.signal.aborted) process.exit(130); // second Ctrl-C: stop now, the batch rolls back
    process.stderr.write(
      '\nStoppen na de lopende batch… (stopping after the current batch; Ctrl-C again to stop now)\n',
    );
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = createProgressReporter(`Importeren ${cmd.indicator ?? LABELS[cmd.kind]}`);
  try {
    await runMigrationsOneAtATime(db);
    if (cmd.indicator) {
      const code = await runIndicatorImport(
        db,
        {
          kind: cmd.indicator,
          file: cmd.file,
          sheet: cmd.sheet,
          year: cmd.year,
          report: cmd.report,
        },
        { onProgress: (p) => progress.update(p) },
      );
      progress.finish();
      return code;
    }
    const summary = await runImport(db, cmd, {
      batchSize: cmd.batchSize,
      signal: abort.signal,
      onProgress: (p) => progress.update(p),
    });
    progress.finish();
    printSummary(summary, cmd.full);
    if (summary.rejections.length > 0) {
      const unit = cmd.kind === 'schools' ? 'regel' : 'feature';
      const path = await writeRejectionReport(
        cmd.report ? resolve(cmd.report) : defaultReportPath(cmd.file),
        summary.rejections,
        unit,
      );
      const shown = summary.rejections.slice(0, SHOWN_REJECTIONS);
      process.stdout.write(
        `\nAfgewezen records (rejected), ${shown.length} van ${summary.rejections.length}:\n`,
      );
      for (const r of shown) process.stdout.write(`  ${formatRejection(r, unit)}\n`);
      process.stdout.write(`Volledig rapport (full report): ${path}\n`);
    }
    return 0;
  } catch (error) {
    progress.finish();
    if (error instanceof ImportAbortedError) {
      process.stderr.write(`${error.message}\n`);
      return 130;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof ImportError || error instanceof ConfigError
        ? error.message
        : `Import mislukt (import failed): ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`\n${message}\n`);
    process.exit(1);
  },
);
