import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseCsv } from '../../apps/api/src/modules/imports/csv.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { readTextFile } from '../../apps/api/src/modules/imports/text-file.js';
import { SHARED_DATA } from '../imports/import-test-support.js';
import { describeWithFiles, type SuiteDescribe } from '../support/shared-data.js';

// The real indicator files (../shared/data/indicators) and the DUO schools they join to.

export const INDICATORS = join(SHARED_DATA, 'indicators');
export const FILES = {
  ods: join(INDICATORS, 'schoolweging-2021-2024.ods'),
  averageCsv: join(INDICATORS, 'schoolweging-2021-2024-driejaarsgemiddelde.csv'),
  yearCsv: join(INDICATORS, 'schoolweging-2023-2024.csv'),
  cbsXlsx: join(INDICATORS, 'cbs-achterstandsscores-basisscholen-2019.xlsx'),
  cbsTable2Csv: join(INDICATORS, 'cbs-achterstandsscores-basisscholen-2019-zonder-drempel.csv'),
  schools: join(SHARED_DATA, 'schools.csv'),
};

/** The suites' `describe` when the indicator files and the schools are there; otherwise a loud skip. */
export function describeWithIndicatorData(): SuiteDescribe {
  return describeWithFiles('the indicator files', Object.values(FILES));
}

/**
 * Loads every DUO school. The provinces and municipalities are taken from the school file's
 * own columns (no boundaries: the indicator joins do not need them), which is much faster than
 * importing the GeoJSON.
 */
export async function loadRealSchools(ds: DataSource): Promise<void> {
  const { text } = await readTextFile(FILES.schools);
  const table = parseCsv(text);
  const col = (name: string) => table.header.indexOf(name);
  const [mc, mn, pc, pn, lat, lon] = [
    'municipalityCode',
    'municipalityName',
    'provinceCode',
    'provinceName',
    'lat',
    'lon',
  ].map(col) as [number, number, number, number, number, number];
  const provinces = new Map<string, string>();
  const municipalities = new Map<string, [string, string, number, number]>();
  for (const r of table.records) {
    const v = r.values;
    provinces.set(v[pc]!, v[pn]!);
    if (!municipalities.has(v[mc]!)) {
      municipalities.set(v[mc]!, [v[mn]!, v[pc]!, Number(v[lat]), Number(v[lon])]);
    }
  }
  await ds.query(
    `INSERT INTO province (code, name) SELECT * FROM unnest($1::varchar[], $2::varchar[])`,
    [[...provinces.keys()], [...provinces.values()]],
  );
  const m = [...municipalities.entries()];
  await ds.query(
    `INSERT INTO municipality (code, name, province_code, center_lat, center_lng)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::float8[], $5::float8[])`,
    [
      m.map((e) => e[0]),
      m.map((e) => e[1][0]),
      m.map((e) => e[1][1]),
      m.map((e) => e[1][2]),
      m.map((e) => e[1][3]),
    ],
  );
  const summary = await importSchools(ds, FILES.schools, { batchSize: 2000 });
  if (summary.rejected > 0) throw new Error(`schools rejected: ${summary.rejected}`);
}

export async function indicatorSnapshot(ds: DataSource): Promise<string> {
  const rows = (await ds.query(
    `SELECT md5(string_agg(t::text, '|' ORDER BY vestigingscode, kind, period)) AS h, count(*)::int AS n
       FROM school_indicator t`,
  )) as { h: string | null; n: number }[];
  return `${rows[0]!.n}:${rows[0]!.h ?? ''}`;
}
