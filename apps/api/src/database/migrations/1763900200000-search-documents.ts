import type { MigrationInterface, QueryRunner } from 'typeorm';

// The embedded search engine's index (derived data: rebuilt by `npm run search:reindex`).
// A Dutch text-search configuration that also folds accents; trigram index for typos.
export class SearchDocuments1763900200000 implements MigrationInterface {
  name = 'SearchDocuments1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TEXT SEARCH CONFIGURATION pw_dutch (COPY = pg_catalog.dutch)`);
    await q.query(
      `ALTER TEXT SEARCH CONFIGURATION pw_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`,
    );
    await q.query(`
      CREATE TABLE search_document (
        id uuid PRIMARY KEY,
        doc jsonb NOT NULL,
        search_text text NOT NULL,
        tsv tsvector NOT NULL,
        intervention_types text[] NOT NULL,
        sectors text[] NOT NULL,
        target_groups text[] NOT NULL,
        delivery_modes text[] NOT NULL,
        cost_type varchar(12) NOT NULL,
        organisation_type varchar(30) NOT NULL,
        verified boolean NOT NULL,
        national boolean NOT NULL,
        province_codes text[] NOT NULL,
        municipality_codes text[] NOT NULL,
        lat double precision,
        lng double precision,
        updated_at bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
    await q.query(
      `CREATE INDEX search_document_trgm_idx ON search_document USING gin (search_text gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX search_document_types_idx ON search_document USING gin (intervention_types)`,
    );
    await q.query(
      `CREATE INDEX search_document_municipalities_idx ON search_document USING gin (municipality_codes)`,
    );
    await q.query(
      `CREATE INDEX search_document_provinces_idx ON search_document USING gin (province_codes)`,
    );
    await q.query(`CREATE INDEX search_document_updated_idx ON search_document (updated_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_document`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS pw_dutch`);
  }
}
