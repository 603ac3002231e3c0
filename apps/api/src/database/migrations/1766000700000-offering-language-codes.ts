import type { MigrationInterface, QueryRunner } from 'typeorm';

// Offering languages are ISO 639 codes in lower case (issue 16; libs/domain/src/values/language.ts).
// The column took free text up to 10 characters, so a tag such as "nl-NL" could be stored, and
// the language filters (matchPartners, searchOfferings) take codes: an offering in "nl-NL" was
// not found by "nl". Stored values are read as the write path reads them now — the primary
// subtag in lower case, each language once, in the order first named; what is no tag at all is
// dropped — and a check keeps the column in that form.
//
// The search documents gained the languages in the same change, so the search index is rebuilt
// once: the sync worker rebuilds it when it has no position in the change feed.
export class OfferingLanguageCodes1766000700000 implements MigrationInterface {
  name = 'OfferingLanguageCodes1766000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE offering o SET languages = ARRAY(
        SELECT code FROM (
          SELECT lower(split_part(replace(trim(tag), '_', '-'), '-', 1)) AS code, min(n) AS first
          FROM unnest(o.languages) WITH ORDINALITY AS t(tag, n)
          WHERE trim(tag) ~* '^[a-z]{2,3}([-_][a-z0-9]{1,8})*$'
          GROUP BY 1) AS codes
        ORDER BY first)
      WHERE NOT (array_to_string(o.languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$')
         OR cardinality(o.languages) <> (SELECT count(DISTINCT l) FROM unnest(o.languages) AS l)`);
    await q.query(`
      ALTER TABLE offering ADD CONSTRAINT offering_language_codes
        CHECK (array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$')`);
    await q.query(`DELETE FROM app_meta WHERE key = 'search_sync_watermark'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offering DROP CONSTRAINT IF EXISTS offering_language_codes`);
  }
}
