import type { ContactRequestStatus } from '../../generated/graphql';

// "Mijn school": school staff follow their schools' contact requests.
export const schoolAccountNl = {
  pageTitle: 'Mijn school — Partnerwijzer',
  heading: 'Mijn school',
  intro:
    'Het behoefteprofiel van uw school, en de contactverzoeken van uw school en hoe de partners erop reageerden.',
  noSchools:
    'Uw account is nog niet aan een school gekoppeld. Vraag de beheerder om de vestigingscode van uw school toe te voegen.',
  schoolHeading: (name: string, city: string): string => `${name}, ${city}`,
  code: (code: string): string => `Vestigingscode ${code}`,
  loading: 'Contactverzoeken laden…',
  empty: 'Er zijn nog geen contactverzoeken verstuurd vanuit deze school.',
  findPartners: 'Partners zoeken voor deze school',
  requestsHeading: 'Contactverzoeken',
  count: (n: number): string => (n === 1 ? '1 contactverzoek' : `${n} contactverzoeken`),
  olderHint: 'Oudere verzoeken van deze school volgt u met de statuslink uit hun e-mail.',
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
  needs: {
    heading: 'Behoefteprofiel',
    privacy:
      'Alleen op schoolniveau: beschrijf wat de school nodig heeft, nooit iets over een leerling (geen namen, diagnoses of andere leerlinggegevens).',
    schoolYear: 'Schooljaar',
    loading: 'Behoefteprofiel laden…',
    typesLegend: 'Welke hulp heeft de school nodig?',
    typesHint:
      'Vink aan wat nodig is, met een prioriteit en de groepen die het betreft (geen groepen gekozen = de hele school). De zoekhulp begint voor uw school met deze behoeften.',
    notApplicable: 'n.v.t.',
    groepen: (label: string): string => `Groepen voor ${label.toLowerCase()}`,
    leerjaren: (label: string): string => `Leerjaren voor ${label.toLowerCase()}`,
    note: 'Korte toelichting',
    // Said after "Prioriteit" and "Korte toelichting" to screen readers only: with several needs
    // ticked, each field is named by its need.
    forNeed: (label: string): string => `voor ${label.toLowerCase()}`,
    optional: '(optioneel)',
    noteHint: (max: number): string =>
      `Hoogstens ${max} tekens. Alleen zichtbaar voor uw school, uw gemeente en de beheerder.`,
    visible: 'Zichtbaar voor partners als vraag',
    visibleHint:
      'Partners zien dan welke hulp uw school zoekt en met welke prioriteit (zonder toelichting), en iedereen die in de zoekhulp uw school kiest begint met deze behoeften. Zonder vinkje ziet alleen u, uw gemeente en de beheerder het profiel.',
    save: 'Profiel opslaan',
    saving: 'Opslaan…',
    saved: (year: string): string => `Het behoefteprofiel voor ${year} is opgeslagen.`,
    problemsHeading: 'Het profiel is niet opgeslagen',
    notLoaded:
      'Het opgeslagen profiel of de lijst met behoeften is nog niet geladen. Probeer het opnieuw zodra ze er staan: zo gaat er niets verloren.',
  },
};

export type SchoolAccountMessages = typeof schoolAccountNl;

export const schoolAccountEn: SchoolAccountMessages = {
  pageTitle: 'My school — Partnerwijzer',
  heading: 'My school',
  intro: "Your school's needs profile, and its contact requests and how the partners responded.",
  noSchools:
    "Your account is not linked to a school yet. Ask the administrator to add your school's location code.",
  schoolHeading: (name, city) => `${name}, ${city}`,
  code: (code) => `Location code ${code}`,
  loading: 'Loading contact requests…',
  empty: 'No contact requests have been sent from this school yet.',
  findPartners: 'Find partners for this school',
  requestsHeading: 'Contact requests',
  count: (n) => (n === 1 ? '1 contact request' : `${n} contact requests`),
  olderHint: 'Follow older requests of this school with the status link in their email.',
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
  needs: {
    heading: 'Needs profile',
    privacy:
      'School level only: describe what the school needs, never anything about a pupil (no names, diagnoses or other pupil data).',
    schoolYear: 'School year',
    loading: 'Loading needs profile…',
    typesLegend: 'What help does the school need?',
    typesHint:
      'Tick what is needed, with a priority and the groups concerned (no groups = the whole school). The finder starts from these needs for your school.',
    notApplicable: 'n/a',
    groepen: (label) => `Groups for ${label.toLowerCase()}`,
    leerjaren: (label) => `Years for ${label.toLowerCase()}`,
    note: 'Short note',
    forNeed: (label) => `for ${label.toLowerCase()}`,
    optional: '(optional)',
    noteHint: (max) =>
      `At most ${max} characters. Visible only to your school, your municipality and the administrator.`,
    visible: 'Visible to partners as demand',
    visibleHint:
      'Partners then see which help your school is looking for and with which priority (without the note), and anyone choosing your school in the finder starts from these needs. Unticked, only you, your municipality and the administrator see the profile.',
    save: 'Save profile',
    saving: 'Saving…',
    saved: (year) => `The needs profile for ${year} has been saved.`,
    problemsHeading: 'The profile was not saved',
    notLoaded:
      'The saved profile or the list of needs has not loaded yet. Try again once they are shown, so that nothing is lost.',
  },
};
