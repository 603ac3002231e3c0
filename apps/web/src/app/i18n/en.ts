import type { Messages } from './nl';

export const en: Messages = {
  appName: 'Partnerwijzer',
  tagline: 'Partners for education, on the map',
  skipToContent: 'Skip to content',
  skipToList: 'Skip the map, go to the list',
  nav: {
    label: 'Main menu',
    map: 'Map',
    about: 'About / sources',
  },
  language: {
    switchLabel: 'Schakel naar Nederlands',
    switchLang: 'nl',
  },
  demoBanner: 'Sample data: the schools are fictional and the service areas are assumed',
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
    count: (shown, total) =>
      total === 0
        ? 'No schools found'
        : shown < total
          ? `Showing ${shown} of ${total} schools — refine your search`
          : `${total} ${total === 1 ? 'school' : 'schools'} found`,
    empty: 'No schools found. Try another search term.',
    address: 'Address',
    municipality: 'Municipality',
    code: 'Location code',
  },
  partners: {
    heading: 'Partners',
    searchLabel: 'Search for a partner',
    searchHint: 'Name or town',
    count: (shown, total) =>
      total === 0
        ? 'No partners found'
        : shown < total
          ? `Showing ${shown} of ${total} partners — refine your search`
          : `${total} ${total === 1 ? 'partner' : 'partners'} found`,
    empty: 'No partners found. Try another search term.',
    noOfferings: 'No active offerings yet.',
    offerings: 'Offerings',
    coverage: 'Service area',
    noCoverage: 'No service area known.',
    noLocation: 'No office location on the map.',
    groep: (min, max) =>
      min != null && max != null
        ? `groups ${min}–${max}`
        : min != null
          ? `from group ${min}`
          : max != null
            ? `up to group ${max}`
            : '',
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
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist.',
    back: 'Back to the map',
  },
};
