import type { ContactRequestStatus } from '../../generated/graphql';

// The partner's inbox of contact requests (also the status names the school sees).
export const inboxNl = {
  nav: 'Inbox',
  pageTitle: 'Contactverzoeken — Partnerwijzer',
  heading: 'Contactverzoeken',
  headingFor: (organisation: string): string => `Contactverzoeken voor ${organisation}`,
  intro:
    'Scholen die contact zoeken over uw aanbod. Reageer op elk verzoek: accepteer het, wijs het af met een reden, of houd bij hoe het loopt. De school ziet de stand.',
  chooseOrganisation:
    'Als beheerder opent u de inbox van een organisatie met ?organisatie=<id> in de adresbalk, of via de lijst van accounts op de beheerpagina.',
  loading: 'Contactverzoeken laden…',
  empty: 'Er zijn nog geen contactverzoeken voor uw aanbod.',
  count: (n: number): string => (n === 1 ? '1 contactverzoek' : `${n} contactverzoeken`),
  status: {
    REQUESTED: 'nieuw',
    ACCEPTED: 'geaccepteerd',
    DECLINED: 'afgewezen',
    IN_CONVERSATION: 'in gesprek',
    STARTED: 'samenwerking gestart',
  } satisfies Record<ContactRequestStatus, string>,
  statusLabel: 'Stand',
  offering: 'Aanbod',
  from: 'Van',
  received: 'Ontvangen',
  updated: 'Laatst gewijzigd',
  message: 'Bericht van de school',
  reason: 'Reden van afwijzen',
  requestHeading: (school: string): string => `${school}`,
  actionsLabel: (school: string): string => `Reageren op het verzoek van ${school}`,
  /** Which request a button acts on, after its own text (one school may ask several times). */
  requestAbout: (school: string, offering: string): string => `${school} over ${offering}`,
  /** A per-request name with the request's kenmerk after it: one school may ask for the same
   * offering several times, and only the kenmerk tells those requests apart. */
  withReference: (name: string, reference: string): string => `${name}, kenmerk ${reference}`,
  accept: 'Accepteren',
  declineForm: {
    open: 'Afwijzen…',
    label: 'Reden van afwijzen',
    hint: 'De school ziet deze reden. Schrijf kort waarom, bijvoorbeeld: "Ons aanbod is vol tot de zomer".',
    submit: 'Afwijzing versturen',
    submitting: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    required: 'Geef een reden van minstens 3 tekens.',
  },
  inConversation: 'In gesprek',
  started: 'Samenwerking gestart',
  changed: (school: string, status: string): string =>
    `Het verzoek van ${school} staat nu op: ${status}.`,
  failed: 'Opslaan is niet gelukt.',
  alreadyAnswered: (status: string): string =>
    `Dit antwoord was al gegeven: het verzoek stond al op "${status}" (in een ander venster, via de link in de e-mail of door een collega). Er is niets opnieuw opgeslagen en de school krijgt geen tweede e-mail.`,
  stale: (status: string): string =>
    `Uw antwoord is niet opgeslagen: het verzoek staat intussen op "${status}" (in een ander venster of door een collega beantwoord). Hieronder ziet u de stand van nu.`,
  reply: 'Beantwoord per mail',
  reference: 'Kenmerk',
  unread: 'ongelezen',
  markRead: 'Markeer als gelezen',
  unreadInNav: (n: number): string => (n === 1 ? '1 ongelezen' : `${n} ongelezen`),
  filterLabel: 'Toon',
  filterAll: 'Alle standen',
  countFiltered: (n: number, status: string): string =>
    n === 1
      ? `1 contactverzoek met stand "${status}"`
      : `${n} contactverzoeken met stand "${status}"`,
  // A list of requests that holds the newest 500 (shared/contact-requests/CappedListNotice).
  newestOf: (shown: number, total: number): string =>
    `U ziet de nieuwste ${shown.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} contactverzoeken.`,
  olderHint: 'Kies een stand bij "Toon" om de oudere te vinden.',
};

export type InboxMessages = typeof inboxNl;

export const inboxEn: InboxMessages = {
  nav: 'Inbox',
  pageTitle: 'Contact requests — Partnerwijzer',
  heading: 'Contact requests',
  headingFor: (organisation) => `Contact requests for ${organisation}`,
  intro:
    'Schools that want to get in touch about your offerings. Respond to each request: accept it, decline it with a reason, or record how it is going. The school sees the status.',
  chooseOrganisation:
    "As an administrator, open an organisation's inbox with ?organisatie=<id> in the address bar, or from the account list on the administration page.",
  loading: 'Loading contact requests…',
  empty: 'There are no contact requests for your offerings yet.',
  count: (n) => (n === 1 ? '1 contact request' : `${n} contact requests`),
  status: {
    REQUESTED: 'new',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    IN_CONVERSATION: 'in conversation',
    STARTED: 'partnership started',
  },
  statusLabel: 'Status',
  offering: 'Offering',
  from: 'From',
  received: 'Received',
  updated: 'Last changed',
  message: 'Message from the school',
  reason: 'Reason for declining',
  requestHeading: (school) => `${school}`,
  actionsLabel: (school) => `Respond to the request from ${school}`,
  requestAbout: (school, offering) => `${school} about ${offering}`,
  withReference: (name, reference) => `${name}, reference ${reference}`,
  accept: 'Accept',
  declineForm: {
    open: 'Decline…',
    label: 'Reason for declining',
    hint: 'The school sees this reason. Say briefly why, for example: "We are fully booked until the summer".',
    submit: 'Send the decline',
    submitting: 'Saving…',
    cancel: 'Cancel',
    required: 'Give a reason of at least 3 characters.',
  },
  inConversation: 'In conversation',
  started: 'Partnership started',
  changed: (school, status) => `The request from ${school} is now: ${status}.`,
  failed: 'Saving did not work.',
  alreadyAnswered: (status) =>
    `This answer had already been given: the request was already "${status}" (in another window, through the link in the email or by a colleague). Nothing was saved again and the school does not get a second email.`,
  stale: (status) =>
    `Your answer was not saved: the request is now "${status}" (answered in another window or by a colleague). Below is how it stands now.`,
  reply: 'Reply by email',
  reference: 'Reference',
  unread: 'unread',
  markRead: 'Mark as read',
  unreadInNav: (n) => `${n} unread`,
  filterLabel: 'Show',
  filterAll: 'All statuses',
  countFiltered: (n, status) =>
    n === 1
      ? `1 contact request with status "${status}"`
      : `${n} contact requests with status "${status}"`,
  newestOf: (shown, total) =>
    `You see the newest ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} contact requests.`,
  olderHint: 'Choose a status under "Show" to find the older ones.',
};
