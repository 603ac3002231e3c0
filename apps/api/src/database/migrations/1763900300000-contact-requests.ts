import type { MigrationInterface, QueryRunner } from 'typeorm';

// Contact requests from a school to a partner about one offering. School-level only: the
// sender's name and work email plus a message, never pupil data. Only REQUESTED is written
// now; the partner's inbox (a later issue) adds the other states, which the CHECK already allows.
export class ContactRequests1763900300000 implements MigrationInterface {
  name = 'ContactRequests1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vestigingscode varchar(6) NOT NULL REFERENCES school(vestigingscode),
        offering_id uuid NOT NULL REFERENCES offering(id) ON DELETE CASCADE,
        sender_name varchar(120) NOT NULL CHECK (length(trim(sender_name)) > 0),
        sender_email varchar(254) NOT NULL CHECK (position('@' IN sender_email) > 1),
        message varchar(2000) NOT NULL CHECK (length(trim(message)) > 0),
        status varchar(20) NOT NULL DEFAULT 'REQUESTED'
          CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'IN_CONVERSATION', 'STARTED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The duplicate check and, later, the partner's inbox per offering.
    await q.query(
      `CREATE INDEX contact_request_duplicate_idx ON contact_request (vestigingscode, offering_id, lower(sender_email), created_at)`,
    );
    await q.query(
      `CREATE INDEX contact_request_offering_idx ON contact_request (offering_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS contact_request`);
  }
}
