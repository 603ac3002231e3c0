import { isInNetherlands, isOrganisationType } from '@partnerwijzer/domain';
import type { FieldProblem } from '../../common/errors/user-input.error.js';
import type { OrganisationProfileInput } from './dto/organisation-profile.input.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';

export type ProfileColumns = Partial<
  Pick<
    OrganisationEntity,
    | 'name'
    | 'type'
    | 'description'
    | 'website'
    | 'email'
    | 'phone'
    | 'address'
    | 'city'
    | 'lat'
    | 'lng'
  >
>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]*$/;

/**
 * Checks a profile edit and turns it into columns. Every problem names its field; nothing is
 * returned to write when there is any. Empty text clears an optional field; required fields
 * (name, type, city, description) cannot be cleared.
 */
export function validateProfile(input: OrganisationProfileInput): {
  columns: ProfileColumns;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const columns: ProfileColumns = {};
  const problem = (field: string, message: string, code: string, params?: Record<string, number>) =>
    problems.push({ field, message, code, ...(params ? { params } : {}) });
  const optionalText = (value: string | null | undefined) =>
    value === undefined ? undefined : (value ?? '').trim() || null;

  if (input.name !== undefined) {
    const name = (input.name ?? '').trim();
    if (name.length < 2)
      problem('name', 'minstens 2 tekens (at least 2 characters)', 'TOO_SHORT', { min: 2 });
    else if (name.length > 200)
      problem('name', 'hoogstens 200 tekens (at most 200 characters)', 'TOO_LONG', {
        max: 200,
      });
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
    if (description.length > 5000)
      problem('description', 'hoogstens 5000 tekens (at most 5000 characters)', 'TOO_LONG', {
        max: 5000,
      });
    else columns.description = description;
  }
  if (input.city !== undefined) {
    const city = (input.city ?? '').trim();
    if (city.length > 100)
      problem('city', 'hoogstens 100 tekens (at most 100 characters)', 'TOO_LONG', { max: 100 });
    else columns.city = city;
  }

  const website = optionalText(input.website);
  if (website !== undefined) {
    const normalised = website === null ? null : normaliseWebsite(website);
    if (normalised === undefined) {
      problem(
        'website',
        'geen geldig webadres, bijvoorbeeld https://www.voorbeeld.nl (not a valid web address)',
        'INVALID_WEBSITE',
      );
    } else columns.website = normalised;
  }
  const email = optionalText(input.email);
  if (email !== undefined) {
    if (email !== null && (!EMAIL.test(email) || email.length > 254)) {
      problem('email', 'geen geldig e-mailadres (not a valid email)', 'INVALID_EMAIL');
    } else columns.email = email;
  }
  const phone = optionalText(input.phone);
  if (phone !== undefined) {
    const digits = phone?.replace(/\D/g, '').length ?? 0;
    if (phone !== null && (!PHONE.test(phone) || digits < 6 || digits > 15 || phone.length > 40)) {
      problem(
        'phone',
        'geen geldig telefoonnummer, bijvoorbeeld 010 123 45 67 (not a valid phone number)',
        'INVALID_PHONE',
      );
    } else columns.phone = phone;
  }
  const address = optionalText(input.address);
  if (address !== undefined) {
    if (address !== null && address.length > 300)
      problem('address', 'hoogstens 300 tekens (at most 300 characters)', 'TOO_LONG', {
        max: 300,
      });
    else columns.address = address;
  }

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
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  if (/\s/.test(withScheme) || withScheme.length > 300) return undefined;
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
