import type { MigrationInterface, QueryRunner } from 'typeorm';

// A partner's sign-up waits here until the link mailed to the address is followed
// (docs/decisions/0012): nothing about the organisation or the account exists before that, so
// the answer to `registerPartner` is the same whether the address has an account or not.
// The token is stored as its SHA-256 (like reset tokens), the password only as its argon2id
// hash; `used_at` makes the link single-use. Rows are small and expire after a day; confirmed
// and expired rows are removed by the next registration (housekeeping in the service).
export class PendingRegistrations1764000400000 implements MigrationInterface {
  name = 'PendingRegistrations1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pending_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash varchar(64) NOT NULL UNIQUE,
        email varchar(254) NOT NULL,
        password_hash varchar(200) NOT NULL,
        organisation_name varchar(200) NOT NULL,
        kvk_number varchar(8) NOT NULL,
        city varchar(100),
        phone varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX pending_registration_expires_idx ON pending_registration (expires_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS pending_registration`);
  }
}
