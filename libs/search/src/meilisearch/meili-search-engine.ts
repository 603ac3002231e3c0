import { excerpt, segmentsFromMarked } from '../highlight.js';
import type { OfferingDocument } from '../offering-document.js';
import { SearchEngineError, type SearchEngine } from '../search-engine.js';
import {
  emptyFacets,
  FACET_FIELDS,
  HIGHLIGHT_FIELDS,
  type Highlight,
  type SearchQuery,
  type SearchResult,
} from '../search-query.js';
import type { MeiliIndexClient, MeiliSearchParams, MeiliTaskResult } from './meili-client.js';
import { buildMeiliFilter } from './meili-filter.js';
import { toMeiliDocument } from './meili-document.js';
import { MEILI_SETTINGS, settingsDiff } from './meili-settings.js';

// Control characters never appear in our text, so they mark highlights unambiguously.
const PRE = '\u0002';
const POST = '\u0003';
const BATCH = 1000;

export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';

  constructor(
    private readonly client: MeiliIndexClient,
    private readonly uid = 'offerings',
  ) {}

  async prepare(): Promise<void> {
    const created = await this.client.ensureIndex(this.uid, 'id');
    if (created) check(created, 'index aanmaken');
    const differing = settingsDiff(await this.client.getSettings());
    if (differing.length > 0) {
      const changes = Object.fromEntries(
        differing.map((k) => [k, MEILI_SETTINGS[k as keyof typeof MEILI_SETTINGS]]),
      );
      check(await this.client.updateSettings(changes), `instellingen (${differing.join(', ')})`);
    }
  }

  async upsert(documents: readonly OfferingDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents
        .slice(i, i + BATCH)
        .map((d) => toMeiliDocument(d) as unknown as Record<string, unknown>);
      check(await this.client.addDocuments(batch), 'documenten schrijven');
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    check(await this.client.deleteDocuments([...ids]), 'documenten verwijderen');
  }

  async clear(): Promise<void> {
    check(await this.client.deleteAllDocuments(), 'index legen');
  }

  async count(): Promise<number> {
    return (await this.client.stats()).numberOfDocuments;
  }

  snapshot(): Promise<Map<string, number>> {
    return this.client.allIds();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const res = await this.client.search(query.text.trim(), toSearchParams(query));
    const facets = emptyFacets();
    for (const field of FACET_FIELDS)
      Object.assign(facets[field], res.facetDistribution?.[field] ?? {});
    return {
      total: res.totalHits ?? res.estimatedTotalHits ?? res.hits.length,
      hits: res.hits.map((hit) => ({
        id: String(hit.id),
        distanceKm:
          typeof hit._geoDistance === 'number' ? Math.round(hit._geoDistance / 100) / 10 : null,
        highlights: highlightsOf(hit),
      })),
      facets,
    };
  }
}

export function toSearchParams(query: SearchQuery): MeiliSearchParams {
  const sort =
    query.sort === 'DISTANCE' && query.point
      ? [`_geoPoint(${query.point.lat}, ${query.point.lng}):asc`]
      : query.sort === 'UPDATED'
        ? ['updatedAt:desc']
        : undefined;
  return {
    filter: buildMeiliFilter(query.filters, query.scope),
    sort,
    facets: [...FACET_FIELDS],
    offset: query.offset,
    limit: query.limit,
    attributesToHighlight: [...HIGHLIGHT_FIELDS],
    highlightPreTag: PRE,
    highlightPostTag: POST,
  };
}

function highlightsOf(hit: Record<string, unknown>): Highlight[] {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  return HIGHLIGHT_FIELDS.map((field) => {
    const value =
      typeof formatted[field] === 'string'
        ? (formatted[field] as string)
        : String(hit[field] ?? '');
    const segments = segmentsFromMarked(value, PRE, POST);
    return { field, segments: field === 'description' ? excerpt(segments) : segments };
  });
}

function check(task: MeiliTaskResult, what: string): void {
  if (task.status !== 'succeeded') {
    // A rejected task (bad document, bad setting) will fail again: not worth retrying.
    throw new SearchEngineError(
      `Meilisearch: ${what} mislukt (${task.status}): ${task.error?.message ?? 'onbekende fout'}`,
      task.error?.code === undefined,
    );
  }
}
