import type { MigrationInterface, QueryRunner } from 'typeorm';

// Delivery state for the mail outbox (SMTP when configured): how often a mail was tried, when
// it is due again (exponential backoff; also a short lease while a process sends it), the last
// error, and when it was given up on. A mail is either sent (sent_at), failed for good
// (failed_at), or still waiting.
export class MailDelivery1763900600000 implements MigrationInterface {
  name = 'MailDelivery1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_error varchar(1000),
        ADD COLUMN failed_at timestamptz`);
    await q.query(
      `CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id)
        WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS mail_outbox_due_idx`);
    await q.query(`
      ALTER TABLE mail_outbox
        DROP COLUMN IF EXISTS failed_at,
        DROP COLUMN IF EXISTS last_error,
        DROP COLUMN IF EXISTS next_attempt_at,
        DROP COLUMN IF EXISTS attempts`);
  }
}
