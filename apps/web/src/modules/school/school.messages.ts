import type { IndicatorJoinMethod } from '../../generated/graphql';

const nf = (lang: string, digits: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });

// The public page of one school location: its facts, its need indicators (open data) and, where
// the school shows it, its needs profile.
export const schoolPageNl = {
  pageTitle: (name: string): string => `${name} — Partnerwijzer`,
  loadingTitle: 'School — Partnerwijzer',
  loading: 'School laden…',
  heading: 'Schoolpagina',
  noCodeHeading: 'Geen school gekozen',
  noCode:
    'Zoek een school in de zoekhulp of op de overzichtskaart; haar pagina toont de gegevens, behoefte-indicatoren en het behoefteprofiel.',
  notFoundHeading: 'School niet gevonden',
  notFound: (code: string): string =>
    `Er is geen school met vestigingscode ${code}. Controleer de code, of zoek de school op naam.`,
  toFinder: 'Zoek een school in de zoekhulp',
  toMap: 'Bekijk de scholen op de overzichtskaart',
  demo: 'Fictieve voorbeeldschool',
  facts: 'Gegevens',
  address: 'Adres',
  municipality: 'Gemeente',
  type: 'Soort school',
  pupils: 'Leerlingen (DUO, benadering)',
  code: 'Vestigingscode',
  website: 'Website',
  findPartners: 'Partners zoeken voor deze school',
  moreLabel: 'Meer',
  pageLink: (name: string): string => `Schoolpagina van ${name}: indicatoren en behoeften`,
  municipalityLink: (name: string): string => `Bekijk ${name} in het gemeenteoverzicht`,
  indicatorsHeading: 'Behoefte-indicatoren (open data)',
  indicatorsIntro:
    'Hoe complex de leerlingpopulatie van de school naar verwachting is, uit openbare bronnen. Het gaat om de hele school, nooit om een leerling.',
  noIndicators:
    'Voor deze school is geen schoolweging of achterstandsscore bekend. De bronnen gaan alleen over gewone basisscholen.',
  schoolweging: 'Schoolweging',
  schoolwegingExplain:
    'Tussen ongeveer 19 en 42, landelijk gemiddeld ongeveer 30: hoe hoger, hoe meer verwachte achterstand. De Inspectie berekent de schoolweging met het CBS uit onder meer het opleidingsniveau van de ouders.',
  achterstandsscore: 'Achterstandsscore (CBS)',
  achterstandsscoreExplain:
    'Een absolute score die met de grootte van de school meegroeit; de basis voor de onderwijsachterstandenmiddelen.',
  value: (lang: string, v: number): string => nf(lang, 2).format(v),
  period: (period: string, average: boolean): string =>
    average ? `gemiddelde van de schooljaren ${period}` : period,
  spread: (lang: string, v: number): string => `spreiding ${nf(lang, 2).format(v)}`,
  unreliable: 'berust op 40 leerlingen of minder',
  withoutThreshold: (lang: string, v: number): string =>
    `met drempel; zonder drempel ${nf(lang, 2).format(v)}, het getal waarmee de behoefte wordt geschat`,
  source: (publisher: string, file: string): string => `Bron: ${publisher} (${file})`,
  joinMethod: {
    EXACT_LOCATION: 'gekoppeld op de vestiging',
    INSTITUTION: 'gekoppeld op de instelling (één waarde voor haar vestigingen)',
    NAME_SIMILARITY: 'gekoppeld op gelijkenis van de naam',
    MANUAL: 'met de hand ingevoerd door een beheerder',
  } satisfies Record<IndicatorJoinMethod, string>,
  profileHeading: 'Behoefteprofiel',
  noProfile:
    'De school heeft (nog) geen behoefteprofiel gedeeld. Een schoolaccount kan het profiel invullen op "Mijn school".',
  profilePublished: 'De school deelt dit profiel met partners.',
  profileOwn: 'U ziet dit profiel omdat u bij deze school, haar gemeente of het beheer hoort.',
};

export type SchoolPageMessages = typeof schoolPageNl;

export const schoolPageEn: SchoolPageMessages = {
  pageTitle: (name) => `${name} — Partnerwijzer`,
  loadingTitle: 'School — Partnerwijzer',
  loading: 'Loading school…',
  heading: 'School page',
  noCodeHeading: 'No school chosen',
  noCode:
    'Find a school in the finder or on the overview map; its page shows its details, need indicators and needs profile.',
  notFoundHeading: 'School not found',
  notFound: (code) =>
    `There is no school with location code ${code}. Check the code, or search the school by name.`,
  toFinder: 'Find a school in the finder',
  toMap: 'See the schools on the overview map',
  demo: 'Fictitious example school',
  facts: 'Details',
  address: 'Address',
  municipality: 'Municipality',
  type: 'Kind of school',
  pupils: 'Pupils (DUO, approximate)',
  code: 'Location code (vestigingscode)',
  website: 'Website',
  findPartners: 'Find partners for this school',
  moreLabel: 'More',
  pageLink: (name) => `School page of ${name}: indicators and needs`,
  municipalityLink: (name) => `See ${name} in the municipality overview`,
  indicatorsHeading: 'Need indicators (open data)',
  indicatorsIntro:
    'How complex the pupil population of the school is expected to be, from public sources. About the whole school, never about a pupil.',
  noIndicators:
    'No schoolweging or disadvantage score is known for this school. The sources cover regular primary schools only.',
  schoolweging: 'Schoolweging (school weight)',
  schoolwegingExplain:
    'Between about 19 and 42, national average about 30: the higher, the more expected disadvantage. The Inspectorate computes it with CBS from, among other things, the parents’ education.',
  achterstandsscore: 'Disadvantage score (CBS)',
  achterstandsscoreExplain:
    'An absolute score that grows with the size of the school; the basis for the funding against educational disadvantage.',
  value: (lang, v) => nf(lang, 2).format(v),
  period: (period, average) => (average ? `average of the school years ${period}` : period),
  spread: (lang, v) => `spread ${nf(lang, 2).format(v)}`,
  unreliable: 'based on 40 pupils or fewer',
  withoutThreshold: (lang, v) =>
    `with threshold; without threshold ${nf(lang, 2).format(v)}, the figure the need estimate uses`,
  source: (publisher, file) => `Source: ${publisher} (${file})`,
  joinMethod: {
    EXACT_LOCATION: 'joined on the location',
    INSTITUTION: 'joined on the institution (one value for its locations)',
    NAME_SIMILARITY: 'joined on name similarity',
    MANUAL: 'set by hand by an administrator',
  },
  profileHeading: 'Needs profile',
  noProfile:
    'The school has not shared a needs profile (yet). A school account can fill it in on "My school".',
  profilePublished: 'The school shares this profile with partners.',
  profileOwn:
    'You see this profile because you belong to this school, its municipality or the administrators.',
};
