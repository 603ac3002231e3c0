import type { MigrationInterface, QueryRunner } from 'typeorm';

// Saved finder searches and their alerts (issue 18, docs/decisions/0021).
// - `saved_search`: one account's search: a school's (vestigingscode, needs, filters as the
//   finder takes them) or a municipality officer's subscription (new offerings and new gaps in
//   a municipality). `next_digest_at` is when its digest is due; `gap_keys` the municipality's
//   gaps (vestigingscode:TYPE) at the last digest; `unsubscribed_at` set by the mailed link.
// - `saved_search_hit`: per (search, offering) the offering matches the search now; `mailed_at`
//   null = not yet in a digest. Rows written when a search is saved (what it already finds, as
//   mailed) are the baseline, so only what starts to match later is new.
// - `saved_search_link`: mailed unsubscribe links, stored as the SHA-256 of a random token,
//   one search, one purpose, until `expires_at` (as contact-request links, decision 0017).
// - `alert_cursor`: how far the alert worker has read the change feed (one row).
export class SavedSearches1766000100000 implements MigrationInterface {
  name = 'SavedSearches1766000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL CHECK (kind IN ('SCHOOL', 'MUNICIPALITY')),
        vestigingscode varchar(20),
        municipality_code varchar(6),
        needs text[] NOT NULL DEFAULT '{}',
        filters jsonb NOT NULL DEFAULT '{}',
        frequency varchar(6) NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        gap_keys text[] NOT NULL DEFAULT '{}',
        next_digest_at timestamptz NOT NULL,
        last_digest_at timestamptz,
        unsubscribed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'SCHOOL' OR vestigingscode IS NOT NULL),
        CHECK (kind <> 'MUNICIPALITY' OR municipality_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX saved_search_user_idx ON saved_search (user_id)`);
    // The alert worker keeps the searches in memory until this counter moves (table-version.ts).
    await q.query(`INSERT INTO table_version (table_name) VALUES ('saved_search')`);
    await q.query(`
      CREATE TRIGGER saved_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON saved_search
      FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    await q.query(
      `CREATE INDEX saved_search_due_idx ON saved_search (next_digest_at) WHERE unsubscribed_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE saved_search_hit (
        saved_search_id uuid NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
        offering_id uuid NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        mailed_at timestamptz,
        PRIMARY KEY (saved_search_id, offering_id)
      )`);
    await q.query(`CREATE INDEX saved_search_hit_offering_idx ON saved_search_hit (offering_id)`);
    await q.query(`
      CREATE TABLE saved_search_link (
        token_hash varchar(64) PRIMARY KEY,
        saved_search_id uuid NOT NULL REFERENCES saved_search(id) ON DELETE CASCADE,
        purpose varchar(12) NOT NULL CHECK (purpose IN ('UNSUBSCRIBE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
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
    await q.query(`DROP TABLE IF EXISTS saved_search_link`);
    await q.query(`DROP TABLE IF EXISTS saved_search_hit`);
    await q.query(`DROP TABLE IF EXISTS saved_search`);
    await q.query(`DELETE FROM table_version WHERE table_name = 'saved_search'`);
  }
}
