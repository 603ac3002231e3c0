import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

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

// Format characters (Unicode Cf: zero-width space and joiners, direction marks and overrides,
// soft hyphen, byte-order mark) do not show, so two addresses that differ only by one look the
// same on screen and in a mail. None belongs in an address.
const INVISIBLE = /\p{Cf}/u;
const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const INVISIBLE_IN_EMAIL =
  'bevat een onzichtbaar teken, zoals een spatie zonder breedte (contains an invisible character, such as a zero-width space)';

/** Whether a normalised address has the shape of one, fits, and holds nothing invisible. */
export function isPlainEmail(email: string): boolean {
  return SHAPE.test(email) && email.length <= EMAIL_MAX && !INVISIBLE.test(email);
}

/**
 * A required email input: normalised (normalEmail) before it is checked, then refused naming
 * the field when it is not an address, too long, or holds an invisible character. Listed
 * bottom-up, like search-fields.ts.
 */
export function EmailAddress(
  invalid = 'geen geldig e-mailadres (not a valid email)',
  max = EMAIL_MAX,
): PropertyDecorator {
  return applyDecorators(
    Matches(/^\P{Cf}*$/u, { message: INVISIBLE_IN_EMAIL }),
    IsEmail({}, { message: invalid }),
    MaxLength(max, { message: `hoogstens ${max} tekens (at most ${max} characters)` }),
    IsString(),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalEmail(value) : value,
    ),
  );
}
