import { ExpiringKeyMap } from '../../common/rate-limit/expiring-key-map.js';
import { mailboxKey } from '../../common/validation/email-address.js';

// Login attempts per email + IP address, in memory: after FREE_ATTEMPTS failures each further
// failure doubles the wait (1 s, 2 s, 4 s … at most 15 minutes). A success clears the key.
// In memory means per process and reset on restart — enough for one API process; several
// processes behind a load balancer would need a shared store (documented in the README).
// The store is the one the other rate limits use (common/rate-limit): bounded, self-pruning.
const FREE_ATTEMPTS = 5;
const MAX_WAIT_MS = 15 * 60 * 1000;
const FORGET_AFTER_MS = 60 * 60 * 1000;
const MAX_KEYS = 100_000;

export interface LoginFailures {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export class LoginRateLimiter {
  private readonly entries = new ExpiringKeyMap<LoginFailures>(MAX_KEYS);

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before the next attempt, or 0 when an attempt is allowed now. */
  retryAfterSeconds(email: string, ip: string): number {
    const now = this.now();
    return waitOf(this.entries.get(loginKey(email, ip), now), now);
  }

  failed(email: string, ip: string): void {
    const k = loginKey(email, ip);
    const now = this.now();
    const { entry, expiresAt } = afterFailure(this.entries.get(k, now), now);
    this.entries.set(k, entry, expiresAt, now);
  }

  succeeded(email: string, ip: string): void {
    this.entries.delete(loginKey(email, ip));
  }
}

/** One failure more: the new entry, and when it may be forgotten. */
export function afterFailure(
  previous: LoginFailures | undefined,
  now: number,
): { entry: LoginFailures; expiresAt: number } {
  const failures =
    previous && now - previous.lastFailure < FORGET_AFTER_MS ? previous.failures + 1 : 1;
  const over = failures - FREE_ATTEMPTS;
  const lockedUntil = over > 0 ? now + Math.min(1000 * 2 ** (over - 1), MAX_WAIT_MS) : 0;
  // Forgotten an hour after the last failure, and never while still locked.
  const expiresAt = Math.max(now + FORGET_AFTER_MS, lockedUntil);
  return { entry: { failures, lockedUntil, lastFailure: now }, expiresAt };
}

/** Seconds until `entry` allows an attempt again (0: now). */
export function waitOf(entry: LoginFailures | undefined, now: number): number {
  if (!entry) return 0;
  const wait = entry.lockedUntil - now;
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

export function loginKey(email: string, ip: string): string {
  return `${mailboxKey(email)}|${ip}`;
}
