import { RateLimitedError, type RateLimitScope } from './rate-limited.error.js';
import type { RateLimitRule } from './rate-limiter.js';
import { mailboxKey } from '../validation/email-address.js';

/** One budget to charge: `name` tells budgets apart (e.g. `contact-ip`), `key` the client. */
export interface LimitCharge<S extends string> {
  scope: S;
  name: string;
  rule: RateLimitRule;
  key: string;
}

export interface LimitRefusal<S extends string> {
  scope: S;
  retryAfterSeconds: number;
}

/**
 * Where the rate limits keep their state: in this process's memory (one API process), or in
 * the database so that several replicas share one budget (RATE_LIMIT_STORE=database).
 * All-or-nothing: when every budget allows, each is charged and null is returned; otherwise
 * nothing is charged and the longest wait is returned with its scope.
 */
export interface RateLimitStore {
  take<S extends string>(charges: readonly LimitCharge<S>[]): Promise<LimitRefusal<S> | null>;
}

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

/** Charges every budget, or throws RATE_LIMITED naming `what` (and charges nothing). */
export async function chargeOrRefuse<S extends RateLimitScope>(
  store: RateLimitStore,
  what: { nl: string; en: string },
  charges: readonly LimitCharge<S>[],
): Promise<void> {
  const refused = await store.take(charges);
  if (refused) throw new RateLimitedError(what, refused.scope, refused.retryAfterSeconds);
}

/**
 * Charges a call that mails an address, or throws RATE_LIMITED: one budget per client
 * (`<name>-ip`) and one per email address in its one spelling (`<name>-email`), so neither many
 * clients nor many spellings of one mailbox (mailboxKey) flood one inbox.
 */
export function chargePerClientAndAddress(
  store: RateLimitStore,
  what: { nl: string; en: string },
  name: string,
  rules: { ip: RateLimitRule; email: RateLimitRule },
  client: { ip: string; email: string },
): Promise<void> {
  return chargeOrRefuse(store, what, [
    { scope: 'IP', name: `${name}-ip`, rule: rules.ip, key: client.ip },
    { scope: 'EMAIL', name: `${name}-email`, rule: rules.email, key: mailboxKey(client.email) },
  ]);
}
