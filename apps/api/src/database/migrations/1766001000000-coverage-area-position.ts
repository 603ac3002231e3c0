import type { MigrationInterface, QueryRunner } from 'typeorm';

// The place of an area in its offering's list, as the partner saved it. The areas of one save
// share created_at (the transaction's time), so the reads fell back to their random uuid: the
// portal's list came back in another order after a reload, and so did the finder's reasons and
// HSDS's service_areas. Rows saved before keep that order (the old reads' created_at, id).
export class CoverageAreaPosition1766001000000 implements MigrationInterface {
  name = 'CoverageAreaPosition1766001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE coverage_area
        ADD COLUMN position smallint NOT NULL DEFAULT 0 CHECK (position >= 0)`);
    await q.query(`
      UPDATE coverage_area c SET position = o.nth
        FROM (SELECT id, (row_number() OVER (PARTITION BY offering_id ORDER BY created_at, id) - 1)::smallint AS nth
                FROM coverage_area) o
       WHERE c.id = o.id AND o.nth > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coverage_area DROP COLUMN IF EXISTS position`);
  }
}
