import { Inject, Injectable } from '@nestjs/common';
import { MemoryRateLimitStore } from '../../common/rate-limit/memory-rate-limit-store.js';
import {
  chargeOrRefuse,
  chargePerClientAndAddress,
  RATE_LIMIT_STORE,
  type RateLimitStore,
} from '../../common/rate-limit/rate-limit-store.js';
import type { RateLimitRule } from '../../common/rate-limit/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

const HOUR_MS = 60 * 60 * 1000;
const REGISTRATIONS = { nl: 'aanmeldingen', en: 'registrations' };
const RESETS = { nl: 'herstelverzoeken', en: 'password reset requests' };

// Per-IP budgets for the anonymous account calls (RATE_LIMIT_LOGIN_PER_IP, …_REGISTER_…,
// …_RESET_…, each per hour), on top of the login back-off per email + IP. Each call is one
// unit, so aliases in one request count one by one. Per-IP limits stop one client from trying
// many accounts (or making argon2 work for it); the per-email reset budget stops one inbox
// from being flooded from many addresses. Kept in the RATE_LIMIT_STORE (memory or database).
@Injectable()
export class AccountRateLimits {
  readonly loginPerIp: RateLimitRule;
  readonly register: { ip: RateLimitRule; email: RateLimitRule };
  readonly reset: { ip: RateLimitRule; email: RateLimitRule };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore = new MemoryRateLimitStore(),
  ) {
    const perHour = (limit: number): RateLimitRule => ({ limit, windowMs: HOUR_MS });
    this.loginPerIp = perHour(config.RATE_LIMIT_LOGIN_PER_IP);
    this.register = {
      ip: perHour(config.RATE_LIMIT_REGISTER_PER_IP),
      email: perHour(config.RATE_LIMIT_REGISTER_PER_EMAIL),
    };
    this.reset = {
      ip: perHour(config.RATE_LIMIT_RESET_PER_IP),
      email: perHour(config.RATE_LIMIT_RESET_PER_EMAIL),
    };
  }

  /** Counts one login attempt from this client, or throws RATE_LIMITED (nothing counted). */
  takeLogin(ip: string): Promise<void> {
    return chargeOrRefuse(this.store, { nl: 'inlogpogingen', en: 'sign-in attempts' }, [
      { scope: 'IP', name: 'login-ip', rule: this.loginPerIp, key: ip },
    ]);
  }

  /** Per IP, and per address: every sign-up mails the address, known or not. */
  takeRegistration(ip: string, email: string): Promise<void> {
    return chargePerClientAndAddress(this.store, REGISTRATIONS, 'register', this.register, {
      ip,
      email,
    });
  }

  /** Known and unknown addresses count alike, so the answer tells nothing about accounts. */
  takeReset(ip: string, email: string): Promise<void> {
    return chargePerClientAndAddress(this.store, RESETS, 'reset', this.reset, { ip, email });
  }
}
