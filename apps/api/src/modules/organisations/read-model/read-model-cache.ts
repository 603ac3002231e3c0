import { Injectable } from '@nestjs/common';
import type { ChangeEntity } from '../../change-feed/index.js';

/**
 * How long a cached row may be served at most, whatever the change feed says: a bound for a
 * change that reached the database without a feed row. The feed keeps the cache current.
 */
const MAX_AGE_MS = 600_000;
/** Rows kept per kind; the oldest go first. 20,000 offerings fit with room to spare. */
const MAX_ENTRIES = 50_000;

interface Entry<T> {
  value: T;
  at: number;
}

/**
 * Offering and organisation read models by id, shared by all requests of this process so that
 * a match result does not cost two database round trips for its titles and names.
 *
 * Kept correct by the change feed: every write of an offering or organisation records a
 * change, which the matching index applies — right after the commit in this process, within
 * MATCH_SYNC_INTERVAL_MS in the others — and it calls `invalidate` for the same ids. A load
 * that overlapped an invalidation is not stored (generation check), so an old row read before
 * a commit can never land in the cache after it. MAX_AGE_MS bounds anything else. Filled
 * at start by ReadModelWarmup.
 */
@Injectable()
export class ReadModelCache {
  private readonly kinds = new Map<'OFFERING' | 'ORGANISATION', Map<string, Entry<unknown>>>([
    ['OFFERING', new Map()],
    ['ORGANISATION', new Map()],
  ]);
  private generation = 0;

  /** The rows for these ids: cached ones, the rest from `load` (which may skip unknown ids). */
  async getMany<T>(
    kind: 'OFFERING' | 'ORGANISATION',
    ids: readonly string[],
    idOf: (row: T) => string,
    load: (missing: string[]) => Promise<T[]>,
  ): Promise<T[]> {
    const cache = this.kinds.get(kind) as Map<string, Entry<T>>;
    const now = Date.now();
    const found: T[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const hit = cache.get(id);
      if (hit && now - hit.at < MAX_AGE_MS) found.push(hit.value);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const started = this.generation;
    const loaded = await load(missing);
    if (this.generation === started) {
      for (const row of loaded) cache.set(idOf(row), { value: row, at: now });
      trim(cache);
    }
    return found.concat(loaded);
  }

  /**
   * The cached row, if present and young enough; no load. `nowMs` lets a caller that peeks
   * at many rows read the clock once.
   */
  peek<T>(kind: 'OFFERING' | 'ORGANISATION', id: string, nowMs = Date.now()): T | undefined {
    const hit = (this.kinds.get(kind) as Map<string, Entry<T>>).get(id);
    return hit && nowMs - hit.at < MAX_AGE_MS ? hit.value : undefined;
  }

  /** Forgets changed rows. An organisation change forgets all offerings too (they show it). */
  invalidate(entity: ChangeEntity, ids: readonly string[]): void {
    if (entity !== 'OFFERING' && entity !== 'ORGANISATION') return;
    this.generation++;
    const cache = this.kinds.get(entity) as Map<string, Entry<unknown>>;
    for (const id of ids) cache.delete(id);
    if (entity === 'ORGANISATION') this.kinds.get('OFFERING')?.clear();
  }

  clear(): void {
    this.generation++;
    for (const cache of this.kinds.values()) cache.clear();
  }
}

function trim(cache: Map<string, unknown>): void {
  // Maps iterate in insertion order: the first keys are the oldest.
  for (const key of cache.keys()) {
    if (cache.size <= MAX_ENTRIES) break;
    cache.delete(key);
  }
}
