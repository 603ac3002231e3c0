import { expandTerm, queryTerms } from '../query-text.js';
import type { SearchQuery } from '../search-query.js';
import { SqlParams } from './sql-client.js';

// SQL for the embedded engine: Dutch full text (stemming, unaccent) for whole words,
// substring matching for parts of compound words, and trigram word similarity for typos.

const TYPO_MIN_LENGTH = 4;

export const UPSERT_SQL = `
  INSERT INTO search_document AS s (
    id, doc, search_text, tsv, intervention_types, sectors, target_groups, delivery_modes,
    cost_type, organisation_type, verified, national, province_codes, municipality_codes,
    lat, lng, updated_at)
  SELECT (d->>'id')::uuid, d,
         lower(unaccent(concat_ws(' ', d->>'title', d->>'organisationName', d->>'interventionText',
                                  d->>'description', d->>'organisationDescription', d->>'city'))),
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
         (d->>'updatedAt')::bigint
    FROM jsonb_array_elements($1::jsonb) AS d
  ON CONFLICT (id) DO UPDATE SET
    doc = EXCLUDED.doc, search_text = EXCLUDED.search_text, tsv = EXCLUDED.tsv,
    intervention_types = EXCLUDED.intervention_types, sectors = EXCLUDED.sectors,
    target_groups = EXCLUDED.target_groups, delivery_modes = EXCLUDED.delivery_modes,
    cost_type = EXCLUDED.cost_type, organisation_type = EXCLUDED.organisation_type,
    verified = EXCLUDED.verified, national = EXCLUDED.national,
    province_codes = EXCLUDED.province_codes, municipality_codes = EXCLUDED.municipality_codes,
    lat = EXCLUDED.lat, lng = EXCLUDED.lng, updated_at = EXCLUDED.updated_at`;

export interface BuiltSearch {
  sql: string;
  params: unknown[];
  terms: string[];
}

export function buildSearchSql(query: SearchQuery): BuiltSearch {
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
      `(d.national OR ${p.add(s.municipalityCode)} = ANY(d.municipality_codes) OR ${p.add(s.provinceCode)} = ANY(d.province_codes) OR d.id = ANY(${p.add(s.spatialOfferingIds)}::uuid[]))`,
    );
  }

  const terms = queryTerms(query.text);
  const termMatches: string[] = [];
  const allExpansions: string[] = [];
  for (const term of terms) {
    const expansions = expandTerm(term);
    allExpansions.push(...expansions);
    const tsq = p.add(expansions.map((e) => `${e}:*`).join(' | '));
    const like = p.add(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const parts = [`d.tsv @@ to_tsquery('pw_dutch', ${tsq})`, `d.search_text LIKE ${like}`];
    if (term.length >= TYPO_MIN_LENGTH) parts.push(`${p.add(term)} <% d.search_text`);
    termMatches.push(`(${parts.join(' OR ')})`);
  }
  let rank = '0';
  if (termMatches.length > 0) {
    where.push(`(${termMatches.join(' OR ')})`);
    const all = p.add([...new Set(allExpansions)].map((e) => `${e}:*`).join(' | '));
    // Terms matched count most; then full-text rank (weighted fields); then closeness of spelling.
    rank = `(${termMatches.map((m) => `(CASE WHEN ${m} THEN 1 ELSE 0 END)`).join(' + ')}) * 10
      + ts_rank(d.tsv, to_tsquery('pw_dutch', ${all}))
      + word_similarity(${p.add(terms.join(' '))}, d.search_text)`;
  }

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

  const facet = (field: string, expr: string, unnest: boolean) =>
    unnest
      ? `SELECT '${field}' AS field, v AS value, count(*) AS n FROM matched, unnest(matched.${expr}) AS v GROUP BY v`
      : `SELECT '${field}' AS field, (${expr})::text AS value, count(*) AS n FROM matched GROUP BY 2`;

  const sql = `
    WITH matched AS (
      SELECT d.id, d.doc, d.updated_at, d.intervention_types, d.sectors, d.target_groups, d.delivery_modes,
             d.cost_type, d.verified, d.organisation_type,
             ${rank} AS rank, ${distance} AS distance_km
        FROM search_document d
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    )
    SELECT
      (SELECT count(*) FROM matched)::int AS total,
      (SELECT coalesce(json_agg(json_build_object('doc', h.doc, 'distanceKm', h.distance_km)), '[]'::json)
         FROM (SELECT doc, distance_km FROM matched ORDER BY ${order}
               LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}) h) AS hits,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (
         ${facet('interventionTypes', 'intervention_types', true)}
         UNION ALL ${facet('sectors', 'sectors', true)}
         UNION ALL ${facet('targetGroups', 'target_groups', true)}
         UNION ALL ${facet('deliveryModes', 'delivery_modes', true)}
         UNION ALL ${facet('costType', 'cost_type', false)}
         UNION ALL ${facet('verified', 'verified', false)}
         UNION ALL ${facet('organisationType', 'organisation_type', false)}
      ) f) AS facets`;
  return { sql, params: p.values, terms: [...new Set(allExpansions)] };
}
