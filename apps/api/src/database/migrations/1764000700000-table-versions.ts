import type { MigrationInterface, QueryRunner } from 'typeorm';

// A counter per table that every writing statement moves, in the writer's transaction, so a
// process can keep a table's rows in memory and know with one small read whether they are
// still current — also after writes by another replica or an importer CLI. Only tables whose
// rows are held this way get the trigger: the need indicators and the school needs profiles.
const TABLES = ['school_indicator', 'school_needs_profile', 'school_needs_item'];

export class TableVersions1764000700000 implements MigrationInterface {
  name = 'TableVersions1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE table_version (
        table_name text PRIMARY KEY,
        version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE FUNCTION bump_table_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO table_version (table_name, version) VALUES (TG_TABLE_NAME, 1)
        ON CONFLICT (table_name) DO UPDATE SET version = table_version.version + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of TABLES) {
      await q.query(`INSERT INTO table_version (table_name) VALUES ($1)`, [table]);
      await q.query(`
        CREATE TRIGGER ${table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await q.query(`DROP TRIGGER IF EXISTS ${table}_version ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS bump_table_version()`);
    await q.query(`DROP TABLE IF EXISTS table_version`);
  }
}
