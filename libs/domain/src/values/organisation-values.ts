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

// draft → pending verification → verified; an admin may suspend.
export const ORGANISATION_STATUSES = ['DRAFT', 'PENDING', 'VERIFIED', 'SUSPENDED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isOrganisationStatus(value: string): value is OrganisationStatus {
  return (ORGANISATION_STATUSES as readonly string[]).includes(value);
}
