import { pointInPolygon, type AreaGeometry } from '@partnerwijzer/domain';
import type { DataSource } from 'typeorm';
import type { ImportSummary } from '../../apps/api/src/modules/imports/import-types.js';
import {
  importMunicipalities,
  importProvinces,
} from '../../apps/api/src/modules/imports/region-import.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import {
  REAL_FILES,
  changeEventCount,
  describeWithRealData,
  count,
  suiteDatabase,
} from './import-test-support.js';

// The real open-data bundle (../shared/data): every school, municipality and province.

const describeReal = describeWithRealData();

interface Region {
  code: string;
  provinceCode: string | null;
  geometry: AreaGeometry;
  lat: number | null;
  lng: number | null;
}

interface School {
  vestigingscode: string;
  municipalityCode: string;
  provinceCode: string;
  lat: number;
  lng: number;
}

describeReal('imports: the real DUO and CBS files', () => {
  const database = suiteDatabase();
  let ds: DataSource;
  const first: Partial<Record<'provinces' | 'municipalities' | 'schools', ImportSummary>> = {};

  beforeAll(async () => {
    ds = database.ds;
    first.provinces = await importProvinces(ds, REAL_FILES.provinces);
    first.municipalities = await importMunicipalities(ds, REAL_FILES.municipalities);
    first.schools = await importSchools(ds, REAL_FILES.schools);
  }, 180_000);

  const municipalities = () =>
    ds.query(
      `SELECT code, province_code AS "provinceCode", geometry, center_lat AS lat, center_lng AS lng
         FROM municipality`,
    ) as Promise<Region[]>;

  it('imports 12 provinces, 342 municipalities and 8,622 schools without rejections', async () => {
    expect(first.provinces).toMatchObject({ total: 12, inserted: 12, rejected: 0 });
    expect(first.municipalities).toMatchObject({ total: 342, inserted: 342, rejected: 0 });
    // Nine generalised outlines carry zero-width spikes or pinches; they are repaired, not lost.
    expect(first.municipalities!.repaired.length).toBeLessThanOrEqual(20);
    expect(first.schools).toMatchObject({ total: 8622, inserted: 8622, rejected: 0 });

    expect(
      await count(ds, `SELECT count(*)::int AS n FROM province WHERE geometry IS NOT NULL`),
    ).toBe(12);
    expect(
      await count(
        ds,
        `SELECT count(*)::int AS n FROM municipality WHERE geometry IS NOT NULL AND cardinality(bbox) = 4`,
      ),
    ).toBe(342);
    expect(await count(ds, `SELECT count(*)::int AS n FROM school WHERE active`)).toBe(8622);
    const sectors = (await ds.query(
      `SELECT sector, count(*)::int AS n FROM school GROUP BY sector ORDER BY sector`,
    )) as { sector: string; n: number }[];
    expect(sectors).toEqual([
      { sector: 'PO', n: 6381 },
      { sector: 'SO', n: 622 },
      { sector: 'VO', n: 1619 },
    ]);
    // Matching and search learn about every imported row through the change feed.
    expect(await changeEventCount(ds, 'SCHOOL')).toBe(8622);
    expect(await changeEventCount(ds, 'MUNICIPALITY')).toBe(342);
    expect(await changeEventCount(ds, 'PROVINCE')).toBe(12);
  });

  it('spot checks: the Dam lies in Amsterdam only; school 00AH07 is in Enschede', async () => {
    const all = await municipalities();
    const dam = { lat: 52.3731, lng: 4.8926 };
    expect(all.filter((m) => pointInPolygon(dam, m.geometry)).map((m) => m.code)).toEqual([
      'GM0363',
    ]);
    expect(all.find((m) => m.code === 'GM0363')!.provinceCode).toBe('PV27');

    const [school] = (await ds.query(
      `SELECT municipality_code AS "municipalityCode", province_code AS "provinceCode", lat, lng, city
         FROM school WHERE vestigingscode = '00AH07'`,
    )) as (School & { city: string })[];
    expect(school).toMatchObject({
      municipalityCode: 'GM0153',
      provinceCode: 'PV23',
      city: 'Enschede',
    });
    const enschede = all.find((m) => m.code === 'GM0153')!;
    expect(pointInPolygon(school!, enschede.geometry)).toBe(true);
  });

  it('every municipality anchor point lies inside its own outline', async () => {
    const outside = (await municipalities()).filter(
      (m) => !pointInPolygon({ lat: m.lat!, lng: m.lng! }, m.geometry),
    );
    expect(outside.map((m) => m.code)).toEqual([]);
  });

  it('≥ 99.9% of schools lie inside their municipality polygon, all inside their province', async () => {
    const byCode = new Map((await municipalities()).map((m) => [m.code, m.geometry]));
    const provinces = new Map(
      (
        (await ds.query(`SELECT code, geometry FROM province`)) as {
          code: string;
          geometry: AreaGeometry;
        }[]
      ).map((p) => [p.code, p.geometry]),
    );
    const schools = (await ds.query(
      `SELECT vestigingscode, municipality_code AS "municipalityCode",
              province_code AS "provinceCode", lat, lng FROM school`,
    )) as School[];
    const misplaced = schools.filter((s) => !pointInPolygon(s, byCode.get(s.municipalityCode)!));
    const ratio = (schools.length - misplaced.length) / schools.length;
    // The data README lists the 8 schools within metres of a generalised border.
    expect(misplaced.length).toBeLessThanOrEqual(8);
    expect(ratio).toBeGreaterThanOrEqual(0.999);
    expect(schools.filter((s) => !pointInPolygon(s, provinces.get(s.provinceCode)!))).toEqual([]);
  });

  it('a rerun of all three files changes nothing and records no changes', async () => {
    const events = await count(ds, `SELECT count(*)::int AS n FROM change_event`);
    const provinces = await importProvinces(ds, REAL_FILES.provinces);
    const regions = await importMunicipalities(ds, REAL_FILES.municipalities);
    const schools = await importSchools(ds, REAL_FILES.schools, { full: true });
    expect(provinces).toMatchObject({ inserted: 0, updated: 0, unchanged: 12, rejected: 0 });
    expect(regions).toMatchObject({ inserted: 0, updated: 0, unchanged: 342, rejected: 0 });
    expect(schools).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 8622,
      rejected: 0,
      deactivated: 0,
    });
    expect(await count(ds, `SELECT count(*)::int AS n FROM change_event`)).toBe(events);
  });
});
