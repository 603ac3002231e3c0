import type { MigrationInterface, QueryRunner } from 'typeorm';

// Faster embedded search: facets are counted from one precomputed array of "field:value" keys
// per document (one unnest instead of seven passes), and compound-word matching now goes
// through the search_word vocabulary, so the substring column and its trigram index are no
// longer read. Existing rows are converted here; no reindex is needed.
export class SearchFacetKeys1763900900000 implements MigrationInterface {
  name = 'SearchFacetKeys1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document ADD COLUMN facet_keys text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE search_document SET facet_keys =
        ARRAY(SELECT 'interventionTypes:' || v FROM unnest(intervention_types) v) ||
        ARRAY(SELECT 'sectors:' || v FROM unnest(sectors) v) ||
        ARRAY(SELECT 'targetGroups:' || v FROM unnest(target_groups) v) ||
        ARRAY(SELECT 'deliveryModes:' || v FROM unnest(delivery_modes) v) ||
        ARRAY['costType:' || cost_type, 'verified:' || verified::text,
              'organisationType:' || organisation_type]`);
    await q.query(`DROP INDEX IF EXISTS search_document_trgm_idx`);
    await q.query(`ALTER TABLE search_document DROP COLUMN search_text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await q.query(
      `CREATE INDEX search_document_trgm_idx ON search_document USING gin (search_text gin_trgm_ops)`,
    );
    await q.query(`ALTER TABLE search_document DROP COLUMN facet_keys`);
  }
}
