import { loadConfig } from '../../config/config.schema.js';
import { rateLimitKeyOfIp } from './client-ip.js';
import { ExpiringKeyMap } from './expiring-key-map.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import { RateLimitedError } from './rate-limited.error.js';
import { RateLimiter, takeAll } from './rate-limiter.js';
import { RateLimitsService } from './rate-limits.service.js';

const HOUR = 3_600_000;

describe('RateLimiter', () => {
  it('allows `limit` requests at once, refuses the next with the exact wait', () => {
    let now = 5_000_000;
    const limiter = new RateLimiter({ limit: 20, windowMs: HOUR }, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.take('1.2.3.4')).toBe(0);
    // One request is earned back every hour / 20 = 180 s.
    expect(limiter.take('1.2.3.4')).toBe(180);
    expect(limiter.retryAfterSeconds('1.2.3.4')).toBe(180);
    now += 179_000;
    expect(limiter.take('1.2.3.4')).toBe(1);
    now += 1_000;
    expect(limiter.take('1.2.3.4')).toBe(0);
    expect(limiter.take('1.2.3.4')).toBe(180);
  });

  it('keeps keys apart and forgets a key once its budget is whole again', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toBe(30);
    expect(limiter.take('b')).toBe(0);
    now += 60_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('does not count refused requests, so waiting is enough', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 3_000 }, () => now);
    for (let i = 0; i < 3; i++) limiter.take('k');
    for (let i = 0; i < 100; i++) expect(limiter.take('k')).toBe(1);
    now += 1_000;
    expect(limiter.take('k')).toBe(0);
  });

  it('is off with limit 0', () => {
    const limiter = new RateLimiter({ limit: 0, windowMs: 1_000 }, () => 0);
    for (let i = 0; i < 10_000; i++) expect(limiter.take('k')).toBe(0);
    expect(limiter.enabled).toBe(false);
  });

  it('stays exact for budgets that do not divide the window evenly', () => {
    const limiter = new RateLimiter({ limit: 7, windowMs: HOUR }, () => 123);
    for (let i = 0; i < 7; i++) expect(limiter.take('k')).toBe(0);
    expect(limiter.take('k')).toBe(Math.ceil(HOUR / 7 / 1000));
  });
});

describe('takeAll', () => {
  it('counts on every limit only when all allow, and reports the longest wait', () => {
    const now = 0;
    const perIp = new RateLimiter({ limit: 3, windowMs: HOUR }, () => now);
    const perEmail = new RateLimiter({ limit: 1, windowMs: HOUR }, () => now);
    const checks = (email: string) =>
      [
        { scope: 'IP', limiter: perIp, key: '10.0.0.1' },
        { scope: 'EMAIL', limiter: perEmail, key: email },
      ] as const;
    expect(takeAll(checks('a@x.nl'))).toBeNull();
    expect(takeAll(checks('a@x.nl'))).toEqual({ scope: 'EMAIL', retryAfterSeconds: 3600 });
    // The refusal above did not use up the IP budget: two more addresses still fit.
    expect(takeAll(checks('b@x.nl'))).toBeNull();
    expect(takeAll(checks('c@x.nl'))).toBeNull();
    expect(takeAll(checks('d@x.nl'))).toEqual({ scope: 'IP', retryAfterSeconds: 1200 });
    expect(perEmail.retryAfterSeconds('d@x.nl')).toBe(0);
  });
});

describe('ExpiringKeyMap', () => {
  it('drops expired entries and never holds more than its cap', () => {
    const map = new ExpiringKeyMap<number>(10);
    map.set('old', 1, 100, 0);
    expect(map.get('old', 99)).toBe(1);
    expect(map.get('old', 100)).toBeUndefined();
    for (let i = 0; i < 1_000; i++) map.set(`k${i}`, i, 10_000, 0);
    expect(map.size).toBeLessThanOrEqual(10);
    // The most recently written keys survive.
    expect(map.get('k999', 1)).toBe(999);
    expect(map.get('k0', 1)).toBeUndefined();
  });
});

describe('rateLimitKeyOfIp', () => {
  it('writes IPv4-mapped addresses as IPv4 and cuts IPv6 to its /64', () => {
    expect(rateLimitKeyOfIp('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKeyOfIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKeyOfIp('2001:db8:0a:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:a:1::/64');
    expect(rateLimitKeyOfIp('2001:DB8:a:1::5')).toBe('2001:db8:a:1::/64');
    expect(rateLimitKeyOfIp('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKeyOfIp('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKeyOfIp('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('RateLimitsService', () => {
  // A frozen clock: on a busy machine 600 calls can outlast one refill interval (100 ms).
  const service = (env: Record<string, string>) =>
    new RateLimitsService(loadConfig(env), new MemoryRateLimitStore(() => 1_000_000));

  it('takes its budgets from the configuration and refuses with RATE_LIMITED', async () => {
    const limits = service({ RATE_LIMIT_CONTACT_PER_IP: '2', RATE_LIMIT_CONTACT_PER_EMAIL: '5' });
    await limits.assertContactAllowed('1.1.1.1', 'a@x.nl');
    await limits.assertContactAllowed('1.1.1.1', 'B@x.nl');
    const error = await limits.assertContactAllowed('1.1.1.1', 'c@x.nl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    const { extensions, message } = error as RateLimitedError;
    expect(extensions).toEqual({ code: 'RATE_LIMITED', scope: 'IP', retryAfterSeconds: 1800 });
    expect(message).toBe(
      'Te veel contactverzoeken kort na elkaar; probeer het over 30 minuten opnieuw (too many contact requests; try again in 30 minutes)',
    );
    // The email budget is counted case-insensitively, across addresses.
    const perEmail = service({ RATE_LIMIT_CONTACT_PER_EMAIL: '1' });
    await perEmail.assertContactAllowed('1.1.1.1', ' A@x.nl');
    await expect(perEmail.assertContactAllowed('2.2.2.2', 'a@X.nl')).rejects.toThrow(
      RateLimitedError,
    );
  });

  it('has generous defaults for the public queries and can be switched off', async () => {
    const defaults = service({});
    for (let i = 0; i < 600; i++) await defaults.assertQueryAllowed('1.1.1.1');
    await expect(defaults.assertQueryAllowed('1.1.1.1')).rejects.toThrow(/zoekopdrachten/);
    const off = service({ RATE_LIMIT_QUERIES_PER_IP: '0' });
    for (let i = 0; i < 2_000; i++) await off.assertQueryAllowed('1.1.1.1');
  });

  it('refuses bad settings, naming the variable', () => {
    expect(() => loadConfig({ RATE_LIMIT_CONTACT_PER_IP: '-1' })).toThrow(
      /RATE_LIMIT_CONTACT_PER_IP/,
    );
    expect(() => loadConfig({ RATE_LIMIT_QUERIES_PER_IP: 'veel' })).toThrow(
      /RATE_LIMIT_QUERIES_PER_IP/,
    );
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '1.5' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
