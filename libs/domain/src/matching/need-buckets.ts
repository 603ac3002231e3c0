/**
 * Coverage areas filed under a key (a CBS code, or one key for all national areas) and, below
 * that, grouped by the need mask of their offering. A query walks only the groups that meet at
 * least one requested need, so with one need it skips most of a province's offerings without
 * looking at them. Removal is O(1) by swapping with the last entry of the group.
 */
export interface NeedBucket<E> {
  readonly mask: number;
  readonly entries: E[];
}

/** What an entry must carry so it can be removed again. */
export interface FiledEntry {
  readonly needMask: number;
  bucket: NeedBucket<this> | undefined;
  bucketIndex: number;
}

interface Shelf<E> {
  readonly byMask: Map<number, NeedBucket<E>>;
  readonly list: NeedBucket<E>[];
}

export class NeedBuckets<E extends FiledEntry> {
  private readonly shelves = new Map<string, Shelf<E>>();
  private count = 0;

  add(key: string, entry: E): void {
    let shelf = this.shelves.get(key);
    if (!shelf) this.shelves.set(key, (shelf = { byMask: new Map(), list: [] }));
    let bucket = shelf.byMask.get(entry.needMask);
    if (!bucket) {
      bucket = { mask: entry.needMask, entries: [] };
      shelf.byMask.set(entry.needMask, bucket);
      shelf.list.push(bucket);
    }
    entry.bucket = bucket;
    entry.bucketIndex = bucket.entries.length;
    bucket.entries.push(entry);
    this.count++;
  }

  remove(entry: E): void {
    const bucket = entry.bucket;
    if (!bucket) return;
    // Order inside a bucket does not affect results. Empty buckets stay: there are at most
    // 2^11 need masks per key.
    const last = bucket.entries.pop() as E;
    if (last !== entry) {
      bucket.entries[entry.bucketIndex] = last;
      last.bucketIndex = entry.bucketIndex;
    }
    entry.bucket = undefined;
    entry.bucketIndex = -1;
    this.count--;
  }

  /** The groups under this key (possibly empty ones), or an empty list. */
  buckets(key: string | undefined): readonly NeedBucket<E>[] {
    if (key === undefined) return NONE;
    return this.shelves.get(key)?.list ?? NONE;
  }

  get size(): number {
    return this.count;
  }
}

const NONE: readonly NeedBucket<never>[] = [];
