import { excerpt, highlightSegments } from '../highlight.js';
import type { OfferingDocument } from '../offering-document.js';
import type { SearchEngine } from '../search-engine.js';
import {
  emptyFacets,
  type FacetField,
  type Highlight,
  type SearchQuery,
  type SearchResult,
} from '../search-query.js';
import { buildSearchSql, UPSERT_SQL } from './embedded-search-sql.js';
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

  async upsert(documents: readonly OfferingDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents.slice(i, i + BATCH).map(withInterventionText);
      await this.db.query(UPSERT_SQL, [JSON.stringify(batch)]);
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query('DELETE FROM search_document WHERE id = ANY($1::uuid[])', [[...ids]]);
  }

  async clear(): Promise<void> {
    await this.db.query('DELETE FROM search_document');
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
    const built = buildSearchSql(query);
    const [row] = (await this.db.query(built.sql, built.params)) as {
      total: number;
      hits: { doc: OfferingDocument; distanceKm: number | null }[];
      facets: { field: FacetField; value: string; n: string | number }[];
    }[];
    const facets = emptyFacets();
    for (const f of row?.facets ?? []) facets[f.field][f.value] = Number(f.n);
    return {
      total: row?.total ?? 0,
      hits: (row?.hits ?? []).map((h) => ({
        id: h.doc.id,
        distanceKm: h.distanceKm === null ? null : Math.round(h.distanceKm * 10) / 10,
        highlights: highlightsOf(h.doc, built.terms),
      })),
      facets,
    };
  }
}

function withInterventionText(
  doc: OfferingDocument,
): OfferingDocument & { interventionText: string } {
  return { ...doc, interventionText: doc.interventionLabels.join(' ') };
}

function highlightsOf(doc: OfferingDocument, terms: string[]): Highlight[] {
  return [
    { field: 'title', segments: highlightSegments(doc.title, terms) },
    { field: 'organisationName', segments: highlightSegments(doc.organisationName, terms) },
    { field: 'description', segments: excerpt(highlightSegments(doc.description, terms)) },
  ];
}
