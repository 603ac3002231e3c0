import type { LimitCharge, LimitRefusal, RateLimitStore } from './rate-limit-store.js';
import { RateLimiter, takeAll, type RateLimitRule } from './rate-limiter.js';

/** The budgets in this process's memory: exact and free, but each replica has its own. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly now: () => number = Date.now) {}

  take<S extends string>(charges: readonly LimitCharge<S>[]): Promise<LimitRefusal<S> | null> {
    return Promise.resolve(
      takeAll(
        charges.map((c) => ({ scope: c.scope, limiter: this.limiter(c.name, c.rule), key: c.key })),
      ),
    );
  }

  private limiter(name: string, rule: RateLimitRule): RateLimiter {
    let limiter = this.limiters.get(name);
    if (!limiter) this.limiters.set(name, (limiter = new RateLimiter(rule, this.now)));
    return limiter;
  }
}
