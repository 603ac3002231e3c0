import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MemoryRateLimitStore } from '../rate-limit/memory-rate-limit-store.js';
import { chargePerClientAndAddress } from '../rate-limit/rate-limit-store.js';
import { RateLimitedError } from '../rate-limit/rate-limited.error.js';
import {
  EmailAddress,
  hasUnusualSpelling,
  isPlainEmail,
  mailboxKey,
  UNUSUAL_SPELLING,
} from './email-address.js';

// Decision 0034: a quoted local part and a trailing dot on the domain reach the mailbox the
// plain address reaches. Inputs refuse them; budgets count them as that mailbox.
const SAME_MAILBOX = [
  'x@example.nl',
  'x@example.nl.',
  'x@example.nl..',
  '"x"@example.nl',
  '"x"@example.nl.',
  ' "X"@Example.NL. ',
  '"\\x"@example.nl',
];

class Input {
  @EmailAddress()
  email!: string;
}

function problems(email: string): string[] {
  const errors = validateSync(plainToInstance(Input, { email }));
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('mailboxKey', () => {
  it('gives every spelling of one mailbox one key', () => {
    expect(new Set(SAME_MAILBOX.map(mailboxKey))).toEqual(new Set(['x@example.nl']));
  });

  it('keeps addresses that differ apart', () => {
    expect(mailboxKey('"x y"@example.nl')).toBe('x y@example.nl');
    expect(mailboxKey('x@example.nl')).not.toBe(mailboxKey('y@example.nl'));
    expect(mailboxKey('x.y@example.nl')).not.toBe(mailboxKey('xy@example.nl'));
    expect(mailboxKey('x@sub.example.nl')).not.toBe(mailboxKey('x@example.nl'));
  });
});

describe('an email input', () => {
  it('refuses a quoted local part, a trailing dot and a domain literal, in Dutch first', () => {
    for (const email of [...SAME_MAILBOX.slice(1), '"x y"@example.nl', 'x@[192.0.2.1]']) {
      expect({ email, unusual: hasUnusualSpelling(email.trim().toLowerCase()) }).toEqual({
        email,
        unusual: true,
      });
      expect({ email, plain: isPlainEmail(email.trim().toLowerCase()) }).toEqual({
        email,
        plain: false,
      });
      expect(problems(email)).toContain(UNUSUAL_SPELLING);
    }
    expect(UNUSUAL_SPELLING).toMatch(/^schrijf het adres zonder aanhalingstekens.*\(write the/);
  });

  it('takes the plain spelling', () => {
    for (const email of ['x@example.nl', 'zo\u00eb.de-vries+post@school.example.nl']) {
      expect(problems(email)).toEqual([]);
      expect(isPlainEmail(email)).toBe(true);
    }
  });
});

describe('the per-address budget', () => {
  it('is one budget for every spelling of a mailbox', async () => {
    const store = new MemoryRateLimitStore(() => 0);
    const rule = { limit: 2, windowMs: 60_000 };
    const what = { nl: 'Te veel verzoeken', en: 'too many requests' };
    const charge = (email: string, ip: string) =>
      chargePerClientAndAddress(store, what, 'reset', { ip: rule, email: rule }, { ip, email });
    await charge('x@example.nl', '192.0.2.1');
    await charge('x@example.nl', '192.0.2.2');
    for (const [i, email] of SAME_MAILBOX.entries()) {
      const refused = await charge(email, `192.0.2.${10 + i}`).catch((e: unknown) => e);
      expect({ email, refused: refused instanceof RateLimitedError }).toEqual({
        email,
        refused: true,
      });
    }
  });
});
