import type { DataSource } from 'typeorm';
import type { LimitCharge, LimitRefusal, RateLimitStore } from './rate-limit-store.js';

// Purge expired budgets about once per this many charges (cheap, no timer needed).
const PURGE_EVERY = 500;

/**
 * The budgets in the database, shared by every API process: the same generic cell rate
 * algorithm as the in-memory limiter (one "theoretical arrival time" per budget and client),
 * with the rows locked for the charge, in a fixed order so two charges cannot deadlock, and
 * the database's clock so replicas with drifting clocks still agree.
 */
export class DatabaseRateLimitStore implements RateLimitStore {
  private charges = 0;

  constructor(private readonly db: DataSource) {}

  async take<S extends string>(
    charges: readonly LimitCharge<S>[],
  ): Promise<LimitRefusal<S> | null> {
    const active = charges
      .filter((c) => c.rule.limit > 0)
      .sort((a, b) => (a.name + '\u0000' + a.key).localeCompare(b.name + '\u0000' + b.key));
    if (active.length === 0) return null;
    if (++this.charges % PURGE_EVERY === 0) {
      await this.db.query(`DELETE FROM rate_limit_state WHERE expires_at < now()`);
    }
    const names = active.map((c) => c.name);
    const keys = active.map((c) => c.key);
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO rate_limit_state (name, key, tat_ms, expires_at)
         SELECT n, k, 0, now() FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(n, k, i)
         ORDER BY i
         ON CONFLICT (name, key) DO NOTHING`,
        [names, keys],
      );
      const rows = (await tx.query(
        `SELECT s.name, s.key, s.tat_ms AS "tatMs",
                (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "nowMs"
           FROM rate_limit_state s
           JOIN unnest($1::text[], $2::text[]) AS t(n, k) ON s.name = t.n AND s.key = t.k
          ORDER BY s.name, s.key
            FOR UPDATE OF s`,
        [names, keys],
      )) as { name: string; key: string; tatMs: number; nowMs: number }[];
      const tatOf = new Map(rows.map((r) => [`${r.name}\u0000${r.key}`, Number(r.tatMs)]));
      const now = Number(rows[0]?.nowMs ?? Date.now());
      let refused: LimitRefusal<S> | null = null;
      const next: number[] = [];
      for (const c of active) {
        const interval = c.rule.windowMs / c.rule.limit;
        const tat = Math.max(tatOf.get(`${c.name}\u0000${c.key}`) ?? now, now);
        const waitMs = tat + interval - c.rule.windowMs - now;
        // Half a millisecond of slack absorbs rounding in windowMs / limit, as in memory.
        const wait = waitMs > 0.5 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
        if (wait > (refused?.retryAfterSeconds ?? 0))
          refused = { scope: c.scope, retryAfterSeconds: wait };
        next.push(tat + interval);
      }
      if (refused) return refused;
      await tx.query(
        `UPDATE rate_limit_state s
            SET tat_ms = t.tat, expires_at = to_timestamp(t.tat / 1000)
           FROM unnest($1::text[], $2::text[], $3::float8[]) AS t(n, k, tat)
          WHERE s.name = t.n AND s.key = t.k`,
        [names, keys, next],
      );
      return null;
    });
  }
}
