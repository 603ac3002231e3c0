import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import {
  chargeOrRefuse,
  chargePerClientAndAddress,
  RATE_LIMIT_STORE,
  type RateLimitStore,
} from './rate-limit-store.js';
import type { RateLimitRule } from './rate-limiter.js';

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const CONTACT = { nl: 'contactverzoeken', en: 'contact requests' };

// The API's abuse limits, configured once (RATE_LIMIT_*), kept in the RATE_LIMIT_STORE:
// this process's memory, or the database when several replicas must share one budget.
@Injectable()
export class RateLimitsService {
  readonly contact: { ip: RateLimitRule; email: RateLimitRule };
  readonly queriesPerIp: RateLimitRule;
  readonly geocodePerIp: RateLimitRule;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {
    this.contact = {
      ip: { limit: config.RATE_LIMIT_CONTACT_PER_IP, windowMs: HOUR_MS },
      email: { limit: config.RATE_LIMIT_CONTACT_PER_EMAIL, windowMs: HOUR_MS },
    };
    this.queriesPerIp = { limit: config.RATE_LIMIT_QUERIES_PER_IP, windowMs: MINUTE_MS };
    this.geocodePerIp = { limit: config.RATE_LIMIT_GEOCODE_PER_IP, windowMs: MINUTE_MS };
  }

  /** Counts an anonymous contact request, or throws RATE_LIMITED (and counts nothing). */
  assertContactAllowed(ip: string, email: string): Promise<void> {
    return chargePerClientAndAddress(this.store, CONTACT, 'contact', this.contact, { ip, email });
  }

  /** Counts one expensive public query (matching, search) for this client. */
  assertQueryAllowed(ip: string): Promise<void> {
    return chargeOrRefuse(this.store, { nl: 'zoekopdrachten', en: 'searches' }, [
      { scope: 'IP', name: 'queries-ip', rule: this.queriesPerIp, key: ip },
    ]);
  }

  /** Counts one address look-up (each may call the outside geocoder) for this client. */
  assertGeocodeAllowed(ip: string): Promise<void> {
    return chargeOrRefuse(this.store, { nl: 'adreszoekopdrachten', en: 'address look-ups' }, [
      { scope: 'IP', name: 'geocode-ip', rule: this.geocodePerIp, key: ip },
    ]);
  }
}
