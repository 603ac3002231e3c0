import type { MigrationInterface, QueryRunner } from 'typeorm';

// A saved school search keeps the finder's groep range and target groups too (docs/decisions
// 0021): without them a search for groep 7–8 was alerted about offerings for groep 1–2 only,
// which the finder itself would not have listed. Empty for existing searches (= no limit).
export class SavedSearchGroep1766000110000 implements MigrationInterface {
  name = 'SavedSearchGroep1766000110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE saved_search
        ADD COLUMN groep_min smallint CHECK (groep_min BETWEEN 1 AND 8),
        ADD COLUMN groep_max smallint CHECK (groep_max BETWEEN 1 AND 8),
        ADD COLUMN target_groups text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT saved_search_groep_order
          CHECK (groep_min IS NULL OR groep_max IS NULL OR groep_min <= groep_max)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE saved_search
        DROP CONSTRAINT IF EXISTS saved_search_groep_order,
        DROP COLUMN IF EXISTS target_groups,
        DROP COLUMN IF EXISTS groep_max,
        DROP COLUMN IF EXISTS groep_min`);
  }
}
