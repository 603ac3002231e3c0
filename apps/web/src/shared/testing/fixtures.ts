import type {
  ContactRequestFieldsFragment,
  PortalOrganisationFragment,
} from '../../generated/graphql';

// Shared by the page specs (a signed-in session: signed-in.ts): a contact request as the inbox
// and a school's list receive it; an organisation as the partner portal reads it.

/** Contact request number `n` (its id and kenmerk from n), read, from Juf Anna about a Leesclub. */
export function contactRequest(
  n: number,
  parties: Pick<ContactRequestFieldsFragment, 'vestigingscode' | 'organisationId'>,
): ContactRequestFieldsFragment & { __typename: 'ContactRequestDetail' } {
  return {
    __typename: 'ContactRequestDetail',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    reference: `PW-2026-${String(n).padStart(5, '0')}`,
    status: 'REQUESTED',
    statusReason: null,
    schoolName: 'De Regenboog',
    offeringId: '00000000-0000-4000-8000-0000000000bb',
    offeringTitle: 'Leesclub',
    organisationName: 'Voorbeeldpartner',
    senderName: 'Juf Anna',
    senderEmail: 'anna@school.nl',
    message: 'Graag contact',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    readAt: '2026-12-01T11:00:00.000Z',
    ...parties,
  };
}

/** A stichting in Schiedam as the portal reads it, verified, with what the spec changes. */
export function portalOrganisation(
  changes: Partial<PortalOrganisationFragment> = {},
): PortalOrganisationFragment {
  return {
    id: '6f1c1d8e-0000-4000-8000-0000000000aa',
    name: 'Stichting Tweede Kans',
    type: 'FOUNDATION',
    kvkNumber: '44556603',
    description: '',
    website: null,
    email: null,
    phone: null,
    address: null,
    city: 'Schiedam',
    location: null,
    status: 'VERIFIED',
    rejectionReason: null,
    verifiedAt: null,
    lastConfirmedAt: null,
    isStale: false,
    ...changes,
  };
}
