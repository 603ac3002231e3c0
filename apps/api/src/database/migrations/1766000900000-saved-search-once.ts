import type { MigrationInterface, QueryRunner } from 'typeorm';

// A search is saved once per account (docs/decisions/0021): saving the same one again (same
// school and needs, groepen, target groups and filters; or the same municipality) made a second
// row and a second digest with the same news. `saved_search_key` is what makes two searches the
// same: needs, target groups and filter lists as sets, filters that filter nothing (empty, null,
// false: verifiedOnly and hideFull are off by default) left out; the frequency is not part of
// it. A unique index on it per account holds also for two saves at once (the service inserts
// ON CONFLICT DO NOTHING, then names the search that exists).
//
// Searches that already occur twice: one stays subscribed — the one mailing most often, then the
// oldest, so nobody hears later than before — and the others are unsubscribed, as their mailed
// link would have done (their rows, hits and links stay; the list no longer shows them).
const KEY_COLUMNS = `kind, vestigingscode, municipality_code, needs, filters, groep_min, groep_max, target_groups`;

export class SavedSearchOnce1766000900000 implements MigrationInterface {
  name = 'SavedSearchOnce1766000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION saved_search_key(
        kind text, vestigingscode text, municipality_code text, needs text[], filters jsonb,
        groep_min smallint, groep_max smallint, target_groups text[]
      ) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT md5(jsonb_build_array(
          kind, vestigingscode, municipality_code,
          (SELECT coalesce(jsonb_agg(DISTINCT n ORDER BY n), '[]') FROM unnest(needs) n),
          (SELECT coalesce(jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = 'array'
                    THEN (SELECT jsonb_agg(DISTINCT e ORDER BY e) FROM jsonb_array_elements(value) e)
                    ELSE value END), '{}')
             FROM jsonb_each(filters) WHERE value NOT IN ('null', '[]', 'false')),
          groep_min, groep_max,
          (SELECT coalesce(jsonb_agg(DISTINCT g ORDER BY g), '[]') FROM unnest(target_groups) g)
        )::text)
      $$`);
    await q.query(`
      UPDATE saved_search s SET unsubscribed_at = now()
        FROM (SELECT id, row_number() OVER (
                       PARTITION BY user_id, saved_search_key(${KEY_COLUMNS})
                       ORDER BY frequency = 'DAILY' DESC, created_at, id) AS nth
                FROM saved_search WHERE unsubscribed_at IS NULL) copies
       WHERE s.id = copies.id AND copies.nth > 1`);
    await q.query(`
      CREATE UNIQUE INDEX saved_search_once_idx
        ON saved_search (user_id, saved_search_key(${KEY_COLUMNS}))
        WHERE unsubscribed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The copies unsubscribed by up() stay so: they were the same searches.
    await q.query(`DROP INDEX IF EXISTS saved_search_once_idx`);
    await q.query(`DROP FUNCTION IF EXISTS saved_search_key`);
  }
}
