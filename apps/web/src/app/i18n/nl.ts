import type {
  CostType,
  CoverageKind,
  OrganisationType,
  SchoolSector,
} from '../../generated/graphql';

// The Dutch texts are the source; `Messages` (their shape) is what every language must fill in.
export const nl = {
  appName: 'Partnerwijzer',
  tagline: 'Partners voor het onderwijs, op de kaart',
  skipToContent: 'Naar de inhoud',
  skipToList: 'Kaart overslaan, naar de lijst',
  nav: {
    label: 'Hoofdmenu',
    map: 'Kaart',
    about: 'Over / bronnen',
  },
  language: {
    switchLabel: 'Switch to English',
    switchLang: 'en',
  },
  demoBanner: 'Voorbeelddata: de scholen zijn fictief en de werkgebieden aangenomen',
  common: {
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    errorPrefix: 'Er ging iets mis bij het ophalen van de gegevens.',
  },
  map: {
    pageTitle: 'Kaart van scholen en partners',
    regionLabel: 'Kaart van Nederland met scholen en partnerorganisaties',
    tileNotice: 'Achtergrondkaart niet beschikbaar — de markeringen werken wel',
    legendLabel: 'Legenda',
    legendSchool: 'School',
    legendPartner: 'Partner',
    legendCoverage: 'Werkgebied van de gekozen partner',
    listLabel: 'Scholen en partners als lijst',
  },
  schools: {
    heading: 'Scholen',
    searchLabel: 'Zoek een school',
    searchHint: 'Naam, plaats, postcode of vestigingscode',
    count: (shown: number, total: number): string =>
      total === 0
        ? 'Geen scholen gevonden'
        : shown < total
          ? `${shown} van ${total} scholen getoond — verfijn je zoekopdracht`
          : `${total} ${total === 1 ? 'school' : 'scholen'} gevonden`,
    empty: 'Geen scholen gevonden. Probeer een andere zoekterm.',
    address: 'Adres',
    municipality: 'Gemeente',
    code: 'Vestigingscode',
  },
  partners: {
    heading: 'Partners',
    searchLabel: 'Zoek een partner',
    searchHint: 'Naam of plaats',
    count: (shown: number, total: number): string =>
      total === 0
        ? 'Geen partners gevonden'
        : shown < total
          ? `${shown} van ${total} partners getoond — verfijn je zoekopdracht`
          : `${total} ${total === 1 ? 'partner' : 'partners'} gevonden`,
    empty: 'Geen partners gevonden. Probeer een andere zoekterm.',
    noOfferings: 'Nog geen actief aanbod.',
    offerings: 'Aanbod',
    coverage: 'Werkgebied',
    noCoverage: 'Geen werkgebied bekend.',
    noLocation: 'Geen vestigingsplaats op de kaart.',
    groep: (min: number | null, max: number | null): string =>
      min != null && max != null
        ? `groep ${min}–${max}`
        : min != null
          ? `vanaf groep ${min}`
          : max != null
            ? `tot en met groep ${max}`
            : '',
  },
  coverage: {
    NATIONAL: () => 'Landelijk',
    PROVINCE: (name: string) => `Provincie ${name}`,
    MUNICIPALITY: (name: string) => `Gemeente ${name}`,
    RADIUS: (km: number) => `Binnen ${km} km (cirkel op de kaart)`,
    POLYGON: () => 'Eigen gebied (op de kaart)',
  } satisfies Record<CoverageKind, (...args: never[]) => string>,
  cost: {
    FREE: 'gratis',
    SUBSIDISED: 'gesubsidieerd',
    PAID: 'betaald',
  } satisfies Record<CostType, string>,
  sector: {
    PO: 'Primair onderwijs',
    SO: 'Speciaal onderwijs',
    VO: 'Voortgezet onderwijs',
  } satisfies Record<SchoolSector, string>,
  organisationType: {
    CHILDCARE: 'Kinderopvang',
    COMPANY: 'Bedrijf',
    CULTURE: 'Cultuur',
    FOUNDATION: 'Stichting',
    LIBRARY: 'Bibliotheek',
    MUNICIPALITY: 'Gemeente',
    OTHER: 'Overig',
    SAMENWERKINGSVERBAND: 'Samenwerkingsverband',
    SPORT: 'Sport',
    TUTORING: 'Bijles en begeleiding',
    YOUTH_CARE: 'Jeugdzorg',
  } satisfies Record<OrganisationType, string>,
  about: {
    title: 'Over Partnerwijzer',
    intro:
      'Partnerwijzer helpt schoolleiders in het primair, speciaal en voortgezet onderwijs om partnerorganisaties te vinden: bibliotheken, sportverenigingen, jeugdzorg, culturele instellingen en anderen. Per partner zie je wat ze aanbieden en in welk gebied ze werken, zodat je snel ziet wie jouw school echt kan bereiken. De kaart en de lijst tonen dezelfde gegevens; gebruik wat voor jou het prettigst werkt.',
    sourcesHeading: 'Bronnen en licenties',
    sourcesEmpty: 'Er zijn geen bronnen opgegeven.',
    licence: 'Licentie',
    visitSource: (name: string) => `Website van ${name}`,
    mapHeading: 'Achtergrondkaart',
    mapAttribution: 'Bronvermelding kaart',
    noTiles: 'Er is geen achtergrondkaart ingesteld; de kaart toont alleen de markeringen.',
    version: 'Versie',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet.',
    back: 'Terug naar de kaart',
  },
};

export type Messages = typeof nl;
