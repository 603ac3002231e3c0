import type { MigrationInterface, QueryRunner } from 'typeorm';

// The name of a drawn or uploaded area (the uploaded file's name, e.g. "wijken-oost.geojson"):
// after a save the portal's list said only "Getekend gebied (N hoekpunten)" for every one, and
// HSDS's service_area "Eigen gebied". Only for POLYGON areas; empty means: no name given.
export class CoverageAreaLabel1766001200000 implements MigrationInterface {
  name = 'CoverageAreaLabel1766001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE coverage_area
        ADD COLUMN area_label varchar(120)
          CHECK (area_label IS NULL OR (kind = 'POLYGON' AND length(trim(area_label)) > 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE coverage_area DROP COLUMN IF EXISTS area_label`);
  }
}
