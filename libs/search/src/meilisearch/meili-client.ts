/**
 * The part of the Meilisearch client the adapter uses, so the adapter's own logic can be
 * tested without a server. `createMeiliIndexClient` wraps the official client.
 */
export interface MeiliTaskResult {
  status: string;
  error: { message: string; code?: string } | null;
}

/** A write the server has accepted into its task queue and not yet necessarily processed. */
export interface MeiliEnqueuedTask {
  taskUid: number;
}

export interface MeiliSearchParams {
  filter?: string;
  sort?: string[];
  facets?: string[];
  // Page mode: the server then counts every hit (`totalHits`) instead of estimating.
  page: number;
  hitsPerPage: number;
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
}

export interface MeiliSearchResponse {
  hits: Record<string, unknown>[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export interface MeiliIndexClient {
  /** The index this client reads and writes: the one place its name lives. */
  readonly uid: string;
  ensureIndex(primaryKey: string): Promise<MeiliTaskResult | null>;
  getSettings(): Promise<Record<string, unknown>>;
  updateSettings(settings: Record<string, unknown>): Promise<MeiliTaskResult>;
  /** Enqueues without waiting, so many batches can be queued before the first is processed. */
  enqueueDocuments(docs: Record<string, unknown>[]): Promise<MeiliEnqueuedTask>;
  waitForTasks(tasks: MeiliEnqueuedTask[]): Promise<MeiliTaskResult[]>;
  deleteDocuments(ids: string[]): Promise<MeiliTaskResult>;
  deleteAllDocuments(): Promise<MeiliTaskResult>;
  search(q: string, params: MeiliSearchParams): Promise<MeiliSearchResponse>;
  stats(): Promise<{ numberOfDocuments: number }>;
  allIds(): Promise<Map<string, number>>;
}
