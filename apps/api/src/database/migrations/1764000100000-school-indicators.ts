import type { MigrationInterface, QueryRunner } from 'typeorm';

// Need indicators per school location (issue 14): the Inspectie/CBS schoolweging and the CBS
// achterstandsscore, one row per school, kind and period, with where the value came from and
// how its row in the publisher's file was joined to the DUO vestigingscode. School level only.
export class SchoolIndicators1764000100000 implements MigrationInterface {
  name = 'SchoolIndicators1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_indicator (
        vestigingscode varchar(6) NOT NULL REFERENCES school(vestigingscode) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('SCHOOLWEGING', 'ACHTERSTANDSSCORE')),
        period varchar(9) NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{4})?$'),
        is_average boolean NOT NULL DEFAULT false,
        value double precision NOT NULL,
        spread double precision,
        pupils integer CHECK (pupils IS NULL OR pupils >= 0),
        value_without_threshold double precision,
        value_lower_grades double precision,
        value_upper_grades double precision,
        unreliable boolean NOT NULL DEFAULT false,
        source_publisher varchar(100) NOT NULL,
        source_file varchar(200) NOT NULL,
        source_key varchar(20),
        source_name varchar(300),
        source_row integer,
        join_method varchar(20) NOT NULL
          CHECK (join_method IN ('EXACT_LOCATION', 'INSTITUTION', 'NAME_SIMILARITY', 'MANUAL')),
        note varchar(500),
        set_by uuid,
        set_by_label varchar(300),
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vestigingscode, kind, period)
      )`);
    await q.query(`CREATE INDEX school_indicator_kind_idx ON school_indicator (kind, period)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE school_indicator`);
  }
}
