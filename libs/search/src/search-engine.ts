import type { OfferingDocument } from './offering-document.js';
import type { SearchQuery, SearchResult } from './search-query.js';

/**
 * The search port: one contract for every engine (Meilisearch, embedded PostgreSQL).
 * Writes are idempotent by document id; a failed write throws, and the caller (the sync
 * worker) retries from its last confirmed position.
 */
export interface SearchEngine {
  readonly name: string;
  /** Creates the index and applies settings when they differ. Safe to call at every start. */
  prepare(): Promise<void>;
  upsert(documents: readonly OfferingDocument[]): Promise<void>;
  /**
   * Writes batches as they come (a full reindex). An engine with a task queue accepts them all
   * before waiting for any; every batch is written when the promise resolves.
   */
  upsertStream(batches: AsyncIterable<readonly OfferingDocument[]>): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Removes every document (used by a full reindex). */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  /** All document ids with their updatedAt, for consistency checks. */
  snapshot(): Promise<Map<string, number>>;
}

export class SearchEngineError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
