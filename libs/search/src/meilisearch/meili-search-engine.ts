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
import type {
  MeiliEnqueuedTask,
  MeiliIndexClient,
  MeiliSearchParams,
  MeiliTaskResult,
} from './meili-client.js';
import { buildMeiliFilter } from './meili-filter.js';
import { toMeiliDocument } from './meili-document.js';
import { MEILI_SETTINGS, settingsDiff } from './meili-settings.js';

// Control characters never appear in our text, so they mark highlights unambiguously.
const PRE = '\u0002';
const POST = '\u0003';
const BATCH = 1000;

export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';

  constructor(private readonly client: MeiliIndexClient) {}

  async prepare(): Promise<void> {
    const created = await this.client.ensureIndex('id');
    if (created) check(created, 'index aanmaken');
    const differing = settingsDiff(await this.client.getSettings());
    if (differing.length > 0) {
      const changes = Object.fromEntries(
        differing.map((k) => [k, MEILI_SETTINGS[k as keyof typeof MEILI_SETTINGS]]),
      );
      check(await this.client.updateSettings(changes), `instellingen (${differing.join(', ')})`);
    }
  }

  // Every batch is enqueued before any is awaited: the server can merge queued document
  // additions into one indexing run, where waiting per batch would index them one by one.
  async upsert(documents: readonly OfferingDocument[]): Promise<void> {
    await this.upsertStream([documents]);
  }

  async upsertStream(
    batches: AsyncIterable<readonly OfferingDocument[]> | Iterable<readonly OfferingDocument[]>,
  ): Promise<void> {
    const tasks: MeiliEnqueuedTask[] = [];
    for await (const documents of batches) {
      for (let i = 0; i < documents.length; i += BATCH) {
        const batch = documents
          .slice(i, i + BATCH)
          .map((d) => toMeiliDocument(d) as unknown as Record<string, unknown>);
        tasks.push(await this.client.enqueueDocuments(batch));
      }
    }
    if (tasks.length === 0) return;
    for (const task of await this.client.waitForTasks(tasks)) check(task, 'documenten schrijven');
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
    const params = toSearchParams(query);
    const res = await this.client.search(query.text.trim(), params);
    const facets = emptyFacets();
    for (const field of FACET_FIELDS)
      Object.assign(facets[field], res.facetDistribution?.[field] ?? {});
    if (res.totalHits === undefined) {
      // Page mode always answers with an exact count; without one the contract cannot be kept.
      throw new SearchEngineError(
        'Meilisearch: zoekresultaat zonder exact totaal (totalHits)',
        false,
      );
    }
    const skip = query.offset - (params.page - 1) * params.hitsPerPage;
    return {
      total: res.totalHits,
      hits: res.hits.slice(skip, skip + query.limit).map((hit) => ({
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
    ...pageFor(query.offset, query.limit),
    attributesToHighlight: [...HIGHLIGHT_FIELDS],
    highlightPreTag: PRE,
    highlightPostTag: POST,
  };
}

/**
 * Offset/limit as Meilisearch's page mode, in which it counts hits exactly (offset/limit only
 * estimates). An offset that is not a multiple of the limit reads from the first page and
 * skips, which stays cheap because the finder pages in whole pages.
 */
export function pageFor(offset: number, limit: number): { page: number; hitsPerPage: number } {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit };
  return { page: 1, hitsPerPage: offset + limit };
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
