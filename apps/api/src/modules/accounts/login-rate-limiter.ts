import { ExpiringKeyMap } from '../../common/rate-limit/expiring-key-map.js';

// Login attempts per email + IP address, in memory: after FREE_ATTEMPTS failures each further
// failure doubles the wait (1 s, 2 s, 4 s … at most 15 minutes). A success clears the key.
// In memory means per process and reset on restart — enough for one API process; several
// processes behind a load balancer would need a shared store (documented in the README).
// The store is the one the other rate limits use (common/rate-limit): bounded, self-pruning.
const FREE_ATTEMPTS = 5;
const MAX_WAIT_MS = 15 * 60 * 1000;
const FORGET_AFTER_MS = 60 * 60 * 1000;
const MAX_KEYS = 100_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export class LoginRateLimiter {
  private readonly entries = new ExpiringKeyMap<Entry>(MAX_KEYS);

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before the next attempt, or 0 when an attempt is allowed now. */
  retryAfterSeconds(email: string, ip: string): number {
    const now = this.now();
    const entry = this.entries.get(key(email, ip), now);
    if (!entry) return 0;
    const wait = entry.lockedUntil - now;
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  failed(email: string, ip: string): void {
    const k = key(email, ip);
    const now = this.now();
    const previous = this.entries.get(k, now);
    const failures =
      previous && now - previous.lastFailure < FORGET_AFTER_MS ? previous.failures + 1 : 1;
    const over = failures - FREE_ATTEMPTS;
    const lockedUntil = over > 0 ? now + Math.min(1000 * 2 ** (over - 1), MAX_WAIT_MS) : 0;
    // Forgotten an hour after the last failure, and never while still locked.
    const expiresAt = Math.max(now + FORGET_AFTER_MS, lockedUntil);
    this.entries.set(k, { failures, lockedUntil, lastFailure: now }, expiresAt, now);
  }

  succeeded(email: string, ip: string): void {
    this.entries.delete(key(email, ip));
  }
}

function key(email: string, ip: string): string {
  return `${email.trim().toLowerCase()}|${ip}`;
}
