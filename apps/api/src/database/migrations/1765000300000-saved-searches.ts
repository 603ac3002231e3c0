import type { MigrationInterface, QueryRunner } from 'typeorm';

// Saved finder searches and their alerts (issue 18, docs/decisions/0019-hsds-mapping.md,
// "Saved searches and alerts"). A saved search belongs to one account: a school search (school,
// needs, filters as the finder's query) or an officer's subscription to new offerings in a
// municipality. Hits are the offerings that started to match and are not yet mailed; the
// alert cursor is how far the change feed has been read.
export class SavedSearches1765000300000 implements MigrationInterface {
  name = 'SavedSearches1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL CHECK (kind IN ('SCHOOL', 'MUNICIPALITY')),
        name varchar(200) NOT NULL,
        vestigingscode varchar(20),
        municipality_code varchar(6),
        query jsonb NOT NULL,
        frequency varchar(6) NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        unsubscribe_token_hash varchar(64) NOT NULL UNIQUE,
        active boolean NOT NULL DEFAULT true,
        last_digest_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'SCHOOL' OR vestigingscode IS NOT NULL),
        CHECK (kind <> 'MUNICIPALITY' OR municipality_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX saved_search_user_idx ON saved_search (user_id)`);
    await q.query(`
      CREATE TABLE saved_search_hit (
        saved_search_id uuid NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
        offering_id uuid NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        mailed_at timestamptz,
        PRIMARY KEY (saved_search_id, offering_id)
      )`);
    await q.query(`
      CREATE TABLE alert_cursor (
        id smallint PRIMARY KEY CHECK (id = 1),
        txid text NOT NULL,
        event_id text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS alert_cursor`);
    await q.query(`DROP TABLE IF EXISTS saved_search_hit`);
    await q.query(`DROP TABLE IF EXISTS saved_search`);
  }
}
