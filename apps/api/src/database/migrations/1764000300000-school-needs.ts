import type { MigrationInterface, QueryRunner } from 'typeorm';

// A school's needs profile per school year (issue 14, part 2): which intervention types the
// school needs, with a priority, the groups concerned and a short note. School level only,
// never pupil data. Opting in (visible_to_partners) shows the codes and priorities — never the
// notes — to partners as demand and to the public finder as the school's default needs.
export class SchoolNeeds1764000300000 implements MigrationInterface {
  name = 'SchoolNeeds1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_needs_profile (
        vestigingscode varchar(6) NOT NULL REFERENCES school(vestigingscode) ON DELETE CASCADE,
        school_year varchar(9) NOT NULL CHECK (
          school_year ~ '^[0-9]{4}-[0-9]{4}$'
          AND substr(school_year, 6, 4)::int = substr(school_year, 1, 4)::int + 1
        ),
        visible_to_partners boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vestigingscode, school_year)
      )`);
    // Demand for partners reads only the opted-in profiles of one school year.
    await q.query(
      `CREATE INDEX school_needs_profile_visible_idx ON school_needs_profile (school_year) WHERE visible_to_partners`,
    );
    await q.query(`
      CREATE TABLE school_needs_item (
        vestigingscode varchar(6) NOT NULL,
        school_year varchar(9) NOT NULL,
        intervention_code varchar(40) NOT NULL REFERENCES intervention_type(code),
        priority varchar(6) NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
        groups smallint[] NOT NULL DEFAULT '{}'
          CHECK (groups <@ '{1,2,3,4,5,6,7,8}'::smallint[]),
        note varchar(300) CHECK (note IS NULL OR length(trim(note)) > 0),
        PRIMARY KEY (vestigingscode, school_year, intervention_code),
        FOREIGN KEY (vestigingscode, school_year)
          REFERENCES school_needs_profile (vestigingscode, school_year) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS school_needs_item`);
    await q.query(`DROP TABLE IF EXISTS school_needs_profile`);
  }
}
