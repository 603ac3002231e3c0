import type { ContactRequestStatus } from '../../generated/graphql';

// "Mijn school": school staff follow their schools' contact requests.
export const schoolAccountNl = {
  pageTitle: 'Mijn school — Partnerwijzer',
  heading: 'Mijn school',
  intro: 'De contactverzoeken van uw school en hoe de partners erop reageerden.',
  noSchools:
    'Uw account is nog niet aan een school gekoppeld. Vraag de beheerder om de vestigingscode van uw school toe te voegen.',
  schoolHeading: (name: string, city: string): string => `${name}, ${city}`,
  code: (code: string): string => `Vestigingscode ${code}`,
  loading: 'Contactverzoeken laden…',
  empty: 'Er zijn nog geen contactverzoeken verstuurd vanuit deze school.',
  findPartners: 'Partners zoeken voor deze school',
  count: (n: number): string => (n === 1 ? '1 contactverzoek' : `${n} contactverzoeken`),
  partnerOffering: 'Aanbod',
  sentBy: 'Verstuurd door',
  sentOn: 'Verstuurd op',
  updated: 'Laatst gewijzigd',
  statusLabel: 'Stand',
  declinedReason: 'Reden van de partner',
  statusExplain: {
    REQUESTED: 'De partner heeft nog niet gereageerd.',
    ACCEPTED: 'De partner heeft uw verzoek geaccepteerd en neemt contact met u op.',
    DECLINED: 'De partner heeft uw verzoek afgewezen.',
    IN_CONVERSATION: 'U bent met de partner in gesprek.',
    STARTED: 'De samenwerking is gestart.',
  } satisfies Record<ContactRequestStatus, string>,
};

export type SchoolAccountMessages = typeof schoolAccountNl;

export const schoolAccountEn: SchoolAccountMessages = {
  pageTitle: 'My school — Partnerwijzer',
  heading: 'My school',
  intro: "Your school's contact requests and how the partners responded.",
  noSchools:
    "Your account is not linked to a school yet. Ask the administrator to add your school's location code.",
  schoolHeading: (name, city) => `${name}, ${city}`,
  code: (code) => `Location code ${code}`,
  loading: 'Loading contact requests…',
  empty: 'No contact requests have been sent from this school yet.',
  findPartners: 'Find partners for this school',
  count: (n) => (n === 1 ? '1 contact request' : `${n} contact requests`),
  partnerOffering: 'Offering',
  sentBy: 'Sent by',
  sentOn: 'Sent on',
  updated: 'Last changed',
  statusLabel: 'Status',
  declinedReason: "The partner's reason",
  statusExplain: {
    REQUESTED: 'The partner has not responded yet.',
    ACCEPTED: 'The partner accepted your request and will contact you.',
    DECLINED: 'The partner declined your request.',
    IN_CONVERSATION: 'You are in conversation with the partner.',
    STARTED: 'The partnership has started.',
  },
};
