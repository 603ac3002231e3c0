import { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Data survives a restart, and the demo set is loaded only once.
describe('restart', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    await db?.dispose();
  });

  it('keeps data and does not load the demo twice', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      PGLITE_DATA_DIR: db.pgliteDataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    });
    const counts = async (ds: DataSource) =>
      (await ds.query(
        `SELECT (SELECT count(*) FROM school)::int AS schools, (SELECT count(*) FROM organisation)::int AS orgs,
                (SELECT count(*) FROM app_meta WHERE key = 'demo_loaded_at')::int AS marks`,
      )) as { schools: number; orgs: number; marks: number }[];

    const first = await createApp(config);
    const before = await counts(first.get(DataSource));
    await first
      .get(DataSource)
      .query(`UPDATE organisation SET description = 'bewerkt' WHERE name = 'JINC'`);
    await first.close();

    const second = await createApp(config);
    const after = await counts(second.get(DataSource));
    const edited = (await second
      .get(DataSource)
      .query(`SELECT description FROM organisation WHERE name = 'JINC'`)) as {
      description: string;
    }[];
    await second.close();

    expect(before[0]!.schools).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(after[0]!.marks).toBe(1);
    expect(edited[0]!.description).toBe('bewerkt');
  }, 120_000);
});
