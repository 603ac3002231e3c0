import { expandTerm, fold } from '../query-text.js';
import type { SearchQuery } from '../search-query.js';
import { SqlParams } from './sql-client.js';

// SQL for the embedded engine: Dutch full text (stemming, unaccent) for whole words and
// prefixes; parts of compound words and typos are first resolved against the vocabulary of
// indexed words (search_word, a few thousand rows), so the documents themselves are only ever
// matched with tsvector @@ tsquery, which the GIN index serves.

export const UPSERT_SQL = `
  INSERT INTO search_document AS s (
    id, doc, tsv, intervention_types, sectors, target_groups, delivery_modes,
    cost_type, organisation_type, verified, national, province_codes, municipality_codes,
    lat, lng, updated_at, intervention_bits, sector_bits, target_group_bits, delivery_mode_bits)
  SELECT (d->>'id')::uuid, d - 'facetBits',
         setweight(to_tsvector('pw_dutch', coalesce(d->>'title', '')), 'A') ||
         setweight(to_tsvector('pw_dutch', coalesce(d->>'organisationName', '')), 'A') ||
         setweight(to_tsvector('pw_dutch', coalesce(d->>'interventionText', '')), 'B') ||
         setweight(to_tsvector('pw_dutch', concat_ws(' ', d->>'description', d->>'organisationDescription', d->>'city')), 'C'),
         ARRAY(SELECT jsonb_array_elements_text(d->'interventionTypes')),
         ARRAY(SELECT jsonb_array_elements_text(d->'sectors')),
         ARRAY(SELECT jsonb_array_elements_text(d->'targetGroups')),
         ARRAY(SELECT jsonb_array_elements_text(d->'deliveryModes')),
         d->>'costType', d->>'organisationType', (d->>'verified')::boolean, (d->>'national')::boolean,
         ARRAY(SELECT jsonb_array_elements_text(d->'provinceCodes')),
         ARRAY(SELECT jsonb_array_elements_text(d->'municipalityCodes')),
         (d->'location'->>'lat')::double precision, (d->'location'->>'lng')::double precision,
         (d->>'updatedAt')::bigint,
         (d->'facetBits'->>'interventionTypes')::int, (d->'facetBits'->>'sectors')::int,
         (d->'facetBits'->>'targetGroups')::int, (d->'facetBits'->>'deliveryModes')::int
    FROM jsonb_array_elements($1::jsonb) AS d
  ON CONFLICT (id) DO UPDATE SET
    doc = EXCLUDED.doc, tsv = EXCLUDED.tsv,
    intervention_types = EXCLUDED.intervention_types, sectors = EXCLUDED.sectors,
    target_groups = EXCLUDED.target_groups, delivery_modes = EXCLUDED.delivery_modes,
    cost_type = EXCLUDED.cost_type, organisation_type = EXCLUDED.organisation_type,
    verified = EXCLUDED.verified, national = EXCLUDED.national,
    province_codes = EXCLUDED.province_codes, municipality_codes = EXCLUDED.municipality_codes,
    lat = EXCLUDED.lat, lng = EXCLUDED.lng, updated_at = EXCLUDED.updated_at,
    intervention_bits = EXCLUDED.intervention_bits, sector_bits = EXCLUDED.sector_bits,
    target_group_bits = EXCLUDED.target_group_bits, delivery_mode_bits = EXCLUDED.delivery_mode_bits`;

export interface BuiltSearch {
  sql: string;
  params: unknown[];
  terms: string[];
}

/**
 * Per query term, more known words to search for (from the search_word vocabulary): the
 * nearest spellings of a misspelt term, and the words that hold the term inside them
 * ("voorlezen" for "lezen").
 */
export type Corrections = ReadonlyMap<string, readonly string[]>;

// similarity() rather than the % operator: PGlite's GIN trigram scan for % returns nothing
// and then stalls the engine; the vocabulary is a few thousand words, so a scan is cheap.
export const CORRECTIONS_SQL = `
  SELECT t.term, array_agg(w.word ORDER BY w.sim DESC) AS words
    FROM unnest($1::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT word, similarity(word, t.term) AS sim
        FROM search_word
       WHERE similarity(word, t.term) >= 0.45 AND word <> t.term
       ORDER BY sim DESC
       LIMIT 3) w
   WHERE NOT EXISTS (SELECT 1 FROM search_word k WHERE k.word = t.term)
   GROUP BY t.term`;

/** Most words searched for one term as part of a compound; the longest are left out first. */
export const MAX_COMPOUNDS = 60;

// Words that hold the term after their first letter: compounds such as "voorlezen" for "lezen"
// (words that start with the term are prefix matches already).
export const COMPOUNDS_SQL = `
  SELECT t.term, array_agg(w.word) AS words
    FROM unnest($1::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT word FROM search_word
       WHERE strpos(word, t.term) > 1
       ORDER BY length(word), word
       LIMIT ${MAX_COMPOUNDS}) w
   GROUP BY t.term`;

/** Words long enough to be corrected or looked up inside compounds. */
export const MIN_FUZZY_LENGTH = 4;

/**
 * Every term must match (like Meilisearch's default): as a Dutch word or prefix, a synonym,
 * a corrected spelling, or — for longer terms — inside a compound word ("lezen" in
 * "voorlezen"), all through the full-text index. The caller drops terms from the end when
 * nothing matches.
 *
 * One pass over the matching documents: rank (ts_rank), facet columns and sort keys are read
 * there; the total and the facet counts (grouping sets over small integers and codes) come
 * from that set, and only the page's documents are fetched whole.
 */
export function buildSearchSql(
  query: SearchQuery,
  terms: readonly string[],
  corrections: Corrections,
): BuiltSearch {
  const p = new SqlParams();
  const where: string[] = [];
  const f = query.filters;
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) where.push(`d.${column} && ${p.add([...values])}::text[]`);
  };
  anyOf('intervention_types', f.interventionTypes);
  anyOf('sectors', f.sectors);
  anyOf('target_groups', f.targetGroups);
  anyOf('delivery_modes', f.deliveryModes);
  if (f.costTypes && f.costTypes.length > 0)
    where.push(`d.cost_type = ANY(${p.add([...f.costTypes])}::text[])`);
  if (f.organisationTypes && f.organisationTypes.length > 0) {
    where.push(`d.organisation_type = ANY(${p.add([...f.organisationTypes])}::text[])`);
  }
  if (f.verifiedOnly) where.push('d.verified');
  // Read from the stored document (no column of its own): a rarely used filter on a table of a
  // few thousand rows, and every start's reindex writes the field into each document.
  if (f.fundingRoutes && f.fundingRoutes.length > 0)
    where.push(`(d.doc->'fundingRoutes') ?| ${p.add([...f.fundingRoutes])}::text[]`);
  // Same for languages: a document written before the field existed names none, and the
  // reindex after the migration that brought it (1766000700000) writes it into every document.
  if (f.languages && f.languages.length > 0)
    where.push(`(d.doc->'languages') ?| ${p.add([...f.languages])}::text[]`);
  if (query.scope) {
    const s = query.scope;
    where.push(
      // Containment (@>) so the GIN indexes on the code arrays apply.
      `(d.national OR d.municipality_codes @> ARRAY[${p.add(s.municipalityCode)}::text] OR d.province_codes @> ARRAY[${p.add(s.provinceCode)}::text] OR d.id = ANY(${p.add(s.spatialOfferingIds)}::uuid[]))`,
    );
  }

  const allWords: string[] = [];
  const alternativesAll: string[] = [];
  for (const term of terms) {
    const alternatives = [
      ...expandTerm(term),
      ...(corrections.get(term) ?? []).map((word) => [word]),
    ].map(tsqueryOf);
    const unique = [...new Set(alternatives)];
    alternativesAll.push(...unique);
    allWords.push(term, ...expandTerm(term).flat(), ...(corrections.get(term) ?? []));
    where.push(`d.tsv @@ to_tsquery('pw_dutch', ${p.add(unique.join(' | '))})`);
  }
  const ranked = alternativesAll.length > 0;
  const rank = ranked
    ? `ts_rank(d.tsv, to_tsquery('pw_dutch', ${p.add([...new Set(alternativesAll)].join(' | '))}))`
    : '0::real';

  let distance = 'NULL::double precision';
  if (query.point) {
    const lat = p.add(query.point.lat);
    const lng = p.add(query.point.lng);
    distance = `CASE WHEN d.lat IS NULL THEN NULL ELSE 2 * 6371.0088 * asin(sqrt(
      power(sin(radians(d.lat - ${lat}::float8) / 2), 2) +
      cos(radians(${lat}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}::float8) / 2), 2))) END`;
  }

  const order =
    query.sort === 'DISTANCE'
      ? `distance_km ASC NULLS LAST, ${ranked ? 'rank DESC, ' : ''}id`
      : query.sort === 'UPDATED' || !ranked
        ? 'updated_at DESC, id'
        : 'rank DESC, updated_at DESC, id';

  // With query words the matching set is computed once (MATERIALIZED): the text test and
  // ts_rank are the expensive part. Without words, filtering is cheap and inlining lets the
  // page come from the updated_at index while the facets scan the table directly.
  const sql = `
    WITH matched AS ${ranked ? '' : 'NOT '}MATERIALIZED (
      SELECT d.id, d.updated_at, d.lat, d.lng, ${rank} AS rank,
             d.intervention_bits, d.sector_bits, d.target_group_bits, d.delivery_mode_bits,
             d.cost_type, d.organisation_type, d.verified
        FROM search_document d
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ),
    page AS (
      SELECT d.id, d.rank, ${distance} AS distance_km, d.updated_at
        FROM matched d
       ORDER BY ${order}
       LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('doc', d.doc, 'distanceKm', pg.distance_km)
                                ORDER BY ${order.replace(/\b(rank|distance_km|updated_at|id)\b/g, 'pg.$1')}), '[]'::json)
         FROM page pg JOIN search_document d ON d.id = pg.id) AS hits,
      (SELECT coalesce(json_agg(json_build_array(f.g, ${FACET_COLUMNS.map((c) => `f.${c}`).join(', ')}, f.n)), '[]'::json)
         FROM (${FACET_GROUPS_SQL}) f) AS facets`;
  return { sql, params: p.values, terms: [...new Set(allWords)] };
}

/** Facet columns in GROUPING() order: one grouping set each, plus () for the total. */
export const FACET_COLUMNS = [
  'intervention_bits',
  'sector_bits',
  'target_group_bits',
  'delivery_mode_bits',
  'cost_type',
  'organisation_type',
  'verified',
] as const;

// One pass over the hits counts every facet and the total: a hash table per grouping set,
// each over a handful of distinct integers or codes.
const FACET_GROUPS_SQL = `
  SELECT GROUPING(${FACET_COLUMNS.join(', ')}) AS g, ${FACET_COLUMNS.join(', ')}, count(*) AS n
    FROM matched
   GROUP BY GROUPING SETS (${FACET_COLUMNS.map((c) => `(${c})`).join(', ')}, ())`;

/** "extra leertijd" → a phrase of prefixes; one word → a prefix. */
function tsqueryOf(words: readonly string[]): string {
  return words.length === 1 ? `${words[0]}:*` : `(${words.map((w) => `${w}:*`).join(' <-> ')})`;
}

/** Distinct folded words of a document worth correcting towards (for the vocabulary). */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of fold(text).split(/[^\p{L}\p{N}]+/u)) {
      if (w.length >= MIN_FUZZY_LENGTH && w.length <= 100) words.add(w);
    }
  }
  return [...words];
}
