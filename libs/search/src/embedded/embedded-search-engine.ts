import { excerpt, highlightSegments } from '../highlight.js';
import type { OfferingDocument } from '../offering-document.js';
import type { SearchEngine } from '../search-engine.js';
import {
  emptyFacets,
  type FacetDistribution,
  type FacetField,
  type Highlight,
  type SearchQuery,
  type SearchResult,
} from '../search-query.js';
import { queryTerms } from '../query-text.js';
import { addBitCounts, encodeFacetBits, type BitFacet, type FacetBits } from './facet-bits.js';
import {
  buildSearchSql,
  FACET_COLUMNS,
  COMPOUNDS_SQL,
  CORRECTIONS_SQL,
  MIN_FUZZY_LENGTH,
  UPSERT_SQL,
  vocabularyOf,
  type Corrections,
} from './embedded-search-sql.js';
import type { SqlClient } from './sql-client.js';

const BATCH = 500;

/** Search on the product's own PostgreSQL (or PGlite): the default when no Meilisearch is set. */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded';

  constructor(private readonly db: SqlClient) {}

  async prepare(): Promise<void> {
    // The table, text-search configuration and indexes come with the migrations.
    await this.db.query('SELECT 1 FROM search_document LIMIT 1');
  }

  async upsertStream(batches: AsyncIterable<readonly OfferingDocument[]>): Promise<void> {
    for await (const batch of batches) await this.upsert(batch);
  }

  async upsert(documents: readonly OfferingDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents.slice(i, i + BATCH).map(withInterventionText);
      await this.db.query(UPSERT_SQL, [JSON.stringify(batch)]);
      // The vocabulary only grows; a stale word costs nothing but a possible suggestion.
      const words = vocabularyOf(
        batch.flatMap((d) => [
          d.title,
          d.organisationName,
          d.interventionText,
          d.description,
          d.organisationDescription,
          d.city,
        ]),
      );
      await this.db.query(
        `INSERT INTO search_word (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
        [words],
      );
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query('DELETE FROM search_document WHERE id = ANY($1::uuid[])', [[...ids]]);
  }

  async clear(): Promise<void> {
    await this.db.query('DELETE FROM search_document');
    await this.db.query('DELETE FROM search_word');
  }

  async count(): Promise<number> {
    const rows = (await this.db.query('SELECT count(*)::int AS n FROM search_document')) as {
      n: number;
    }[];
    return rows[0]?.n ?? 0;
  }

  async snapshot(): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      'SELECT id::text AS id, updated_at::text AS u FROM search_document',
    )) as {
      id: string;
      u: string;
    }[];
    return new Map(rows.map((r) => [r.id, Number(r.u)]));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const terms = queryTerms(query.text);
    const corrections = await this.corrections(terms);
    // Like Meilisearch's "last" strategy: when all terms together find nothing, drop terms
    // from the end until something is found (or only the first is left).
    for (let n = terms.length; ; n--) {
      const built = buildSearchSql(query, terms.slice(0, n), corrections);
      const [row] = (await this.db.query(built.sql, built.params)) as {
        hits: { doc: OfferingDocument; distanceKm: number | null }[];
        facets: FacetGroupRow[];
      }[];
      const { total, facets } = readFacetGroups(row?.facets ?? []);
      if (total === 0 && n > 1) continue;
      return {
        total,
        hits: (row?.hits ?? []).map((h) => ({
          id: h.doc.id,
          distanceKm: h.distanceKm === null ? null : Math.round(h.distanceKm * 10) / 10,
          highlights: highlightsOf(h.doc, built.terms),
        })),
        facets,
      };
    }
  }

  private async corrections(terms: readonly string[]): Promise<Corrections> {
    const candidates = terms.filter((t) => t.length >= MIN_FUZZY_LENGTH);
    if (candidates.length === 0) return new Map();
    const found = new Map<string, string[]>();
    for (const sql of [CORRECTIONS_SQL, COMPOUNDS_SQL]) {
      const rows = (await this.db.query(sql, [candidates])) as { term: string; words: string[] }[];
      for (const r of rows) found.set(r.term, [...(found.get(r.term) ?? []), ...r.words]);
    }
    return found;
  }
}

/** The row as stored: the document plus what only the embedded engine reads. */
function withInterventionText(
  doc: OfferingDocument,
): OfferingDocument & { interventionText: string; facetBits: FacetBits } {
  return {
    ...doc,
    interventionText: doc.interventionLabels.join(' '),
    facetBits: encodeFacetBits(doc),
  };
}

/** [GROUPING(...), one value per FACET_COLUMNS, count] — see FACET_GROUPS_SQL. */
type FacetGroupRow = [number, ...unknown[]];

const SCALAR_FACETS: Record<string, FacetField> = {
  cost_type: 'costType',
  organisation_type: 'organisationType',
  verified: 'verified',
};
const BIT_COLUMNS: Record<string, BitFacet> = {
  intervention_bits: 'interventionTypes',
  sector_bits: 'sectors',
  target_group_bits: 'targetGroups',
  delivery_mode_bits: 'deliveryModes',
};

export function readFacetGroups(rows: readonly FacetGroupRow[]): {
  total: number;
  facets: FacetDistribution;
} {
  const facets = emptyFacets();
  const last = FACET_COLUMNS.length - 1;
  let total = 0;
  for (const row of rows) {
    const grouping = row[0];
    const count = Number(row[FACET_COLUMNS.length + 1]);
    if (grouping === (1 << FACET_COLUMNS.length) - 1) {
      total = count;
      continue;
    }
    // GROUPING() sets a bit for every column left out of the row's set; the first column is
    // the highest bit.
    const i = FACET_COLUMNS.findIndex((_, c) => (grouping & (1 << (last - c))) === 0);
    const column = FACET_COLUMNS[i];
    const value = row[i + 1];
    if (value === null || value === undefined) continue;
    if (column in BIT_COLUMNS) {
      addBitCounts(facets, BIT_COLUMNS[column], Number(value), count);
    } else {
      const field = SCALAR_FACETS[column];
      const key = String(value);
      facets[field][key] = (facets[field][key] ?? 0) + count;
    }
  }
  return { total, facets };
}

function highlightsOf(doc: OfferingDocument, terms: string[]): Highlight[] {
  return [
    { field: 'title', segments: highlightSegments(doc.title, terms) },
    { field: 'organisationName', segments: highlightSegments(doc.organisationName, terms) },
    { field: 'description', segments: excerpt(highlightSegments(doc.description, terms)) },
  ];
}
