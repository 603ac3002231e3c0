import type { MigrationInterface, QueryRunner } from 'typeorm';

// Rate-limit budgets shared by every API process (RATE_LIMIT_STORE=database): one "theoretical
// arrival time" (ms since the epoch) per budget name and client key. Rows past expires_at are
// as good as absent and are purged now and then.
export class RateLimitState1764000610000 implements MigrationInterface {
  name = 'RateLimitState1764000610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_state (
        name varchar(40) NOT NULL,
        key varchar(400) NOT NULL,
        tat_ms double precision NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (name, key)
      )`);
    await q.query(`CREATE INDEX rate_limit_state_expires ON rate_limit_state (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rate_limit_state`);
  }
}
