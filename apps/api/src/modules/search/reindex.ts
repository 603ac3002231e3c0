import type { DataSource } from 'typeorm';
import type { SearchEngine } from '@partnerwijzer/search';
import { safeStartWatermark } from '../change-feed/index.js';
import { allOfferingIds, buildDocumentChanges } from './search-documents.js';
import { writeSearchWatermark } from './search-sync.state.js';

export const REINDEX_BATCH = 500;

export interface ReindexResult {
  indexed: number;
  removed: number;
}

/**
 * Rebuilds the index from PostgreSQL without an empty window: upsert everything, then drop
 * documents that should not be there. The feed position is taken first, so changes made
 * meanwhile are replayed by the sync worker afterwards.
 */
export async function reindexAll(
  db: DataSource,
  engine: SearchEngine,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ReindexResult> {
  const start = await safeStartWatermark(db);
  await engine.prepare();
  const ids = await allOfferingIds(db);
  const keep = new Set<string>();
  onProgress(0, ids.length);
  async function* batches() {
    for (let i = 0; i < ids.length; i += REINDEX_BATCH) {
      const changes = await buildDocumentChanges(db, ids.slice(i, i + REINDEX_BATCH));
      for (const d of changes.upsert) keep.add(d.id);
      yield changes.upsert;
      onProgress(Math.min(i + REINDEX_BATCH, ids.length), ids.length);
    }
  }
  await engine.upsertStream(batches());
  const stale = [...(await engine.snapshot()).keys()].filter((id) => !keep.has(id));
  await engine.remove(stale);
  await writeSearchWatermark(db, start);
  return { indexed: keep.size, removed: stale.length };
}
