import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  BrokenRowsError,
  importAchterstandsscores,
  importSchoolweging,
  type IndicatorImportSummary,
} from '../../apps/api/src/modules/imports/index.js';
import { writeManualIndicator } from '../../apps/api/src/modules/indicators/repository.js';
import { suiteDatabase } from '../imports/import-test-support.js';
import { schoolwegingRow } from './schoolweging-row.js';
import {
  describeWithIndicatorData,
  FILES,
  indicatorSnapshot,
  loadRealSchools,
} from './indicator-test-support.js';

// The importers on the publishers' real files (../shared/data/indicators) against every DUO
// school: join rates, reruns, and refusals that write nothing.

const describeReal = describeWithIndicatorData();

function figures(label: string, s: IndicatorImportSummary): void {
  const c = s.coverage;
  const pct = (n: number) => `${((100 * n) / c.baoSchools).toFixed(2)} %`;
  console.log(
    `[${label}] ${s.file} "${s.sheet}" ${s.period}: rows ${s.rows}, created ${s.created}, changed ${s.changed}, unchanged ${s.unchanged}, kept ${s.keptManual}, ambiguous ${s.ambiguous}, unjoined ${s.unjoined}, no value ${s.noValue}; joins exact ${s.joins.EXACT_LOCATION} / institution ${s.joins.INSTITUTION} / name ${s.joins.NAME_SIMILARITY}; BAO ${c.baoSchools}: institution in file ${c.institutionInFile} (${pct(c.institutionInFile)}), with value ${c.withValue} (${pct(c.withValue)}), exact location ${c.exactLocation} (${pct(c.exactLocation)}); ${s.durationMs} ms`,
  );
}

describeReal('indicator importers on the real files', () => {
  const database = suiteDatabase();
  let ds: DataSource;
  let work: string;

  beforeAll(async () => {
    ds = database.ds;
    await loadRealSchools(ds);
    work = mkdtempSync(join(tmpdir(), 'pw-indicators-'));
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('joins the three-year average of the .ods: ≥ 99 % at institution level, ≥ 92 % exact', async () => {
    // A first import: no three-year average in the database, whatever other tests left.
    await ds.query(
      `DELETE FROM school_indicator WHERE kind = 'SCHOOLWEGING' AND period = '2021-2024'`,
    );
    const s = await importSchoolweging(ds, FILES.ods);
    figures('schoolweging ods', s);
    expect(s).toMatchObject({ sheet: 'Driejaarsgemiddelde', period: '2021-2024', isAverage: true });
    expect(s.rows).toBe(6338);
    expect(s.coverage.institutionInFile / s.coverage.baoSchools).toBeGreaterThanOrEqual(0.99);
    expect(s.coverage.exactLocation / s.coverage.baoSchools).toBeGreaterThanOrEqual(0.92);
    expect(s.changed + s.unchanged).toBe(0);
    // Every row of the file is accounted for, with a reason when it was not joined.
    expect(new Set(s.lines.map((l) => l.row)).size).toBe(s.rows);
    for (const l of s.lines.filter((x) =>
      ['AMBIGUOUS', 'UNJOINED', 'NO_VALUE'].includes(x.outcome),
    )) {
      expect(l.reason).not.toBe('');
      expect(l.codes).toEqual([]);
    }
    const stored = (await ds.query(
      `SELECT join_method AS m, count(*)::int AS n FROM school_indicator
        WHERE kind = 'SCHOOLWEGING' AND period = '2021-2024' AND source_file = $1 AND source_key IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
      ['schoolweging-2021-2024.ods'],
    )) as { m: string; n: number }[];
    expect(stored.reduce((a, r) => a + r.n, 0)).toBe(s.created);
    // The crosswalk's first row, joined exactly: 00AP|C1 WereldWijs → 00AP00, 31.47.
    const [first] = (await ds.query(
      `SELECT value, join_method AS m, source_key AS k, source_row AS r FROM school_indicator
        WHERE vestigingscode = '00AP00' AND kind = 'SCHOOLWEGING' AND period = '2021-2024'`,
    )) as { value: number; m: string; k: string; r: number }[];
    expect(first).toEqual({ value: 31.47, m: 'EXACT_LOCATION', k: '00AP|C1', r: 2 });
  }, 60_000);

  it('changes nothing on a rerun, and keeps a value set by hand', async () => {
    await importSchoolweging(ds, FILES.ods);
    await ds.transaction((tx) =>
      writeManualIndicator(
        tx,
        schoolwegingRow({
          vestigingscode: '00AR00',
          value: 29,
          sourceKey: '00AR|C1',
          sourceName: null,
          sourceRow: null,
          joinMethod: 'MANUAL',
          note: 'test',
        }),
        { userId: null, label: 'test' },
      ),
    );
    const before = await indicatorSnapshot(ds);
    const s = await importSchoolweging(ds, FILES.ods);
    figures('schoolweging ods rerun', s);
    expect(s).toMatchObject({ created: 0, changed: 0, removed: 0, keptManual: 1 });
    expect(await indicatorSnapshot(ds)).toBe(before);
  }, 60_000);

  it('reads one year’s sheet and the CSVs saved from the publication with the same values', async () => {
    // The three-year average from the .ods, for the average CSV to be compared with.
    await importSchoolweging(ds, FILES.ods);
    const year = await importSchoolweging(ds, FILES.ods, { year: '2023-2024' });
    figures('schoolweging ods 2023-2024', year);
    expect(year).toMatchObject({ sheet: '2023-2024', period: '2023-2024', isAverage: false });
    const [row] = (await ds.query(
      `SELECT value, pupils, spread FROM school_indicator
        WHERE vestigingscode = '00AP00' AND kind = 'SCHOOLWEGING' AND period = '2023-2024'`,
    )) as { value: number; pupils: number; spread: number }[];
    expect(row).toEqual({ value: 33.08, pupils: 98, spread: 7.87 });

    const values = () =>
      ds.query(
        `SELECT vestigingscode, period, value, pupils, spread, join_method FROM school_indicator
          WHERE kind = 'SCHOOLWEGING' AND join_method <> 'MANUAL' ORDER BY 1, 2`,
      );
    const fromOds = await values();
    const csvYear = await importSchoolweging(ds, FILES.yearCsv);
    expect(csvYear).toMatchObject({ format: 'csv', period: '2023-2024', created: 0, removed: 0 });
    expect(await values()).toEqual(fromOds);

    // The CSV of the average sheet has no pupil counts, so its name joins go unchecked: the
    // same values as from the .ods, plus the name pairs the .ods's pupil check turned down.
    const csvAverage = await importSchoolweging(ds, FILES.averageCsv);
    figures('schoolweging csv 2021-2024', csvAverage);
    expect(csvAverage).toMatchObject({ format: 'csv', period: '2021-2024', removed: 0 });
    expect(csvAverage.joins.EXACT_LOCATION).toBe(5654);
    const after = new Set(((await values()) as unknown[]).map((r) => JSON.stringify(r)));
    const missing = (fromOds as unknown[]).filter((r) => !after.has(JSON.stringify(r)));
    expect(missing).toEqual([]);
    expect(after.size - (fromOds as unknown[]).length).toBe(csvAverage.created);
  }, 60_000);

  it('joins the CBS achterstandsscores by vestigingscode, and a rerun changes nothing', async () => {
    const s = await importAchterstandsscores(ds, FILES.cbsXlsx);
    figures('achterstandsscores xlsx', s);
    expect(s).toMatchObject({ sheet: 'Tabel 1', period: '2019', rows: 6295 });
    expect(s.coverage.withValue / s.coverage.baoSchools).toBeGreaterThanOrEqual(0.97);
    const [row] = (await ds.query(
      `SELECT value, pupils, value_without_threshold AS w, value_lower_grades AS l,
              value_upper_grades AS u, unreliable, join_method AS m
         FROM school_indicator WHERE vestigingscode = '00AP00' AND kind = 'ACHTERSTANDSSCORE'`,
    )) as unknown[];
    expect(row).toEqual({
      value: 33.02,
      pupils: 100,
      w: 102.62,
      l: 26.17,
      u: 76.45,
      unreliable: false,
      m: 'EXACT_LOCATION',
    });
    const again = await importAchterstandsscores(ds, FILES.cbsXlsx);
    expect(again).toMatchObject({ created: 0, changed: 0, removed: 0 });
  }, 60_000);

  describe('refusals write nothing', () => {
    const refused = async (run: () => Promise<unknown>, message: RegExp) => {
      const before = await indicatorSnapshot(ds);
      await expect(run()).rejects.toThrow(message);
      expect(await indicatorSnapshot(ds)).toBe(before);
    };

    it('a wrong file', async () => {
      await refused(
        () => importSchoolweging(ds, FILES.schools),
        /geen enkel blad heeft de kolommen van de schoolweging/,
      );
      await refused(() => importSchoolweging(ds, FILES.cbsXlsx), /kolommen van de schoolweging/);
      await refused(
        () => importAchterstandsscores(ds, FILES.ods, { sheet: '2023-2024' }),
        /geen tabel met de kolommen/,
      );
      await refused(() => importAchterstandsscores(ds, FILES.cbsTable2Csv), /alleen tabel 2/);
    }, 60_000);

    it('a wrong or unknown sheet, or a year the file does not have', async () => {
      await refused(
        () => importSchoolweging(ds, FILES.ods, { sheet: 'Toelichting' }),
        /blad "Toelichting" heeft niet de kolommen/,
      );
      await refused(
        () => importSchoolweging(ds, FILES.ods, { sheet: 'Blad9' }),
        /blad "Blad9" bestaat niet; kies uit "Toelichting"/,
      );
      await refused(
        () => importSchoolweging(ds, FILES.ods, { year: '2019-2020' }),
        /geen schoolweging voor 2019-2020/,
      );
    }, 60_000);

    it('a broken row: named with its row number, and nothing of the file is written', async () => {
      const lines = readFileSync(FILES.yearCsv, 'utf8').split('\n');
      lines[100] = lines[100]!.replace(/,[0-9]+\.[0-9]+,/, ',abc,');
      const broken = join(work, 'schoolweging-2022-2023-kapot.csv');
      writeFileSync(broken, lines.join('\n'));
      const before = await indicatorSnapshot(ds);
      const error = (await importSchoolweging(ds, broken).catch(
        (e: unknown) => e,
      )) as BrokenRowsError;
      expect(error).toBeInstanceOf(BrokenRowsError);
      expect(error.broken).toEqual([
        expect.objectContaining({
          row: 101,
          reason: expect.stringContaining('"abc" is geen getal'),
        }),
      ]);
      expect(error.message).toContain('er is niets geïmporteerd');
      expect(await indicatorSnapshot(ds)).toBe(before);
      const stored = (await ds.query(
        `SELECT count(*)::int AS n FROM school_indicator WHERE period = '2022-2023'`,
      )) as { n: number }[];
      expect(stored[0]!.n).toBe(0);
    }, 60_000);
  });
});
