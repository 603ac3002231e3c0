import type { MigrationInterface, QueryRunner } from 'typeorm';

// Contact requests that reach people (issue 15, docs/decisions/0017):
// - `reference`: the readable kenmerk users see instead of the uuid, `PW-<year>-<number>`, the
//   number counting per calendar year (Europe/Amsterdam) from 1. The counter per year is a row
//   in `contact_request_reference_year`; the column's default, `next_contact_request_reference()`,
//   takes the next number with `INSERT … ON CONFLICT DO UPDATE … RETURNING` in the transaction
//   that stores the request (the year's row stays locked until it commits), so numbers are
//   unique and without gaps, and every insert gets one. Existing requests are numbered here in
//   the order they were made.
// - `read_at`: when the partner first read the request (inbox or mailed link); the header's
//   unread count. Requests a partner already answered count as read.
// - `contact_request_link`: mailed links that work without an account, stored as the SHA-256
//   of a random token (as password-reset and sign-up links are, decision 0012), each for one
//   request and one purpose (ANSWER for the partner, STATUS for the sender) until `expires_at`.
export class ContactRequestMail1765000100000 implements MigrationInterface {
  name = 'ContactRequestMail1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact_request ADD COLUMN reference varchar(20)`);
    await q.query(`ALTER TABLE contact_request ADD COLUMN read_at timestamptz`);
    await q.query(`
      CREATE TABLE contact_request_reference_year (
        year smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
        last_number integer NOT NULL CHECK (last_number > 0)
      )`);
    await q.query(`
      WITH numbered AS (
        SELECT id,
               extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam')::int AS y,
               row_number() OVER (
                 PARTITION BY extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam')
                 ORDER BY created_at, id) AS n
          FROM contact_request)
      UPDATE contact_request c
         SET reference = 'PW-' || numbered.y || '-' || lpad(numbered.n::text, greatest(5, length(numbered.n::text)), '0')
        FROM numbered
       WHERE numbered.id = c.id`);
    await q.query(`
      INSERT INTO contact_request_reference_year (year, last_number)
      SELECT extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam')::int, count(*)
        FROM contact_request
       GROUP BY 1`);
    await q.query(`
      CREATE FUNCTION next_contact_request_reference() RETURNS varchar LANGUAGE sql AS $$
        INSERT INTO contact_request_reference_year AS r (year, last_number)
        VALUES (extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int, 1)
        ON CONFLICT (year) DO UPDATE SET last_number = r.last_number + 1
        RETURNING 'PW-' || r.year || '-' || lpad(r.last_number::text, greatest(5, length(r.last_number::text)), '0')
      $$`);
    await q.query(`
      ALTER TABLE contact_request
        ALTER COLUMN reference SET DEFAULT next_contact_request_reference(),
        ALTER COLUMN reference SET NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX contact_request_reference_idx ON contact_request (reference)`,
    );
    await q.query(`UPDATE contact_request SET read_at = updated_at WHERE status <> 'REQUESTED'`);
    await q.query(
      `CREATE INDEX contact_request_unread_idx ON contact_request (offering_id) WHERE read_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE contact_request_link (
        token_hash varchar(64) PRIMARY KEY,
        contact_request_id uuid NOT NULL REFERENCES contact_request(id) ON DELETE CASCADE,
        purpose varchar(10) NOT NULL CHECK (purpose IN ('ANSWER', 'STATUS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX contact_request_link_request_idx ON contact_request_link (contact_request_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS contact_request_link`);
    await q.query(`ALTER TABLE contact_request ALTER COLUMN reference DROP DEFAULT`);
    await q.query(`DROP FUNCTION IF EXISTS next_contact_request_reference()`);
    await q.query(`DROP TABLE IF EXISTS contact_request_reference_year`);
    await q.query(`DROP INDEX IF EXISTS contact_request_unread_idx`);
    await q.query(`DROP INDEX IF EXISTS contact_request_reference_idx`);
    await q.query(`ALTER TABLE contact_request DROP COLUMN IF EXISTS read_at`);
    await q.query(`ALTER TABLE contact_request DROP COLUMN IF EXISTS reference`);
  }
}
