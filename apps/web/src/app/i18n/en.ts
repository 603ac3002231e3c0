import { portalEn } from '../../modules/portal/portal.messages';
import { formsEn } from '../../shared/forms/forms.messages';
import { rateLimitEn } from '../../shared/contact/rate-limit.messages';
import { authEn } from '../../modules/auth/auth.messages';
import { collaborationsEn } from '../../modules/collaborations/collaborations.messages';
import { finderFundingEn } from '../../modules/finder/finder-funding.messages';
import { finderPlaceEn } from '../../modules/finder/finder-place.messages.en';
import { hsdsImportEn } from '../../shared/hsds-import/hsds-import.messages';
import { inboxEn } from '../../modules/inbox/inbox.messages';
import { savedSearchesEn } from '../../modules/saved-searches/saved-searches.messages';
import { needsProfileEn } from '../../shared/needs-profile/needs-profile.messages';
import type { CoreMessages, Messages } from './nl';
import { withPageGroups } from './page-messages';
import { openRange } from './open-range';
import { REQUIRED_TEXT } from '../../shared/forms/required-text';

// The map's two lists, schools and partners, count what they show with one sentence.
const directoryCount =
  (one: string, many: string) =>
  (shown: number, total: number): string =>
    total === 0
      ? `No ${many} found`
      : shown < total
        ? `Showing ${shown} of ${total} ${many} — refine your search`
        : `${total} ${total === 1 ? one : many} found`;

const core: CoreMessages = {
  appName: 'Partnerwijzer',
  tagline: 'Partners for education, on the map',
  skipToContent: 'Skip to content',
  skipToList: 'Skip the map, go to the list',
  nav: {
    label: 'Main menu',
    finder: 'Find partners',
    map: 'Overview map',
    about: 'About / sources',
    municipality: 'Municipality',
    menu: 'Menu',
  },
  language: {
    switchLabel: 'Schakel naar Nederlands',
    switchLang: 'nl',
  },
  demoBanner: 'Sample data: the schools are fictional and the service areas are assumed',
  demoBannerLabel: 'Sample data',
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    errorPrefix: 'Something went wrong while fetching the data.',
  },
  map: {
    pageTitle: 'Map of schools and partners',
    regionLabel: 'Map of the Netherlands with schools and partner organisations',
    tileNotice: 'Background map unavailable — markers still work',
    legendLabel: 'Legend',
    legendSchool: 'School',
    legendPartner: 'Partner',
    legendCoverage: 'Service area of the selected partner',
    listLabel: 'Schools and partners as a list',
  },
  schools: {
    heading: 'Schools',
    searchLabel: 'Search for a school',
    searchHint: 'Name, town, postcode or location code',
    count: directoryCount('school', 'schools'),
    empty: 'No schools found. Try another search term.',
    address: 'Address',
    municipality: 'Municipality',
    code: 'Location code',
  },
  partners: {
    heading: 'Partners',
    searchLabel: 'Search for a partner',
    searchHint: 'Name or town',
    count: directoryCount('partner', 'partners'),
    empty: 'No partners found. Try another search term.',
    noOfferings: 'No active offerings yet.',
    offeringsLoading: 'Loading offerings…',
    offeringsFailed: 'The offerings could not be loaded; try again later.',
    offerings: 'Offerings',
    coverage: 'Service area',
    noCoverage: 'No service area known.',
    noLocation: 'No office location on the map.',
    groep: openRange(
      (min, max) => `groups ${min}–${max}`,
      (min) => `from group ${min}`,
      (max) => `up to group ${max}`,
    ),
  },
  coverage: {
    NATIONAL: () => 'Nationwide',
    PROVINCE: (name) => `Province of ${name}`,
    MUNICIPALITY: (name) => `Municipality of ${name}`,
    RADIUS: (km) => `Within ${km} km (circle on the map)`,
    POLYGON: () => 'Custom area (on the map)',
  },
  cost: {
    FREE: 'free',
    SUBSIDISED: 'subsidised',
    PAID: 'paid',
  },
  sector: {
    PO: 'Primary education',
    SO: 'Special education',
    VO: 'Secondary education',
  },
  organisationType: {
    CHILDCARE: 'Childcare',
    COMPANY: 'Company',
    CULTURE: 'Culture',
    FOUNDATION: 'Foundation',
    LIBRARY: 'Library',
    MUNICIPALITY: 'Municipality',
    OTHER: 'Other',
    SAMENWERKINGSVERBAND: 'Special needs partnership (samenwerkingsverband)',
    SPORT: 'Sport',
    TUTORING: 'Tutoring and coaching',
    YOUTH_CARE: 'Youth care',
  },
  finder: {
    pageTitle: 'Find partners for your school',
    heading: 'Find partners for your school',
    intro:
      'Choose your school and what is needed. You will see which partners reach your school, and why.',
    queryLabel: 'Your school and what is needed',
    step1: '1. Your school',
    step2: '2. What is needed?',
    step3: '3. For whom?',
    step4: '4. Conditions (optional)',
    schoolSearchLabel: 'Find your school',
    schoolSearchHint: 'Name, location code, postcode or town — or click your school on the map',
    schoolSuggestions: 'Schools found',
    schoolSuggestionsCount: (n) =>
      n === 0
        ? 'No school found'
        : `${n} ${n === 1 ? 'school' : 'schools'} found; use the arrow keys and Enter`,
    schoolChosen: 'Chosen school',
    changeSchool: 'Choose another school',
    schoolNotFound: 'This school was not found. Please choose another school.',
    needsFromProfile:
      "The needs below come from the school's needs profile, weighted by priority. You can change them.",
    needsHint:
      'Choose one or more needs. Without a choice you see every offering that reaches your school.',
    evidenceToggle: 'What do we know about the effect?',
    groepFrom: 'From group',
    groepTo: 'to group',
    groepAny: 'any',
    groepHint: 'Primary education only',
    groepOrder: 'The first group must not be higher than the last.',
    targetGroupsLegend: 'The offering is for',
    momentLegend: 'When',
    freeOnly: 'Free offerings only',
    verifiedOnly: 'Verified partners only',
    maxDistance: 'Distance to the partner',
    maxDistanceAny: 'no limit',
    maxDistanceKm: (km) => `at most ${km} km`,
    resetFilters: 'Clear conditions',
    resultsLabel: 'Results',
    resultsHeading: 'Partners for this school',
    chooseSchoolFirst: 'First choose your school. Then you will see here which partners reach it.',
    searching: 'Searching for partners…',
    count: (shown, total) =>
      total === 0
        ? 'No partners found'
        : shown < total
          ? `Showing ${shown} of ${total} offerings`
          : `${total} ${total === 1 ? 'offering' : 'offerings'} found`,
    empty: 'No offerings for this school yet — ask your municipality.',
    emptyWithFilters:
      'Nothing matches these conditions. Clear the conditions or choose other needs.',
    textFilterLabel: 'Search the results',
    textFilterHint: 'For example a name, theme or town',
    textFilterNone: 'No results for this search term.',
    bundleHeading: 'Suggested set',
    bundleIntro: (n) =>
      n === 1
        ? 'This partner covers the chosen needs we could find:'
        : `Together these ${n} partners cover the chosen needs we could find:`,
    bundleCovers: 'covers',
    uncovered: 'We found no offering for:',
    uncoveredAdvice:
      'Ask your municipality or the special needs partnership who can help with this.',
    allCovered: 'All chosen needs are covered.',
    rank: (n) => `Number ${n}`,
    why: 'Why this partner',
    distance: 'Distance',
    distanceKm: (km) => `${km.toLocaleString('en-GB')} km`,
    noDistance: 'unknown',
    cost: 'Cost',
    evidence: 'Evidence',
    lastConfirmed: 'Last confirmed',
    neverConfirmed: 'never confirmed',
    verified: 'Verified',
    notVerified: 'Not verified yet',
    full: 'Full this school year',
    details: 'View details',
    detailsOf: (title) => `Details of ${title}`,
    showOnMap: 'Service area on the map',
    backToResults: 'Back to the results',
    detailLoading: 'Loading the offering…',
    detailMissing: 'This offering was not found (any more).',
    notAmongResults: (school) =>
      `This offering is not among the results for ${school} with the chosen needs and conditions. You can send a contact request from the results: change your choices to find it there again.`,
    description: 'Description',
    targetGroups: 'Target group',
    sectors: 'Sectors',
    schoolKind: 'Type of school',
    groep: 'Groups',
    age: 'Age',
    ageRange: openRange(
      (min, max) => `${min}–${max} years`,
      (min) => `from ${min} years`,
      (max) => `up to ${max} years`,
    ),
    delivery: 'Where and when',
    funding: 'Funding',
    capacity: 'Places per school year',
    languages: 'Languages',
    coverage: 'Service area',
    matchedArea: 'this is how it reaches your school',
    evidenceSource: 'Source',
    contactDetails: 'Contact details',
    organisation: 'Organisation',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    mapLabel: 'Map with your school, the partners and the service area of the chosen offering',
    mapSchools: 'Map of schools; click your school to choose it',
    legendSchool: 'Your school',
    legendOtherSchool: 'School (click to choose)',
    legendPartner: 'Partner',
    legendCluster: 'Several partners or schools (click to zoom in)',
    legendCoverage: 'Service area of the chosen offering',
    skipToResults: 'Go to the results',
    needMore: 'Explanation',
    showResults: (n: number): string =>
      n === 0 ? 'See the results (none)' : `See ${n} ${n === 1 ? 'result' : 'results'}`,
    viewLabel: 'View',
    viewList: 'List',
    viewMap: 'Map',
    noSchoolTitle: 'No school found',
    noSchoolHelp:
      'Try part of the name, the place, the street or the postcode (for example 3112), or click your school on the map.',
    nearMe: 'Schools near me',
    nearMeBusy: 'Finding your location…',
    nearMeDenied:
      'Your location is not available. Search by name, place, street or postcode, or click the map.',
    nearMeWaiting: 'The schools are still loading; try again in a moment.',
    nearMeHeading: 'Nearest schools',
    nearMeDistance: (km: number): string => `${km.toLocaleString('en-GB')} km`,
    sortLabel: 'Sort by',
    sort: {
      relevantie: 'Best match',
      afstand: 'Distance (nearest first)',
      bevestigd: 'Recently confirmed',
    },
    languageFilter: 'Language of the offering',
    languageAny: 'any language',
    maxCost: 'Highest price',
    maxCostAny: 'no limit',
    maxCostEur: (eur: number): string => (eur === 0 ? 'free only' : `at most € ${eur}`),
    deliveryFilter: 'Format',
    deliveryAny: 'on site and online',
    delivery_terPlaatse: 'on site (at school or at the partner)',
    delivery_online: 'online',
    star: (title: string): string => `Keep ${title} on my list`,
    shortlistHeading: (n: number): string => `My list (${n})`,
    shortlistIntro: 'Kept in this browser and in the link. Compare, print or share the list.',
    shortlistMissing: (n: number): string =>
      `${n} kept ${n === 1 ? 'offering is' : 'offerings are'} not among the current results (another school or conditions).`,
    compare: 'Compare',
    compareClose: 'Close comparison',
    compareHeading: 'Comparison',
    compareAspect: 'Aspect',
    print: 'Print',
    share: 'Copy link',
    shared: 'The link is on the clipboard.',
    shareFailed: 'Copying failed; copy the address bar.',
    clearShortlist: 'Empty the list',
    printTitle: 'Partnerwijzer — overview',
    printSchool: 'School',
    printNeeds: 'Chosen needs',
    printNoNeeds: 'No needs chosen',
    printChosen: 'Chosen offerings',
    printReasons: 'Why',
    printContact: 'Contact',
    printLink: 'View online',
    printDate: (date: string): string => `Printed on ${date}`,
  },
  contact: {
    open: 'Get in touch',
    heading: 'Get in touch',
    intro: 'The partner receives your name, email address and message, and will contact you.',
    school: 'School',
    offering: 'Offering',
    name: 'Your name',
    email: 'Your email address',
    message: 'Message',
    messageHint:
      'Briefly say what you are looking for. Do not mention pupils by name or share their details.',
    send: 'Send request',
    sending: 'Sending…',
    cancel: 'Cancel',
    required: REQUIRED_TEXT.en,
    invalidEmail: 'Enter a valid email address, for example name@school.nl.',
    tooLong: (max) => `Use at most ${max} characters.`,
    errorSummary: 'Please check the marked fields.',
    failed: 'The request was not sent.',
    offeringUnavailable:
      'This offering cannot be requested for this school now: the partner no longer offers it, or it no longer reaches the school. Search again for partners for your school.',
    sentHeading: 'Your request has been saved',
    sentMailed: (organisation, email) =>
      `We are emailing ${organisation} about your request. You will get a confirmation at ${email}, with a link to follow its status, and an email as soon as the partner responds.`,
    sentNoAddress: (organisation, email) =>
      `${organisation} has no email address with us, so the partner gets no email: please also contact them yourself using the details above. You will get a confirmation at ${email}, with a link to follow its status.`,
    sentNoMail: (organisation) =>
      `This environment does not send email: ${organisation} and you get no message now. If the partner has an account, they see the request in their inbox.`,
    reference: 'Reference',
  },
  deliveryMode: {
    DURING_SCHOOL: 'During school hours',
    AFTER_SCHOOL: 'After school',
    AT_PARTNER: "At the partner's location",
    ONLINE: 'Online',
  },
  targetGroup: {
    PUPILS: 'Pupils',
    PARENTS: 'Parents',
    TEACHERS: 'Teachers and staff',
    SCHOOL_LEADERS: 'School leaders',
  },
  evidenceLevel: {
    NOT_ASSESSED: 'effect not assessed yet',
    THEORETICALLY_SOUND: 'Goed onderbouwd (well founded)',
    INDICATIONS_OF_EFFECT: 'Effectief volgens eerste aanwijzingen (effective: first indications)',
    PROVEN_EFFECTIVE: 'Effectief volgens goede aanwijzingen (effective: good indications)',
    STRONG_EVIDENCE: 'Effectief volgens sterke aanwijzingen (effective: strong indications)',
  },
  evidenceStatedByPartner: '(as stated by the partner)',
  evidenceRegister: {
    NJI: 'Effective Youth Interventions database (NJi)',
    NPO_MENUKAART: 'NPO menukaart (rates the kind of intervention, not this offering)',
    OTHER: 'other source',
    NONE: 'not in a register',
  },
  organisationStatus: {
    DRAFT: 'draft',
    PENDING: 'awaiting verification',
    VERIFIED: 'verified',
    SUSPENDED: 'suspended',
  },
  about: {
    title: 'About Partnerwijzer',
    intro:
      'Partnerwijzer helps school leaders in primary, special and secondary education find partner organisations: libraries, sports clubs, youth care, cultural institutions and others. For each partner you see what they offer and where they work, so you can quickly tell who can actually reach your school. The map and the list show the same data; use whichever suits you best.',
    sourcesHeading: 'Sources and licences',
    sourcesEmpty: 'No sources have been listed.',
    licence: 'Licence',
    visitSource: (name) => `Website of ${name}`,
    mapHeading: 'Background map',
    mapAttribution: 'Map attribution',
    noTiles: 'No background map is configured; the map shows the markers only.',
    version: 'Version',
  },
  portal: portalEn,
  forms: formsEn,
  rateLimit: rateLimitEn,
  auth: authEn,
  inbox: inboxEn,
  savedSearches: savedSearchesEn,
  collaborations: collaborationsEn,
  finderFunding: finderFundingEn,
  finderPlace: finderPlaceEn,
  hsdsImport: hsdsImportEn,
  needsProfile: needsProfileEn,
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist.',
    back: 'Back to Find partners',
  },
};

export const en: Messages = withPageGroups(core);
