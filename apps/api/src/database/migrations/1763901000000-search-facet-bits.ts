import type { MigrationInterface, QueryRunner } from 'typeorm';

// Faster facet counts in the embedded search: the multi-valued facets become one integer of
// bits per document (bit i = the i-th code of the domain list, see libs/search facet-bits.ts),
// counted with GROUPING SETS instead of unnesting a text array per hit. Existing rows are
// converted with the lists as they stand today; the reindex at every start rewrites them anyway.
const LISTS = {
  intervention_bits: [
    'intervention_types',
    [
      'EXTRA_LEERTIJD',
      'ZORG_IN_SCHOOL',
      'BELEVINGSWERELD',
      'OUDERBETROKKENHEID',
      'TAAL_LEZEN',
      'VVE_KANSRIJKE_START',
      'OVERGANGEN',
      'MENTORING',
      'SOCIAAL_EMOTIONEEL',
      'PROFESSIONALISERING',
      'ARMOEDE_BASIS',
    ],
  ],
  sector_bits: ['sectors', ['VVE', 'PO', 'SBO', 'SO', 'VSO', 'VO']],
  target_group_bits: ['target_groups', ['PUPILS', 'PARENTS', 'TEACHERS', 'SCHOOL_LEADERS']],
  delivery_mode_bits: ['delivery_modes', ['DURING_SCHOOL', 'AFTER_SCHOOL', 'AT_PARTNER', 'ONLINE']],
} as const;

export class SearchFacetBits1763901000000 implements MigrationInterface {
  name = 'SearchFacetBits1763901000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [column, [source, codes]] of Object.entries(LISTS)) {
      await q.query(`ALTER TABLE search_document ADD COLUMN ${column} integer NOT NULL DEFAULT 0`);
      await q.query(
        `UPDATE search_document SET ${column} = (
           SELECT coalesce(sum(1 << (array_position($1::text[], v) - 1)), 0)::int
             FROM unnest(${source}) v WHERE array_position($1::text[], v) IS NOT NULL)`,
        [codes],
      );
    }
    await q.query(`ALTER TABLE search_document DROP COLUMN facet_keys`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document ADD COLUMN facet_keys text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE search_document SET facet_keys =
        ARRAY(SELECT 'interventionTypes:' || v FROM unnest(intervention_types) v) ||
        ARRAY(SELECT 'sectors:' || v FROM unnest(sectors) v) ||
        ARRAY(SELECT 'targetGroups:' || v FROM unnest(target_groups) v) ||
        ARRAY(SELECT 'deliveryModes:' || v FROM unnest(delivery_modes) v) ||
        ARRAY['costType:' || cost_type, 'verified:' || verified::text,
              'organisationType:' || organisation_type]`);
    for (const column of Object.keys(LISTS)) {
      await q.query(`ALTER TABLE search_document DROP COLUMN ${column}`);
    }
  }
}
