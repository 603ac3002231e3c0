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
    lat, lng, updated_at, facet_keys)
  SELECT (d->>'id')::uuid, d,
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
         ARRAY(SELECT 'interventionTypes:' || v FROM jsonb_array_elements_text(d->'interventionTypes') v) ||
         ARRAY(SELECT 'sectors:' || v FROM jsonb_array_elements_text(d->'sectors') v) ||
         ARRAY(SELECT 'targetGroups:' || v FROM jsonb_array_elements_text(d->'targetGroups') v) ||
         ARRAY(SELECT 'deliveryModes:' || v FROM jsonb_array_elements_text(d->'deliveryModes') v) ||
         ARRAY['costType:' || (d->>'costType'), 'verified:' || (d->>'verified')::boolean::text,
               'organisationType:' || (d->>'organisationType')]
    FROM jsonb_array_elements($1::jsonb) AS d
  ON CONFLICT (id) DO UPDATE SET
    doc = EXCLUDED.doc, tsv = EXCLUDED.tsv,
    intervention_types = EXCLUDED.intervention_types, sectors = EXCLUDED.sectors,
    target_groups = EXCLUDED.target_groups, delivery_modes = EXCLUDED.delivery_modes,
    cost_type = EXCLUDED.cost_type, organisation_type = EXCLUDED.organisation_type,
    verified = EXCLUDED.verified, national = EXCLUDED.national,
    province_codes = EXCLUDED.province_codes, municipality_codes = EXCLUDED.municipality_codes,
    lat = EXCLUDED.lat, lng = EXCLUDED.lng, updated_at = EXCLUDED.updated_at,
    facet_keys = EXCLUDED.facet_keys`;

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
 * One pass over the matching documents: rank (ts_rank), facet keys and sort keys are read
 * there; the total and the facet counts (one unnest of the precomputed facet_keys) come from
 * that set, and only the page's documents are fetched whole.
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
  if (query.scope) {
    const s = query.scope;
    where.push(
      // Containment (@>) so the GIN indexes on the code arrays apply.
      `(d.national OR d.municipality_codes @> ARRAY[${p.add(s.municipalityCode)}::text] OR d.province_codes @> ARRAY[${p.add(s.provinceCode)}::text] OR d.id = ANY(${p.add(s.spatialOfferingIds)}::uuid[]))`,
    );
  }

  const allWords: string[] = [];
  for (const term of terms) {
    const words = [...new Set([...expandTerm(term), ...(corrections.get(term) ?? [])])];
    allWords.push(...words);
    const tsq = p.add(words.map((w) => `${w}:*`).join(' | '));
    where.push(`d.tsv @@ to_tsquery('pw_dutch', ${tsq})`);
  }
  const rank =
    allWords.length > 0
      ? `ts_rank(d.tsv, to_tsquery('pw_dutch', ${p.add([...new Set(allWords)].map((w) => `${w}:*`).join(' | '))}))`
      : '0';

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
      ? 'distance_km ASC NULLS LAST, rank DESC, id'
      : query.sort === 'UPDATED'
        ? 'updated_at DESC, id'
        : 'rank DESC, updated_at DESC, id';

  const sql = `
    WITH matched AS MATERIALIZED (
      SELECT d.id, d.updated_at, d.facet_keys, d.lat, d.lng, ${rank} AS rank
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
      (SELECT count(*) FROM matched)::int AS total,
      (SELECT coalesce(json_agg(json_build_object('doc', d.doc, 'distanceKm', pg.distance_km)
                                ORDER BY ${order.replace(/\b(rank|distance_km|updated_at|id)\b/g, 'pg.$1')}), '[]'::json)
         FROM page pg JOIN search_document d ON d.id = pg.id) AS hits,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (
         SELECT k AS key, count(*) AS n FROM matched, unnest(matched.facet_keys) AS k GROUP BY k
      ) f) AS facets`;
  return { sql, params: p.values, terms: [...new Set(allWords)] };
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
