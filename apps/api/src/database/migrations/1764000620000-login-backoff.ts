import type { MigrationInterface, QueryRunner } from 'typeorm';

// The login back-off per email + IP (accounts/login-backoff.ts), shared by every API process
// when RATE_LIMIT_STORE=database: failures, the lock, the last failure (ms since the epoch).
export class LoginBackoff1764000620000 implements MigrationInterface {
  name = 'LoginBackoff1764000620000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_backoff (
        key varchar(400) PRIMARY KEY,
        failures integer NOT NULL,
        locked_until_ms double precision NOT NULL,
        last_failure_ms double precision NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS login_backoff`);
  }
}
