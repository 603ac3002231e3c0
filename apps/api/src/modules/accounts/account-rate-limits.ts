import { Inject, Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../common/rate-limit/rate-limited.error.js';
import { RateLimiter, takeAll } from '../../common/rate-limit/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

const HOUR_MS = 60 * 60 * 1000;

// Per-IP budgets for the anonymous account calls (RATE_LIMIT_LOGIN_PER_IP, …_REGISTER_…,
// …_RESET_…, each per hour), on top of the login back-off per email + IP. Each call is one
// unit, so aliases in one request count one by one. Per-IP limits stop one client from trying
// many accounts (or making argon2 work for it); the per-email reset budget stops one inbox
// from being flooded from many addresses. In memory, like every limiter here.
@Injectable()
export class AccountRateLimits {
  readonly loginPerIp: RateLimiter;
  readonly registerPerIp: RateLimiter;
  readonly registerPerEmail: RateLimiter;
  readonly resetPerIp: RateLimiter;
  readonly resetPerEmail: RateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const perHour = (limit: number) => new RateLimiter({ limit, windowMs: HOUR_MS });
    this.loginPerIp = perHour(config.RATE_LIMIT_LOGIN_PER_IP);
    this.registerPerIp = perHour(config.RATE_LIMIT_REGISTER_PER_IP);
    this.registerPerEmail = perHour(config.RATE_LIMIT_REGISTER_PER_EMAIL);
    this.resetPerIp = perHour(config.RATE_LIMIT_RESET_PER_IP);
    this.resetPerEmail = perHour(config.RATE_LIMIT_RESET_PER_EMAIL);
  }

  /** Counts one login attempt from this client, or throws RATE_LIMITED (nothing counted). */
  takeLogin(ip: string): void {
    const wait = this.loginPerIp.take(ip);
    if (wait > 0)
      throw new RateLimitedError({ nl: 'inlogpogingen', en: 'sign-in attempts' }, 'IP', wait);
  }

  /** Per IP, and per address: every sign-up mails the address, known or not. */
  takeRegistration(ip: string, email: string): void {
    const refused = takeAll([
      { scope: 'IP', limiter: this.registerPerIp, key: ip },
      { scope: 'EMAIL', limiter: this.registerPerEmail, key: email.trim().toLowerCase() },
    ] as const);
    if (refused) {
      throw new RateLimitedError(
        { nl: 'aanmeldingen', en: 'registrations' },
        refused.scope,
        refused.retryAfterSeconds,
      );
    }
  }

  /** Known and unknown addresses count alike, so the answer tells nothing about accounts. */
  takeReset(ip: string, email: string): void {
    const refused = takeAll([
      { scope: 'IP', limiter: this.resetPerIp, key: ip },
      { scope: 'EMAIL', limiter: this.resetPerEmail, key: email.trim().toLowerCase() },
    ] as const);
    if (refused) {
      throw new RateLimitedError(
        { nl: 'herstelverzoeken', en: 'password reset requests' },
        refused.scope,
        refused.retryAfterSeconds,
      );
    }
  }
}
