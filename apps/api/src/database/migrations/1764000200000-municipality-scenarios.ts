import type { MigrationInterface, QueryRunner } from 'typeorm';

// Programming scenarios of the municipality view (issue 14, part 5): an officer's budget and
// candidate offerings, and the set the optimiser proposed, saved to compare and export later.
// Owned by the municipality-view module. School level only: no pupil data.
export class MunicipalityScenarios1764000200000 implements MigrationInterface {
  name = 'MunicipalityScenarios1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality_scenario (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_code varchar(6) NOT NULL REFERENCES municipality(code) ON DELETE CASCADE,
        name varchar(120) NOT NULL CHECK (length(trim(name)) > 0),
        budget_kind varchar(5) NOT NULL CHECK (budget_kind IN ('COUNT', 'EUROS')),
        budget_value numeric NOT NULL CHECK (budget_value >= 0),
        input jsonb NOT NULL,
        result jsonb NOT NULL,
        created_by uuid,
        created_by_label varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX municipality_scenario_code_idx ON municipality_scenario (municipality_code, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS municipality_scenario`);
  }
}
