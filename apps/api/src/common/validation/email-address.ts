import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

// An email address is an identity (accounts, sign-ups, reset links, rate limits): one address
// must have one spelling everywhere it is stored, looked up or counted. Composed and decomposed
// letters ("zoë" as ë or as e + U+0308) and full-width forms ("ｔ") look alike but compare unequal
// as code units, so each would open its own account and get its own budget of mails. NFKC puts
// both kinds in one form (as RFC 8265 does for user names), then case is folded.

export const EMAIL_MAX = 254;

/** The one spelling of an address: trimmed, NFKC-normalised and lower-cased. */
export function normalEmail(raw: string): string {
  return raw.trim().normalize('NFKC').toLowerCase();
}

// Two more spellings reach the same mailbox (decision 0034): a quoted local part whose quotes
// are not needed ("x"@example.nl is x@example.nl, RFC 5321 4.1.2) and a domain written with the
// DNS root's trailing dot (example.nl. is example.nl). Every input refuses them (UNUSUAL_SPELLING
// below), but a budget or back-off must not depend on every path having refused: it counts per
// mailbox, in this form.

/**
 * The mailbox an address reaches, as the key of its budgets (rate limits, login back-off):
 * normalEmail, then the quotes around a local part and backslash escapes inside them taken
 * away, and the trailing dots of the domain.
 */
export function mailboxKey(raw: string): string {
  const email = normalEmail(raw);
  const at = email.lastIndexOf('@');
  if (at < 0) return email.replace(/\.+$/, '');
  let local = email.slice(0, at);
  const domain = email.slice(at + 1).replace(/\.+$/, '');
  if (local.length >= 2 && local.startsWith('"') && local.endsWith('"')) {
    local = local.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return `${local}@${domain}`;
}

// Quotes or a backslash in the local part, a domain literal ([192.0.2.1]) or a dot at the end:
// spellings the RFCs allow that no school or partner needs, and that would give one mailbox a
// second account or budget.
const UNUSUAL = /["\\[\]]|\.$/;

export const UNUSUAL_SPELLING =
  'schrijf het adres zonder aanhalingstekens, haken of punt aan het eind, zoals naam@school.nl (write the address without quotes, brackets or a dot at the end, like naam@school.nl)';

/** Whether a normalised address is written in a way every input refuses (UNUSUAL_SPELLING). */
export function hasUnusualSpelling(email: string): boolean {
  return UNUSUAL.test(email);
}

// Format characters (Unicode Cf: zero-width space and joiners, direction marks and overrides,
// soft hyphen, byte-order mark) do not show, so two addresses that differ only by one look the
// same on screen and in a mail. None belongs in an address.
const INVISIBLE = /\p{Cf}/u;
const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const INVISIBLE_IN_EMAIL =
  'bevat een onzichtbaar teken, zoals een spatie zonder breedte (contains an invisible character, such as a zero-width space)';

/**
 * Whether a normalised address has the shape of one, fits, holds nothing invisible and is
 * written in the usual way (hasUnusualSpelling).
 */
export function isPlainEmail(email: string): boolean {
  return (
    SHAPE.test(email) &&
    email.length <= EMAIL_MAX &&
    !INVISIBLE.test(email) &&
    !hasUnusualSpelling(email)
  );
}

/**
 * A required email input: normalised (normalEmail) before it is checked, then refused naming
 * the field when it is not an address, too long, written in an unusual way (quotes, a trailing
 * dot: UNUSUAL_SPELLING) or holds an invisible character. Listed
 * bottom-up, like search-fields.ts.
 */
export function EmailAddress(
  invalid = 'geen geldig e-mailadres (not a valid email)',
  max = EMAIL_MAX,
): PropertyDecorator {
  return applyDecorators(
    Matches(/^\P{Cf}*$/u, { message: INVISIBLE_IN_EMAIL }),
    IsEmail({}, { message: invalid }),
    ValidateBy(
      {
        name: 'emailSpelling',
        validator: {
          validate: (value) => typeof value !== 'string' || !hasUnusualSpelling(value),
        },
      },
      { message: UNUSUAL_SPELLING },
    ),
    MaxLength(max, { message: `hoogstens ${max} tekens (at most ${max} characters)` }),
    IsString(),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalEmail(value) : value,
    ),
  );
}
