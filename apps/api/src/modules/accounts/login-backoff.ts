import type { DataSource } from 'typeorm';
import {
  afterFailure,
  LoginRateLimiter,
  loginKey,
  waitOf,
  type LoginFailures,
} from './login-rate-limiter.js';

/**
 * The login back-off per email + IP (login-rate-limiter.ts), behind one interface: in this
 * process's memory, or in the database so that every replica counts the same failures
 * (RATE_LIMIT_STORE=database).
 */
export interface LoginBackoff {
  retryAfterSeconds(email: string, ip: string): Promise<number>;
  failed(email: string, ip: string): Promise<void>;
  succeeded(email: string, ip: string): Promise<void>;
}

export class MemoryLoginBackoff implements LoginBackoff {
  constructor(private readonly limiter = new LoginRateLimiter()) {}

  retryAfterSeconds(email: string, ip: string): Promise<number> {
    return Promise.resolve(this.limiter.retryAfterSeconds(email, ip));
  }

  failed(email: string, ip: string): Promise<void> {
    this.limiter.failed(email, ip);
    return Promise.resolve();
  }

  succeeded(email: string, ip: string): Promise<void> {
    this.limiter.succeeded(email, ip);
    return Promise.resolve();
  }
}

const NOW_MS = `(extract(epoch FROM clock_timestamp()) * 1000)::float8`;

export class DatabaseLoginBackoff implements LoginBackoff {
  constructor(private readonly db: DataSource) {}

  async retryAfterSeconds(email: string, ip: string): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT failures, locked_until_ms AS "lockedUntil", last_failure_ms AS "lastFailure",
              ${NOW_MS} AS "now"
         FROM login_backoff WHERE key = $1 AND expires_at > now()`,
      [loginKey(email, ip)],
    )) as (LoginFailures & { now: number })[];
    return row ? waitOf(row, Number(row.now)) : 0;
  }

  async failed(email: string, ip: string): Promise<void> {
    const key = loginKey(email, ip);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO login_backoff (key, failures, locked_until_ms, last_failure_ms, expires_at)
         VALUES ($1, 0, 0, 0, now()) ON CONFLICT (key) DO NOTHING`,
        [key],
      );
      const [row] = (await tx.query(
        `SELECT failures, locked_until_ms AS "lockedUntil", last_failure_ms AS "lastFailure",
                expires_at > now() AS live, ${NOW_MS} AS "now"
           FROM login_backoff WHERE key = $1 FOR UPDATE`,
        [key],
      )) as (LoginFailures & { live: boolean; now: number })[];
      const now = Number(row!.now);
      const { entry, expiresAt } = afterFailure(row!.live ? row : undefined, now);
      await tx.query(
        `UPDATE login_backoff
            SET failures = $2, locked_until_ms = $3, last_failure_ms = $4,
                expires_at = to_timestamp($5 / 1000.0)
          WHERE key = $1`,
        [key, entry.failures, entry.lockedUntil, entry.lastFailure, expiresAt],
      );
    });
    // Forgotten entries are cleared now and then, by whoever fails a login.
    if (Math.random() < 0.01)
      await this.db.query(`DELETE FROM login_backoff WHERE expires_at < now()`);
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.db.query(`DELETE FROM login_backoff WHERE key = $1`, [loginKey(email, ip)]);
  }
}
