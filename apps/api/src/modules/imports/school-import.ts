import { basename } from 'node:path';
import type { SchoolType } from '@partnerwijzer/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { recordChanges } from '../change-feed/index.js';
import { parseCsv } from './csv.js';
import { importInBatches } from './batch-import.js';
import {
  checkBatchSize,
  emptySummary,
  DEFAULT_BATCH_SIZE,
  type ImportRunOptions,
  type ImportSummary,
  type Written,
} from './import-types.js';
import { problems } from './problems.js';
import { resolveSchoolColumns, type OptionalColumns, type SchoolRow } from './school-record.js';
import { readTextFile } from './text-file.js';

export interface SchoolImportOptions extends ImportRunOptions {
  /**
   * A full import: after every batch succeeded, schools that are not in the file are marked
   * inactive (never deleted; demo schools are left alone). Off by default, because DUO
   * publishes one file per sector and importing the primary-school file must not switch off
   * every secondary school.
   */
  full?: boolean;
  /** School type for files without a type column (DUO's basisonderwijs file: BAO). */
  defaultSchoolType?: SchoolType;
}

/**
 * Imports school locations from a CSV file: batches of rows, each validated and then
 * upserted by vestigingscode in one transaction together with its change events. A crash
 * loses at most the running batch; a rerun finishes the job (unchanged rows stay untouched).
 */
export async function importSchools(
  dataSource: DataSource,
  file: string,
  options: SchoolImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = checkBatchSize(options.batchSize ?? DEFAULT_BATCH_SIZE);
  const { text, encoding } = await readTextFile(file);
  const table = parseCsv(text);
  const columns = resolveSchoolColumns(table.header, options.defaultSchoolType);
  const summary = emptySummary('schools', basename(file), encoding);
  summary.warnings.push(...columns.warnings);
  summary.total = table.records.length;

  const provinceOf = await loadMunicipalities(dataSource);
  const firstLine = await importInBatches(dataSource, summary, table.records, options, {
    batchSize,
    unit: 'regel',
    placeOf: (record) => record.line,
    check: (record) => {
      const parsed = columns.read(record);
      if (!parsed.row || provinceOf.has(parsed.row.municipalityCode)) return parsed;
      const unknown = problems.unknownMunicipality(parsed.row.municipalityCode);
      return { ...parsed, problems: [...parsed.problems, unknown] };
    },
    write: (tx, rows) => upsertSchools(tx, rows, provinceOf, columns.optional),
  });

  if (options.full) {
    if (firstLine.size === 0) {
      summary.warnings.push(
        'Volledige import overgeslagen: het bestand bevat geen enkele geldige vestigingscode. (Full import skipped: no valid codes in the file.)',
      );
    } else {
      summary.deactivated = await dataSource.transaction((tx) =>
        deactivateMissing(tx, [...firstLine.keys()]),
      );
    }
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

async function loadMunicipalities(dataSource: DataSource): Promise<Map<string, string>> {
  const rows = (await dataSource.query(
    `SELECT code, province_code AS "provinceCode" FROM municipality`,
  )) as { code: string; provinceCode: string }[];
  return new Map(rows.map((r) => [r.code, r.provinceCode]));
}

async function upsertSchools(
  tx: EntityManager,
  rows: SchoolRow[],
  provinceOf: Map<string, string>,
  optional: OptionalColumns,
): Promise<Written> {
  // Columns the file does not have keep their stored value on update.
  const updated = [
    'instellingscode',
    'name',
    'sector',
    'school_type',
    ...(optional.denomination ? ['denomination'] : []),
    'address',
    'postcode',
    'city',
    'municipality_code',
    'province_code',
    'lat',
    'lng',
    ...(optional.pupils ? ['pupils'] : []),
    ...(optional.website ? ['website'] : []),
  ];
  const set = updated.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  const mine = updated.map((c) => `s.${c}`).join(', ');
  const theirs = updated.map((c) => `EXCLUDED.${c}`).join(', ');
  const changed = (await tx.query(
    `INSERT INTO school AS s (vestigingscode, instellingscode, name, sector, school_type,
       denomination, address, postcode, city, municipality_code, province_code, lat, lng,
       pupils, website, active, is_demo)
     SELECT v.*, true, false
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[],
                   $6::varchar[], $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[],
                   $11::varchar[], $12::float8[], $13::float8[], $14::int[], $15::varchar[]) AS v
     ON CONFLICT (vestigingscode) DO UPDATE
        SET ${set}, active = true, is_demo = false, updated_at = now()
      WHERE (${mine}, s.active, s.is_demo) IS DISTINCT FROM (${theirs}, true, false)
     RETURNING s.vestigingscode AS code, (s.xmax::text = '0') AS inserted`,
    [
      rows.map((r) => r.vestigingscode),
      rows.map((r) => r.instellingscode),
      rows.map((r) => r.name),
      rows.map((r) => r.sector),
      rows.map((r) => r.schoolType),
      rows.map((r) => r.denomination),
      rows.map((r) => r.address),
      rows.map((r) => r.postcode),
      rows.map((r) => r.city),
      rows.map((r) => r.municipalityCode),
      rows.map((r) => provinceOf.get(r.municipalityCode) ?? null),
      rows.map((r) => r.lat),
      rows.map((r) => r.lng),
      rows.map((r) => r.pupils),
      rows.map((r) => r.website),
    ],
  )) as { code: string; inserted: boolean }[];
  await recordChanges(
    tx,
    'SCHOOL',
    changed.map((r) => r.code),
  );
  const inserted = changed.filter((r) => r.inserted).length;
  return { inserted, updated: changed.length - inserted };
}

async function deactivateMissing(tx: EntityManager, present: string[]): Promise<number> {
  // A CTE makes the driver hand back the rows (a bare UPDATE returns [rows, count]).
  const rows = (await tx.query(
    `WITH gone AS (
       UPDATE school SET active = false, updated_at = now()
        WHERE active AND NOT is_demo AND NOT (vestigingscode = ANY($1::varchar[]))
       RETURNING vestigingscode)
     SELECT vestigingscode AS code FROM gone`,
    [present],
  )) as { code: string }[];
  await recordChanges(
    tx,
    'SCHOOL',
    rows.map((r) => r.code),
  );
  return rows.length;
}
