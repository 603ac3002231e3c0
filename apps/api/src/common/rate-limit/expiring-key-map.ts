// The in-memory store behind our rate limiters: one value per key with an expiry time, and a
// hard cap on the number of keys so a flood of new addresses cannot grow memory without end.
// Expired entries are dropped when read and when the map is full; if it is still full then,
// the least recently written keys go first.
export class ExpiringKeyMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly maxKeys = 100_000) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, expiresAt: number, now: number): void {
    // Re-inserting moves the key to the end, so Map order is "least recently written first".
    const existed = this.entries.delete(key);
    if (!existed && this.entries.size >= this.maxKeys) this.prune(now);
    this.entries.set(key, { value, expiresAt });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    // Still full: make room (a tenth, so this does not run on every insert).
    let excess = this.entries.size - Math.floor(this.maxKeys * 0.9);
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
