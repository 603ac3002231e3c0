import { LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  it('allows five failures, then backs off exponentially per email and IP', () => {
    let now = 1_000_000;
    const limiter = new LoginRateLimiter(() => now);
    for (let i = 0; i < 5; i++) limiter.failed('A@x.nl', '1.2.3.4');
    expect(limiter.retryAfterSeconds('a@x.nl', '1.2.3.4')).toBe(0);
    limiter.failed('a@x.nl', '1.2.3.4');
    expect(limiter.retryAfterSeconds('a@x.nl', '1.2.3.4')).toBe(1);
    now += 1000;
    limiter.failed('a@x.nl', '1.2.3.4');
    expect(limiter.retryAfterSeconds('a@x.nl', '1.2.3.4')).toBe(2);
    // Another IP or email is not affected.
    expect(limiter.retryAfterSeconds('a@x.nl', '5.6.7.8')).toBe(0);
    expect(limiter.retryAfterSeconds('b@x.nl', '1.2.3.4')).toBe(0);
    limiter.succeeded('a@x.nl', '1.2.3.4');
    expect(limiter.retryAfterSeconds('a@x.nl', '1.2.3.4')).toBe(0);
  });

  it('caps the wait at 15 minutes', () => {
    const now = 0;
    const limiter = new LoginRateLimiter(() => now);
    for (let i = 0; i < 40; i++) limiter.failed('a@x.nl', 'ip');
    expect(limiter.retryAfterSeconds('a@x.nl', 'ip')).toBe(900);
  });
});

describe('LoginRateLimiter and the spellings of one mailbox', () => {
  it('counts a quoted local part and a trailing dot as the same address (decision 0034)', () => {
    const now = 0;
    const limiter = new LoginRateLimiter(() => now);
    for (const email of ['x@x.nl', 'x@x.nl.', '"x"@x.nl', '"X"@X.NL.', 'x@x.nl..', '"\\x"@x.nl'])
      limiter.failed(email, 'ip');
    expect(limiter.retryAfterSeconds('x@x.nl', 'ip')).toBe(1);
  });
});
