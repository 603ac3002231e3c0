import { join } from 'node:path';
import { pointInPolygon, type AreaGeometry } from '@partnerwijzer/domain';
import type { DataSource } from 'typeorm';
import {
  ImportError,
  type ImportSummary,
  type ProblemCode,
} from '../../apps/api/src/modules/imports/import-types.js';
import {
  importMunicipalities,
  importProvinces,
} from '../../apps/api/src/modules/imports/region-import.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { FIXTURES, changeEventCount, count, testDatabase } from './import-test-support.js';

// Small files written by us with every kind of bad record: each is refused with the right
// reason, and nothing but the good records reaches the database or the change feed.
// Each test has a fresh database and imports first what it builds on (the fixture regions, the
// fixture schools), so any test runs alone (`-t`) or in any order (`--randomize`).

const fixture = (name: string) => join(FIXTURES, name);

/** The fixture provinces: PV21, PV22 and PV27 (the municipalities' file names Overijssel). */
async function importFixtureProvinces(ds: DataSource): Promise<void> {
  await importProvinces(ds, fixture('provinces.geojson'));
}

/** The fixture provinces, then the fixture municipalities: the regions a schools file needs. */
async function importFixtureRegions(ds: DataSource): Promise<void> {
  await importFixtureProvinces(ds);
  await importMunicipalities(ds, fixture('municipalities.geojson'));
}

/** The fixture regions, then the five good schools of schools.csv. */
async function importFixtureSchools(ds: DataSource): Promise<void> {
  await importFixtureRegions(ds);
  await importSchools(ds, fixture('schools.csv'));
}

/** key → codes of its problems, in file order. */
function reasons(summary: ImportSummary): [number, string, ProblemCode[]][] {
  return summary.rejections.map((r) => [r.line, r.key, r.problems.map((p) => p.code)]);
}

/** The reason given for the first problem of the record on `line`. */
function reasonOn(summary: ImportSummary, line: number): string {
  return summary.rejections.find((r) => r.line === line)!.problems[0]!.reason;
}

describe('imports: fixture files with bad records', () => {
  const database = testDatabase();
  let ds: DataSource;

  beforeEach(() => {
    ds = database.ds;
  });

  it('provinces: imports the good features and names each bad one', async () => {
    const summary = await importProvinces(ds, fixture('provinces.geojson'));
    expect(reasons(summary)).toEqual([
      [4, '', ['MISSING_CODE']],
      [5, 'PX9', ['MALFORMED_CODE']],
      [6, 'PV27', ['DUPLICATE_KEY']],
      [7, 'PV28', ['INVALID_GEOMETRY']],
      [8, 'PV29', ['SELF_INTERSECTING_GEOMETRY']],
      [9, 'PV30', ['INVALID_GEOMETRY']],
      [10, 'PV31', ['MISSING_GEOMETRY']],
    ]);
    expect(reasonOn(summary, 7)).toMatch(/niet gesloten/);
    expect(reasonOn(summary, 8)).toMatch(/snijdt zichzelf/);
    expect(reasonOn(summary, 9)).toMatch(/buiten Nederland/);
    expect(reasonOn(summary, 6)).toMatch(/eerder op feature 1/);
    expect(summary).toMatchObject({
      total: 10,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejected: 7,
    });
    for (const r of summary.rejections) {
      for (const p of r.problems) expect(p.hint).toMatch(/[a-z]/);
    }

    const rows = (await ds.query(`SELECT code, name, bbox FROM province ORDER BY code`)) as {
      code: string;
      name: string;
      bbox: number[];
    }[];
    expect(rows).toEqual([
      { code: 'PV21', name: 'Fryslân', bbox: [5.3, 52.8, 6.3, 53.4] },
      { code: 'PV22', name: 'Drenthe', bbox: [6.1, 52.5, 7.1, 53.2] },
      { code: 'PV27', name: 'Noord-Holland', bbox: [4.5, 52.2, 5.3, 52.8] },
    ]);
    expect(await changeEventCount(ds, 'PROVINCE')).toBe(3);
  });

  it('municipalities: imports the good features, creates a named province, rejects the rest', async () => {
    await importFixtureProvinces(ds);
    const summary = await importMunicipalities(ds, fixture('municipalities.geojson'));
    expect(reasons(summary)).toEqual([
      [5, '', ['MISSING_CODE']],
      [6, 'GM36', ['MALFORMED_CODE']],
      [7, 'GM0363', ['DUPLICATE_KEY']],
      [8, 'GM0361', ['INVALID_GEOMETRY']],
      [9, 'GM0344', ['SELF_INTERSECTING_GEOMETRY']],
      [10, 'GM0998', ['INVALID_GEOMETRY']],
      [11, 'GM0518', ['MISSING_FIELD']],
      [12, 'GM0014', ['UNKNOWN_PROVINCE']],
      [13, 'GM0599', ['MISSING_PROVINCE']],
    ]);
    expect(summary).toMatchObject({ total: 14, inserted: 5, rejected: 9 });
    // The zero-width spike on Súdwest-Fryslân's edge is removed, not rejected.
    expect(summary.repaired).toEqual(['GM1900']);
    // Overijssel came with its name on the Enschede feature; Utrecht's feature was rejected.
    expect(summary.provincesCreated).toEqual(['PV23']);

    const rows = (await ds.query(
      `SELECT code, name, province_code AS "provinceCode", center_lat AS lat, center_lng AS lng,
              geometry, bbox
         FROM municipality ORDER BY code`,
    )) as {
      code: string;
      name: string;
      provinceCode: string;
      lat: number;
      lng: number;
      geometry: AreaGeometry;
      bbox: number[];
    }[];
    expect(rows.map((r) => [r.code, r.name, r.provinceCode])).toEqual([
      ['GM0109', 'Coevorden', 'PV22'],
      ['GM0153', 'Enschede', 'PV23'],
      // No province property: the imported Noord-Holland outline contains it.
      ['GM0362', 'Amstelveen', 'PV27'],
      ['GM0363', 'Amsterdam', 'PV27'],
      ['GM1900', 'Súdwest-Fryslân', 'PV21'],
    ]);
    for (const r of rows) {
      // The anchor point lies inside, also for Coevorden's C shape whose centroid does not.
      expect(pointInPolygon({ lat: r.lat, lng: r.lng }, r.geometry)).toBe(true);
    }
    const sudwest = rows.find((r) => r.code === 'GM1900')!;
    expect(sudwest.bbox).toEqual([5.4, 52.9, 5.8, 53.1]);
    const coevorden = rows.find((r) => r.code === 'GM0109')!;
    expect(coevorden.lng).toBeLessThan(6.66);

    expect(
      await count(
        ds,
        `SELECT count(*)::int AS n FROM province WHERE code IN ('PV20', 'PV26', 'PV28', 'PV30')`,
      ),
    ).toBe(0);
    expect(await changeEventCount(ds, 'MUNICIPALITY')).toBe(5);
    expect(await changeEventCount(ds, 'PROVINCE')).toBe(4);
  });

  it('schools: imports the good rows and gives every bad row its reason', async () => {
    await importFixtureRegions(ds);
    const summary = await importSchools(ds, fixture('schools.csv'));
    expect(reasons(summary)).toEqual([
      [7, '', ['MISSING_CODE']],
      [8, '12345', ['MALFORMED_CODE']],
      [9, '00EE00', ['INVALID_POSTCODE']],
      [10, '00EE01', ['INVALID_POSTCODE']],
      [11, '00EE02', ['OUTSIDE_NETHERLANDS']],
      [12, '00EE03', ['OUTSIDE_NETHERLANDS']],
      [13, '00EE04', ['MISSING_COORDINATES']],
      [14, '00EE05', ['UNKNOWN_MUNICIPALITY']],
      [15, '00AA00', ['DUPLICATE_KEY']],
      [16, '00EE06', ['UNKNOWN_SCHOOL_TYPE']],
      [17, '00EE07', ['INVALID_VALUE']],
      [18, '00EE08', ['MISSING_FIELD']],
      [19, '00EE09', ['MALFORMED_CODE']],
    ]);
    expect(reasonOn(summary, 9)).toBe('postcode "123AB" heeft niet de vorm 1234AB');
    expect(reasonOn(summary, 12)).toMatch(/verwisseld/);
    expect(reasonOn(summary, 14)).toBe('onbekende gemeentecode GM9999');
    expect(reasonOn(summary, 15)).toMatch(/eerder op regel 2/);
    expect(summary).toMatchObject({
      total: 18,
      inserted: 5,
      updated: 0,
      unchanged: 0,
      rejected: 13,
      encoding: 'utf-8',
    });

    const schools = (await ds.query(
      `SELECT vestigingscode, instellingscode, name, sector, school_type AS "schoolType",
              postcode, municipality_code AS "municipalityCode", province_code AS "provinceCode",
              pupils, website, active
         FROM school ORDER BY vestigingscode`,
    )) as Record<string, unknown>[];
    expect(schools.map((s) => s.vestigingscode)).toEqual([
      '00AA00',
      '00AA01',
      '00BB00',
      '00CC00',
      '00DD00',
    ]);
    expect(schools[0]).toEqual({
      vestigingscode: '00AA00',
      instellingscode: '00AA',
      name: 'Openbare Basisschool De Dam, "aan het plein"',
      sector: 'PO',
      schoolType: 'BAO',
      postcode: '1012JM',
      municipalityCode: 'GM0363',
      provinceCode: 'PV27',
      pupils: 412,
      website: 'www.dedam.example',
      active: true,
    });
    expect(schools.find((s) => s.vestigingscode === '00CC00')).toMatchObject({
      sector: 'SO',
      schoolType: 'SO/VSO',
      provinceCode: 'PV22',
    });
    expect(await changeEventCount(ds, 'SCHOOL')).toBe(5);
  });

  it('schools: a rerun changes nothing', async () => {
    await importFixtureSchools(ds);
    const summary = await importSchools(ds, fixture('schools.csv'));
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 13 });
    expect(await changeEventCount(ds, 'SCHOOL')).toBe(5);
  });

  it('schools: reads a Windows-1252, semicolon-separated DUO file', async () => {
    await importFixtureSchools(ds);
    await expect(importSchools(ds, fixture('duo-vestigingen-cp1252.csv'))).rejects.toThrow(
      ImportError,
    );
    const summary = await importSchools(ds, fixture('duo-vestigingen-cp1252.csv'), {
      defaultSchoolType: 'BAO',
    });
    expect(summary.encoding).toBe('windows-1252');
    expect(reasons(summary)).toEqual([[5, '22BB01', ['MISSING_COORDINATES']]]);
    expect(summary).toMatchObject({ total: 5, inserted: 4, rejected: 1 });
    const rows = (await ds.query(
      `SELECT vestigingscode, name, address, postcode, city, municipality_code AS gm, lat, lng,
              website, pupils
         FROM school WHERE vestigingscode IN ('11AA00', '11AA01', '22BB00', '33CC00')
        ORDER BY vestigingscode`,
    )) as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        vestigingscode: '11AA00',
        name: 'Obs De Wâlden',
        address: 'Tsjerkestrjitte 3-A',
        postcode: '8601AB',
        city: 'SNEEK',
        gm: 'GM1900',
        lat: 53.0327,
        lng: 5.6589,
        website: 'www.dewalden.example',
        pupils: null,
      },
      expect.objectContaining({ vestigingscode: '11AA01', name: 'CBS ’t Kompas', website: null }),
      expect.objectContaining({ vestigingscode: '22BB00', name: 'Kindcentrum Één', gm: 'GM0109' }),
      expect.objectContaining({
        vestigingscode: '33CC00',
        name: 'Basisschool Café Amstel',
        gm: 'GM0363',
      }),
    ]);
  });

  it('schools: a full import marks vanished schools inactive, keeps demo and rejected ones', async () => {
    // The fixture schools and the four good ones of the DUO file: of these, only the three in
    // the partial file (00CC00 rejected there) and the demo school are not marked inactive.
    await importFixtureSchools(ds);
    await importSchools(ds, fixture('duo-vestigingen-cp1252.csv'), { defaultSchoolType: 'BAO' });
    await ds.query(
      `INSERT INTO school (vestigingscode, instellingscode, name, sector, school_type, address,
         postcode, city, municipality_code, province_code, lat, lng, is_demo)
       VALUES ('ZZ0100', 'ZZ01', 'Voorbeeldschool', 'PO', 'BAO', 'Dam 1', '1012JM', 'Amsterdam',
         'GM0363', 'PV27', 52.37, 4.89, true)`,
    );
    const before = await changeEventCount(ds, 'SCHOOL');
    const summary = await importSchools(ds, fixture('schools-partial.csv'), { full: true });
    // 00CC00's row is rejected (postcode) but it is in the file: it stays active.
    expect(reasons(summary)).toEqual([[4, '00CC00', ['INVALID_POSTCODE']]]);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 1 });
    const inactive = (await ds.query(
      `SELECT vestigingscode FROM school WHERE NOT active ORDER BY vestigingscode`,
    )) as { vestigingscode: string }[];
    expect(inactive.map((r) => r.vestigingscode)).toEqual([
      '00AA01',
      '00DD00',
      '11AA00',
      '11AA01',
      '22BB00',
      '33CC00',
    ]);
    expect(summary.deactivated).toBe(6);
    expect(await changeEventCount(ds, 'SCHOOL')).toBe(before + 1 + 6);
    expect(
      await count(
        ds,
        `SELECT count(*)::int AS n FROM school WHERE vestigingscode = 'ZZ0100' AND active`,
      ),
    ).toBe(1);

    // Back in a later file → active again, counted as updated.
    const again = await importSchools(ds, fixture('schools.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 3, unchanged: 2 });
  });
});
