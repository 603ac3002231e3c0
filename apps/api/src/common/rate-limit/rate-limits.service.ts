import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { RateLimitedError } from './rate-limited.error.js';
import { RateLimiter, takeAll } from './rate-limiter.js';

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

// The API's abuse limits, configured once (RATE_LIMIT_*). In memory: per process and reset on
// restart, like the login limiter — several API processes would each allow the full budget.
@Injectable()
export class RateLimitsService {
  readonly contactPerIp: RateLimiter;
  readonly contactPerEmail: RateLimiter;
  readonly queriesPerIp: RateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.contactPerIp = new RateLimiter({
      limit: config.RATE_LIMIT_CONTACT_PER_IP,
      windowMs: HOUR_MS,
    });
    this.contactPerEmail = new RateLimiter({
      limit: config.RATE_LIMIT_CONTACT_PER_EMAIL,
      windowMs: HOUR_MS,
    });
    this.queriesPerIp = new RateLimiter({
      limit: config.RATE_LIMIT_QUERIES_PER_IP,
      windowMs: MINUTE_MS,
    });
  }

  /** Counts an anonymous contact request, or throws RATE_LIMITED (and counts nothing). */
  assertContactAllowed(ip: string, email: string): void {
    const refused = takeAll([
      { scope: 'IP', limiter: this.contactPerIp, key: ip },
      { scope: 'EMAIL', limiter: this.contactPerEmail, key: email.trim().toLowerCase() },
    ] as const);
    if (refused) {
      throw new RateLimitedError(
        { nl: 'contactverzoeken', en: 'contact requests' },
        refused.scope,
        refused.retryAfterSeconds,
      );
    }
  }

  /** Counts one expensive public query (matching, search) for this client. */
  assertQueryAllowed(ip: string): void {
    const wait = this.queriesPerIp.take(ip);
    if (wait > 0) {
      throw new RateLimitedError({ nl: 'zoekopdrachten', en: 'searches' }, 'IP', wait);
    }
  }
}
