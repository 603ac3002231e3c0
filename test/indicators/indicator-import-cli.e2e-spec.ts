import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../apps/api/src/database/data-source.factory.js';
import { buildApi, runNode } from '../support/built-api.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { openTestDatabase } from '../imports/import-test-support.js';

// `npm run import -- schoolweging|achterstandsscores` as a user runs it: the built CLI on small
// files written here (no shared data needed), against a database with two schools.

const HEADER = 'OVT,Naam,BGNR,schoolweging,aantal_leerlingen,spreiding';

describe('indicator import CLI', () => {
  let db: TestDatabase;
  let work: string;

  const withDb = async <T>(fn: (h: DatabaseHandle) => Promise<T>): Promise<T> => {
    const h = await openTestDatabase(db);
    try {
      return await fn(h);
    } finally {
      await h.close();
    }
  };
  const stored = () =>
    withDb(
      async (h) =>
        (await h.dataSource.query(
          `SELECT vestigingscode, period, value, join_method AS m FROM school_indicator ORDER BY 1`,
        )) as { vestigingscode: string; period: string; value: number; m: string }[],
    );
  const cli = (args: string[]) =>
    // The CLI must open the suite's own database: PostgreSQL in CI's second run, else PGlite.
    runNode('cli/import.js', args, {
      PGLITE_DATA_DIR: db.pgliteDataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    });

  beforeAll(async () => {
    buildApi();
    db = await createTestDatabase();
    work = mkdtempSync(join(tmpdir(), 'pw-indicator-cli-'));
    await withDb(async (h) => {
      await h.dataSource.query(`INSERT INTO province (code, name) VALUES ('PV29', 'Zuid-Holland')`);
      await h.dataSource.query(
        `INSERT INTO municipality (code, name, province_code, center_lat, center_lng)
         VALUES ('GM0606', 'Schiedam', 'PV29', 51.92, 4.39)`,
      );
      await h.dataSource.query(
        `INSERT INTO school (vestigingscode, instellingscode, name, sector, school_type, address,
                             postcode, city, municipality_code, province_code, lat, lng, pupils)
         VALUES ('99AA00', '99AA', 'De Klimop', 'PO', 'BAO', 'Laan 1', '3111AA', 'Schiedam', 'GM0606', 'PV29', 51.92, 4.39, 210),
                ('99BB00', '99BB', 'Het Kompas', 'PO', 'BAO', 'Laan 2', '3111AB', 'Schiedam', 'GM0606', 'PV29', 51.92, 4.39, 150)`,
      );
    });
  }, 300_000);

  afterAll(async () => {
    await db?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('refuses wrong usage with exit code 2', async () => {
    const run = await cli(['schoolweging', join(work, 'x.csv'), '--year', '2023']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--year moet de vorm 2023-2024');
  }, 60_000);

  it('imports a CSV of one year, writes the report, and a rerun changes nothing', async () => {
    const file = join(work, 'schoolweging-2023-2024.csv');
    writeFileSync(file, `${HEADER}\n99AA|C1,De Klimop,1,33.5,205,6.1\n77ZZ|C1,Elders,1,30,80,5\n`);
    const first = await cli(['schoolweging', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/scholen nieuw\s+1/);
    expect(first.stdout).toMatch(/rijen niet gekoppeld\s+1/);
    expect(first.stdout).toContain('rij 3      77ZZ|C1');
    const report = readFileSync(join(work, 'schoolweging-2023-2024.rapport.csv'), 'utf8');
    expect(report).toContain('2;99AA|C1;De Klimop;nieuw;99AA00;EXACT_LOCATION');
    expect(report).toContain('3;77ZZ|C1;Elders;niet gekoppeld');
    const again = await cli(['schoolweging', file]);
    expect(again.stdout).toMatch(/scholen gewijzigd\s+0/);
    expect(again.stdout).toMatch(/scholen ongewijzigd\s+1/);
    expect(await stored()).toEqual([
      { vestigingscode: '99AA00', period: '2023-2024', value: 33.5, m: 'EXACT_LOCATION' },
    ]);
  }, 120_000);

  it('refuses a file with a broken row (exit 1), naming the row, writing nothing', async () => {
    const before = await stored();
    const file = join(work, 'schoolweging-2022-2023.csv');
    writeFileSync(
      file,
      `${HEADER}\n99AA|C1,De Klimop,1,31.2,200,6\n99BB|C1,Het Kompas,1,n.v.t.,150,5\n`,
    );
    const run = await cli(['schoolweging', file, '--report', join(work, 'kapot.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rij 3 99BB|C1: schoolweging "n.v.t." is geen getal');
    expect(run.stderr).toContain('er is niets geïmporteerd');
    expect(existsSync(join(work, 'kapot.csv'))).toBe(true);
    expect(await stored()).toEqual(before);
  }, 120_000);
});
