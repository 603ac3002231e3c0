/**
 * The part of the Meilisearch client the adapter uses, so the adapter's own logic can be
 * tested without a server. `createMeiliIndexClient` wraps the official client.
 */
export interface MeiliTaskResult {
  status: string;
  error: { message: string; code?: string } | null;
}

export interface MeiliSearchParams {
  filter?: string;
  sort?: string[];
  facets?: string[];
  offset: number;
  limit: number;
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToCrop?: string[];
  cropLength?: number;
  showRankingScore?: boolean;
}

export interface MeiliSearchResponse {
  hits: Record<string, unknown>[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export interface MeiliIndexClient {
  ensureIndex(uid: string, primaryKey: string): Promise<MeiliTaskResult | null>;
  getSettings(): Promise<Record<string, unknown>>;
  updateSettings(settings: Record<string, unknown>): Promise<MeiliTaskResult>;
  addDocuments(docs: Record<string, unknown>[]): Promise<MeiliTaskResult>;
  deleteDocuments(ids: string[]): Promise<MeiliTaskResult>;
  deleteAllDocuments(): Promise<MeiliTaskResult>;
  search(q: string, params: MeiliSearchParams): Promise<MeiliSearchResponse>;
  stats(): Promise<{ numberOfDocuments: number }>;
  allIds(): Promise<Map<string, number>>;
}
