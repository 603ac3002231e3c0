import type { DigestFrequency } from '../../generated/graphql';

// Saved searches with a mailed digest (issue 18; docs/decisions/0021): the finder's save form,
// the list of one's own saved searches, and the unsubscribe page behind the mailed link.
export const savedSearchesNl = {
  saveHeading: 'Bewaar deze zoekopdracht',
  saveIntro: 'Krijg een e-mail als er nieuw aanbod bij komt dat bij deze zoekopdracht past.',
  frequencyLegend: 'Hoe vaak wilt u een e-mail?',
  frequency: {
    DAILY: 'Dagelijks (alleen als er iets nieuws is)',
    WEEKLY: 'Wekelijks, op maandag (alleen als er iets nieuws is)',
  } satisfies Record<DigestFrequency, string>,
  frequencyShort: { DAILY: 'dagelijks', WEEKLY: 'wekelijks' } satisfies Record<
    DigestFrequency,
    string
  >,
  saveButton: 'Bewaar zoekopdracht',
  saving: 'Bewaren…',
  saved: 'Bewaard. U vindt uw zoekopdrachten onder',
  listLink: 'Mijn zoekopdrachten',
  pageTitle: 'Mijn zoekopdrachten — Partnerwijzer',
  heading: 'Mijn zoekopdrachten',
  intro:
    'U krijgt een e-mail als er nieuw aanbod bij komt dat bij een zoekopdracht past. Alleen u ziet deze lijst.',
  empty: 'U heeft nog geen zoekopdrachten bewaard. Bewaar er een vanuit Partners zoeken.',
  loading: 'Zoekopdrachten laden…',
  mailedLabel: 'E-mail',
  nextLabel: 'Volgende e-mail op zijn vroegst',
  deleteShort: 'Verwijderen',
  deleted: 'Verwijderd.',
  openInFinder: 'Open in Partners zoeken',
  schoolSearch: (school: string, code: string, needs: readonly string[]): string =>
    `Aanbod voor ${school} (${code})${needs.length > 0 ? `: ${needs.join(', ')}` : ''}`,
  municipalitySearch: (name: string): string => `Nieuw aanbod en nieuwe witte vlekken in ${name}`,
  conditionsLabel: 'Voorwaarden',
  condition: {
    freeOnly: 'alleen gratis aanbod',
    verifiedOnly: 'alleen geverifieerde partners',
    maxDistanceKm: (km: number): string => `partner hoogstens ${km} km weg`,
    maxCostEur: (eur: number): string => (eur === 0 ? 'niets kosten' : `hoogstens € ${eur}`),
    language: (name: string): string => `in het ${name}`,
    funding: (count: number): string =>
      count === 1 ? 'één gekozen financieringsroute' : `${count} gekozen financieringsroutes`,
  },
  subscribeMunicipality: 'Stuur mij nieuw aanbod en nieuwe witte vlekken per e-mail',
  unsubscribePage: {
    title: 'Afmelden — Partnerwijzer',
    heading: 'Afmelden voor e-mail',
    intro:
      'U opende de afmeldlink uit een e-mail van Partnerwijzer. Daarvoor heeft u geen account nodig.',
  },
  unsubscribeAbout: 'Deze link hoort bij:',
  unsubscribeButton: 'Afmelden: stuur mij hierover geen e-mail meer',
  unsubscribed: 'U bent afgemeld. U krijgt over deze zoekopdracht geen e-mail meer.',
  noToken: 'Deze pagina werkt alleen met de volledige link uit de e-mail.',
  problem: {
    LINK_INVALID:
      'Deze afmeldlink is ongeldig of onvolledig. Gebruik de volledige link uit de e-mail, of log in en verwijder de zoekopdracht.',
    LINK_EXPIRED:
      'Deze afmeldlink is verlopen. De nieuwste e-mail heeft een geldige link, of log in en verwijder de zoekopdracht.',
  } as Record<string, string>,
};

export const savedSearchesEn: typeof savedSearchesNl = {
  saveHeading: 'Save this search',
  saveIntro: 'Get an email when a new offering matches this search.',
  frequencyLegend: 'How often would you like an email?',
  frequency: {
    DAILY: 'Daily (only when something is new)',
    WEEKLY: 'Weekly, on Monday (only when something is new)',
  },
  frequencyShort: { DAILY: 'daily', WEEKLY: 'weekly' },
  saveButton: 'Save search',
  saving: 'Saving…',
  saved: 'Saved. Your searches are under',
  listLink: 'My searches',
  pageTitle: 'My searches — Partnerwijzer',
  heading: 'My searches',
  intro:
    'You get an email when a new offering matches one of your searches. Only you see this list.',
  empty: 'You have not saved a search yet. Save one from Find partners.',
  loading: 'Loading searches…',
  mailedLabel: 'Email',
  nextLabel: 'Next email at the earliest',
  deleteShort: 'Delete',
  deleted: 'Deleted.',
  openInFinder: 'Open in Find partners',
  schoolSearch: (school, code, needs) =>
    `Offerings for ${school} (${code})${needs.length > 0 ? `: ${needs.join(', ')}` : ''}`,
  municipalitySearch: (name) => `New offerings and new gaps in ${name}`,
  conditionsLabel: 'Conditions',
  condition: {
    freeOnly: 'free offerings only',
    verifiedOnly: 'verified partners only',
    maxDistanceKm: (km) => `partner at most ${km} km away`,
    maxCostEur: (eur) => (eur === 0 ? 'costing nothing' : `at most € ${eur}`),
    language: (name) => `in ${name}`,
    funding: (count) =>
      count === 1 ? 'one chosen funding route' : `${count} chosen funding routes`,
  },
  subscribeMunicipality: 'Email me new offerings and new gaps',
  unsubscribePage: {
    title: 'Unsubscribe — Partnerwijzer',
    heading: 'Unsubscribe from email',
    intro:
      'You opened the unsubscribe link from a Partnerwijzer email. You do not need an account.',
  },
  unsubscribeAbout: 'This link is for:',
  unsubscribeButton: 'Unsubscribe: stop emails about this',
  unsubscribed: 'You are unsubscribed. You will get no more email about this search.',
  noToken: 'This page only works with the whole link from the email.',
  problem: {
    LINK_INVALID:
      'This unsubscribe link is invalid or incomplete. Use the whole link from the email, or sign in and delete the search.',
    LINK_EXPIRED:
      'This unsubscribe link has expired. The latest email has a valid one, or sign in and delete the search.',
  },
};
