import { ExpiringKeyMap } from './expiring-key-map.js';

export interface RateLimitRule {
  /** Requests allowed per window and key; 0 = no limit. */
  limit: number;
  windowMs: number;
}

// Allows `limit` requests per `windowMs` for each key, as a burst or spread out, with the
// generic cell rate algorithm: each key keeps one timestamp (the "theoretical arrival time"),
// pushed forward by windowMs / limit per request. A request is refused while that time lies
// more than a window ahead. One number per key, an exact retry-after, no timers.
export class RateLimiter {
  private readonly intervalMs: number;
  private readonly arrivals: ExpiringKeyMap<number>;

  constructor(
    readonly rule: RateLimitRule,
    private readonly now: () => number = Date.now,
    maxKeys = 100_000,
  ) {
    this.intervalMs = rule.limit > 0 ? rule.windowMs / rule.limit : 0;
    this.arrivals = new ExpiringKeyMap<number>(maxKeys);
  }

  get enabled(): boolean {
    return this.rule.limit > 0;
  }

  /** Seconds until `key` may make one more request; 0 when it may now. Counts nothing. */
  retryAfterSeconds(key: string): number {
    if (!this.enabled) return 0;
    const now = this.now();
    const tat = Math.max(this.arrivals.get(key, now) ?? now, now);
    const waitMs = tat + this.intervalMs - this.rule.windowMs - now;
    // Half a millisecond of slack absorbs rounding in windowMs / limit.
    return waitMs > 0.5 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** Counts one request for `key` (whether or not it was allowed: check first). */
  record(key: string): void {
    if (!this.enabled) return;
    const now = this.now();
    const tat = Math.max(this.arrivals.get(key, now) ?? now, now) + this.intervalMs;
    // Once the arrival time has passed, the key is as good as new: let the entry expire then.
    this.arrivals.set(key, tat, tat, now);
  }

  /** Counts a request when allowed; returns 0, or the seconds to wait (nothing counted). */
  take(key: string): number {
    const wait = this.retryAfterSeconds(key);
    if (wait === 0) this.record(key);
    return wait;
  }
}

export interface LimitCheck<S extends string> {
  scope: S;
  limiter: RateLimiter;
  key: string;
}

/**
 * All-or-nothing over several limits (e.g. per IP and per email): when every one allows the
 * request, each counts it and null is returned; otherwise nothing is counted and the longest
 * wait is returned with its scope.
 */
export function takeAll<S extends string>(
  checks: readonly LimitCheck<S>[],
): { scope: S; retryAfterSeconds: number } | null {
  let refused: { scope: S; retryAfterSeconds: number } | null = null;
  for (const check of checks) {
    const wait = check.limiter.retryAfterSeconds(check.key);
    if (wait > (refused?.retryAfterSeconds ?? 0)) {
      refused = { scope: check.scope, retryAfterSeconds: wait };
    }
  }
  if (refused) return refused;
  for (const check of checks) check.limiter.record(check.key);
  return null;
}
