import type { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts, sessions, password-reset tokens, a mail outbox and the audit log (issue #7).
// One role per account; the links (organisation, schools, municipalities) sit on the account.
// Session and reset tokens are stored as SHA-256 hashes, never in the clear.
export class Accounts1763900400000 implements MigrationInterface {
  name = 'Accounts1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL CHECK (position('@' IN email) > 1),
        password_hash varchar(300),
        role varchar(24) NOT NULL
          CHECK (role IN ('SCHOOL_STAFF', 'PARTNER_EDITOR', 'MUNICIPALITY_OFFICER', 'ADMIN')),
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        school_codes text[] NOT NULL DEFAULT '{}',
        municipality_codes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'PARTNER_EDITOR' OR organisation_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_idx ON user_account (lower(email))`);
    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        csrf_token char(43) NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    await q.query(`
      CREATE TABLE password_reset_token (
        token_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        recipient varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_label varchar(300) NOT NULL,
        entity varchar(40) NOT NULL,
        entity_id varchar(64) NOT NULL,
        action varchar(60) NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)`);
    await q.query(`ALTER TABLE organisation ADD COLUMN rejection_reason varchar(1000)`);
    await q.query(`ALTER TABLE contact_request ADD COLUMN status_reason varchar(1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact_request DROP COLUMN IF EXISTS status_reason`);
    await q.query(`ALTER TABLE organisation DROP COLUMN IF EXISTS rejection_reason`);
    for (const table of ['audit_log', 'mail_outbox', 'password_reset_token', 'session']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP TABLE IF EXISTS user_account`);
  }
}
