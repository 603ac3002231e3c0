import {
  isInNetherlands,
  isOrganisationType,
  isPhone,
  ORGANISATION_NAME_MIN_LENGTH as NAME_MIN,
  ORGANISATION_PROFILE_MAX_LENGTH as MAX,
} from '@partnerwijzer/domain';
import { isPlainEmail } from '../../common/validation/email-address.js';
import type { FieldProblem } from '../../common/errors/user-input.error.js';
import type { ProblemCodeName } from '@partnerwijzer/domain';
import type { OrganisationProfileInput } from './dto/organisation-profile.input.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';

/** The columns a profile edit writes: the input's fields, its location as lat/lng. */
export type ProfileColumns = Partial<
  Pick<OrganisationEntity, Exclude<keyof OrganisationProfileInput, 'location'> | 'lat' | 'lng'>
>;

export const INVALID_PHONE_MESSAGE =
  'geen geldig telefoonnummer, bijvoorbeeld 010 123 45 67 of +31 10 123 45 67 (not a valid phone number, for example 010 123 45 67 or +31 10 123 45 67)';

/**
 * Checks a profile edit and turns it into columns. Every problem names its field; nothing is
 * returned to write when there is any. Empty text clears an optional field; required fields
 * (name, type, city, description) cannot be cleared. A phone number sent back unchanged is not
 * checked again (`current`): one stored under an older rule, or by a data-package import, must
 * not block an edit of another field.
 */
export function validateProfile(
  input: OrganisationProfileInput,
  current: { phone: string | null } = { phone: null },
): {
  columns: ProfileColumns;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const columns: ProfileColumns = {};
  const problem = (
    field: string,
    message: string,
    code: ProblemCodeName,
    params?: Record<string, number>,
  ) => problems.push({ field, message, code, ...(params ? { params } : {}) });
  const tooLong = (field: string, max: number) =>
    problem(field, `hoogstens ${max} tekens (at most ${max} characters)`, 'TOO_LONG', { max });
  // An optional text field: absent leaves it, blank clears it, otherwise `check` gives the
  // value to write, or undefined when it is refused (then `refuse` reports why).
  const optionalField = (
    field: 'website' | 'email' | 'phone' | 'address',
    check: (value: string) => string | undefined,
    refuse: () => void,
  ) => {
    const raw = input[field];
    if (raw === undefined) return;
    const value = (raw ?? '').trim() || null;
    const checked = value === null ? null : check(value);
    if (checked === undefined) refuse();
    else columns[field] = checked;
  };

  if (input.name !== undefined) {
    const name = (input.name ?? '').trim();
    if (name.length < NAME_MIN)
      problem(
        'name',
        `minstens ${NAME_MIN} tekens (at least ${NAME_MIN} characters)`,
        'TOO_SHORT',
        {
          min: NAME_MIN,
        },
      );
    else if (name.length > MAX.name) tooLong('name', MAX.name);
    else columns.name = name;
  }
  if (input.type !== undefined) {
    if (input.type === null || !isOrganisationType(input.type)) {
      problem(
        'type',
        'is geen bekend organisatietype (unknown organisation type)',
        'UNKNOWN_VALUE',
      );
    } else columns.type = input.type;
  }
  if (input.description !== undefined) {
    const description = (input.description ?? '').trim();
    if (description.length > MAX.description) tooLong('description', MAX.description);
    else columns.description = description;
  }
  if (input.city !== undefined) {
    const city = (input.city ?? '').trim();
    if (city.length > MAX.city) tooLong('city', MAX.city);
    else columns.city = city;
  }

  optionalField('website', normaliseWebsite, () =>
    problem(
      'website',
      'geen geldig webadres, bijvoorbeeld https://www.voorbeeld.nl (not a valid web address)',
      'INVALID_WEBSITE',
    ),
  );
  optionalField(
    'email',
    (email) => (isPlainEmail(email) && email.length <= MAX.email ? email : undefined),
    () => problem('email', 'geen geldig e-mailadres (not a valid email)', 'INVALID_EMAIL'),
  );
  optionalField(
    'phone',
    // Kept as typed (trimmed), not rewritten to +31101234567: the partner chose a notation
    // schools read easily, and the digits are checked, so a dialling form can be derived.
    (phone) => (phone === current.phone || isPhone(phone) ? phone : undefined),
    () => problem('phone', INVALID_PHONE_MESSAGE, 'INVALID_PHONE'),
  );
  optionalField(
    'address',
    (address) => (address.length <= MAX.address ? address : undefined),
    () => tooLong('address', MAX.address),
  );

  if (input.location !== undefined) {
    const point = input.location;
    if (point === null) {
      columns.lat = null;
      columns.lng = null;
    } else if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) {
      problem('location', 'moet twee getallen zijn (must be two numbers)', 'NOT_A_NUMBER');
    } else if (!isInNetherlands(point)) {
      problem(
        'location',
        'ligt niet in Nederland (outside the Netherlands)',
        'OUTSIDE_NETHERLANDS',
      );
    } else {
      columns.lat = point.lat;
      columns.lng = point.lng;
    }
  }
  return { columns: problems.length > 0 ? {} : columns, problems };
}

/** An http(s) URL with a dotted host; a bare host gets https://. Undefined when invalid. */
export function normaliseWebsite(value: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : `https://${value.replace(/^\/\//, '')}`;
  if (/\s/.test(withScheme) || withScheme.length > 300) return undefined;
  // Scheme, two slashes, then the host, as the address is stored and shown: URL() also reads
  // "https:voorbeeld.nl", "https:////voorbeeld.nl" or backslashes, which other readers do not.
  if (!/^https?:\/\/[^/\\]/i.test(withScheme)) return undefined;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || url.username || url.password) {
    return undefined;
  }
  return withScheme;
}
