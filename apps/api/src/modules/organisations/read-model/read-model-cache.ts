import { Injectable } from '@nestjs/common';
import type { ChangeEntity } from '../../change-feed/index.js';

/**
 * How long a cached row may be served at most, whatever the change feed says: a bound for a
 * change that reached the database without a feed row. The feed keeps the cache current.
 */
const MAX_AGE_MS = 600_000;
/** Rows kept per kind; the oldest go first. 20,000 offerings fit with room to spare. */
const MAX_ENTRIES = 50_000;
/** Derived lists kept (e.g. the ids of one filter of the HSDS directory); the oldest go first. */
const MAX_DERIVED = 32;

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
  private readonly derivedValues = new Map<string, Entry<unknown>>();
  private readonly derivedLoads = new Map<
    string,
    { generation: number; value: Promise<unknown> }
  >();
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
      trim(cache, MAX_ENTRIES);
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

  /**
   * A value computed from many offerings and organisations (such as the ordered ids of the
   * public directory for one filter), kept until any offering or organisation changes.
   * Concurrent callers share one load; a load that overlapped an invalidation is not stored.
   */
  async derived<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.derivedValues.get(key);
    if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.value as T;
    const running = this.derivedLoads.get(key);
    if (running && running.generation === this.generation) return running.value as Promise<T>;
    const started = this.generation;
    const at = Date.now();
    const value = load();
    this.derivedLoads.set(key, { generation: started, value });
    try {
      const result = await value;
      if (this.generation === started) {
        this.derivedValues.delete(key);
        this.derivedValues.set(key, { value: result, at });
        trim(this.derivedValues, MAX_DERIVED);
      }
      return result;
    } finally {
      if (this.derivedLoads.get(key)?.value === value) this.derivedLoads.delete(key);
    }
  }

  /** Forgets changed rows. An organisation change forgets all offerings too (they show it). */
  invalidate(entity: ChangeEntity, ids: readonly string[]): void {
    if (entity !== 'OFFERING' && entity !== 'ORGANISATION') return;
    this.generation++;
    this.derivedValues.clear();
    const cache = this.kinds.get(entity) as Map<string, Entry<unknown>>;
    for (const id of ids) cache.delete(id);
    if (entity === 'ORGANISATION') this.kinds.get('OFFERING')?.clear();
  }

  clear(): void {
    this.generation++;
    this.derivedValues.clear();
    for (const cache of this.kinds.values()) cache.clear();
  }
}

function trim(cache: Map<string, unknown>, max: number): void {
  // Maps iterate in insertion order: the first keys are the oldest.
  for (const key of cache.keys()) {
    if (cache.size <= max) break;
    cache.delete(key);
  }
}
