import type { MigrationInterface, QueryRunner } from 'typeorm';

// The name of a radius's centre (issue 15, "facts right"): a partner that draws a circle around
// a neighbourhood or a school, not its office, can say so, and the match reason names that
// centre ("binnen 10 km van Schiedam-Oost") instead of always "the partner's location".
// Only for RADIUS areas; empty means: the partner's location, or an unnamed point.
export class CoverageCentreLabel1765000110000 implements MigrationInterface {
  name = 'CoverageCentreLabel1765000110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE coverage_area
        ADD COLUMN center_label varchar(120)
          CHECK (center_label IS NULL OR (kind = 'RADIUS' AND length(trim(center_label)) > 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coverage_area DROP COLUMN IF EXISTS center_label`);
  }
}
