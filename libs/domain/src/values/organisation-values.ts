// Kinds of partner organisations named in docs/domain.md.
export const ORGANISATION_TYPES = [
  'YOUTH_CARE',
  'MUNICIPALITY',
  'FOUNDATION',
  'COMPANY',
  'LIBRARY',
  'CULTURE',
  'SPORT',
  'TUTORING',
  'CHILDCARE',
  'SAMENWERKINGSVERBAND',
  'OTHER',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

// The profile's text limits, checked by the API (input and service) and shown by the portal
// form before it sends. A name needs at least two characters.
export const ORGANISATION_PROFILE_MAX_LENGTH = {
  name: 200,
  description: 5000,
  website: 300,
  email: 254,
  phone: 40,
  address: 300,
  city: 100,
} as const;
export const ORGANISATION_NAME_MIN_LENGTH = 2;

// draft → pending verification → verified; an admin may suspend.
export const ORGANISATION_STATUSES = ['DRAFT', 'PENDING', 'VERIFIED', 'SUSPENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/**
 * The statuses of an organisation the public directory shows (and whose offerings can match):
 * waiting for verification or verified. A draft (not yet submitted, or rejected) and a
 * suspended organisation are seen only by its own editors and admins.
 */
export const LISTED_ORGANISATION_STATUSES = [
  'PENDING',
  'VERIFIED',
] as const satisfies readonly OrganisationStatus[];

export function isListedOrganisationStatus(status: string): boolean {
  return (LISTED_ORGANISATION_STATUSES as readonly string[]).includes(status);
}

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isOrganisationStatus(value: string): value is OrganisationStatus {
  return (ORGANISATION_STATUSES as readonly string[]).includes(value);
}
