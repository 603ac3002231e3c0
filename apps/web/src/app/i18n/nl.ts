import type {
  CostType,
  CoverageKind,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  OrganisationStatus,
  OrganisationType,
  SchoolSector,
  TargetGroup,
} from '../../generated/graphql';
import { withPageGroups, type PageMessages } from './page-messages';
import { openRange } from './open-range';
import { authNl } from '../../modules/auth/auth.messages';
import { collaborationsNl } from '../../modules/collaborations/collaborations.messages';
import { finderFundingNl } from '../../modules/finder/finder-funding.messages';
import { finderPlaceNl } from '../../modules/finder/finder-place.messages';
import { hsdsImportNl } from '../../shared/hsds-import/hsds-import.messages';
import { inboxNl } from '../../modules/inbox/inbox.messages';
import { savedSearchesNl } from '../../modules/saved-searches/saved-searches.messages';
import { needsProfileNl } from '../../shared/needs-profile/needs-profile.messages';
import { rateLimitNl } from '../../shared/contact/rate-limit.messages';
import { portalNl } from '../../modules/portal/portal.messages';
import { formsNl } from '../../shared/forms/forms.messages';
import { REQUIRED_TEXT } from '../../shared/forms/required-text';

// The map's two lists, schools and partners, count what they show with one sentence.
const directoryCount =
  (one: string, many: string) =>
  (shown: number, total: number): string =>
    total === 0
      ? `Geen ${many} gevonden`
      : shown < total
        ? `${shown} van ${total} ${many} getoond — verfijn je zoekopdracht`
        : `${total} ${total === 1 ? one : many} gevonden`;

// The Dutch texts are the source; `Messages` (their shape) is what every language must fill in.
// The texts of pages that load lazily are added when such a page loads (page-messages.ts).
const core = {
  appName: 'Partnerwijzer',
  tagline: 'Partners voor het onderwijs, op de kaart',
  skipToContent: 'Naar de inhoud',
  skipToList: 'Kaart overslaan, naar de lijst',
  nav: {
    label: 'Hoofdmenu',
    finder: 'Partners zoeken',
    map: 'Overzichtskaart',
    about: 'Over / bronnen',
    municipality: 'Gemeente',
    menu: 'Menu',
  },
  language: {
    switchLabel: 'Switch to English',
    switchLang: 'en',
  },
  demoBanner: 'Voorbeelddata: de scholen zijn fictief en de werkgebieden aangenomen',
  demoBannerLabel: 'Voorbeelddata',
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
    count: directoryCount('school', 'scholen'),
    empty: 'Geen scholen gevonden. Probeer een andere zoekterm.',
    address: 'Adres',
    municipality: 'Gemeente',
    code: 'Vestigingscode',
  },
  partners: {
    heading: 'Partners',
    searchLabel: 'Zoek een partner',
    searchHint: 'Naam of plaats',
    count: directoryCount('partner', 'partners'),
    empty: 'Geen partners gevonden. Probeer een andere zoekterm.',
    noOfferings: 'Nog geen actief aanbod.',
    offeringsLoading: 'Aanbod laden…',
    offeringsFailed: 'Het aanbod kon niet worden geladen; probeer het later opnieuw.',
    offerings: 'Aanbod',
    coverage: 'Werkgebied',
    noCoverage: 'Geen werkgebied bekend.',
    noLocation: 'Geen vestigingsplaats op de kaart.',
    groep: openRange(
      (min, max) => `groep ${min}–${max}`,
      (min) => `vanaf groep ${min}`,
      (max) => `tot en met groep ${max}`,
    ),
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
  finder: {
    pageTitle: 'Partners zoeken voor uw school',
    heading: 'Vind partners voor uw school',
    intro:
      'Kies uw school en wat er nodig is. U ziet welke partners uw school bereiken, en waarom.',
    queryLabel: 'Uw school en wat er nodig is',
    step1: '1. Uw school',
    step2: '2. Wat is er nodig?',
    step3: '3. Voor wie?',
    step4: '4. Voorwaarden (optioneel)',
    schoolSearchLabel: 'Zoek uw school',
    schoolSearchHint:
      'Naam, vestigingscode, postcode of plaats — of klik uw school aan op de kaart',
    schoolSuggestions: 'Gevonden scholen',
    schoolSuggestionsCount: (n: number): string =>
      n === 0
        ? 'Geen school gevonden'
        : `${n} ${n === 1 ? 'school' : 'scholen'} gevonden; kies met pijltjes en Enter`,
    schoolChosen: 'Gekozen school',
    changeSchool: 'Andere school kiezen',
    schoolNotFound: 'Deze school is niet gevonden. Kies een andere school.',
    needsFromProfile:
      'De behoeften hieronder komen uit het behoefteprofiel van de school, gewogen naar prioriteit. U kunt ze aanpassen.',
    needsHint:
      'Kies een of meer behoeften. Zonder keuze ziet u al het aanbod dat uw school bereikt.',
    evidenceToggle: 'Wat weten we over het effect?',
    groepFrom: 'Van groep',
    groepTo: 't/m groep',
    groepAny: 'alle',
    groepHint: 'Alleen voor het primair onderwijs',
    groepOrder: 'De eerste groep mag niet hoger zijn dan de laatste.',
    targetGroupsLegend: 'Het aanbod is voor',
    momentLegend: 'Wanneer',
    freeOnly: 'Alleen gratis aanbod',
    verifiedOnly: 'Alleen geverifieerde partners',
    maxDistance: 'Afstand tot de partner',
    maxDistanceAny: 'geen grens',
    maxDistanceKm: (km: number): string => `hoogstens ${km} km`,
    resetFilters: 'Voorwaarden wissen',
    resultsLabel: 'Resultaten',
    resultsHeading: 'Partners voor deze school',
    chooseSchoolFirst: 'Kies eerst uw school. Daarna ziet u hier welke partners haar bereiken.',
    searching: 'Partners zoeken…',
    count: (shown: number, total: number): string =>
      total === 0
        ? 'Geen partners gevonden'
        : shown < total
          ? `${shown} van ${total} aanbiedingen getoond`
          : `${total} ${total === 1 ? 'aanbieding' : 'aanbiedingen'} gevonden`,
    empty: 'Nog geen aanbod voor deze school — vraag uw gemeente.',
    emptyWithFilters:
      'Met deze voorwaarden is er geen aanbod. Wis de voorwaarden of kies andere behoeften.',
    textFilterLabel: 'Zoek in de resultaten',
    textFilterHint: 'Bijvoorbeeld een naam, thema of plaats',
    textFilterNone: 'Geen resultaten met deze zoekterm.',
    bundleHeading: 'Voorgesteld pakket',
    bundleIntro: (n: number): string =>
      n === 1
        ? 'Deze partner dekt de gekozen behoeften die we konden vinden:'
        : `Deze ${n} partners dekken samen de gekozen behoeften die we konden vinden:`,
    bundleCovers: 'dekt',
    uncovered: 'Hiervoor vonden we geen aanbod:',
    uncoveredAdvice: 'Vraag uw gemeente of het samenwerkingsverband wie hierbij kan helpen.',
    allCovered: 'Alle gekozen behoeften zijn gedekt.',
    rank: (n: number): string => `Nummer ${n}`,
    why: 'Waarom deze partner',
    distance: 'Afstand',
    distanceKm: (km: number): string => `${km.toLocaleString('nl-NL')} km`,
    noDistance: 'onbekend',
    cost: 'Kosten',
    evidence: 'Onderbouwing',
    lastConfirmed: 'Laatst bevestigd',
    neverConfirmed: 'nog nooit bevestigd',
    verified: 'Geverifieerd',
    notVerified: 'Nog niet geverifieerd',
    full: 'Vol dit schooljaar',
    details: 'Bekijk details',
    detailsOf: (title: string): string => `Details van ${title}`,
    showOnMap: 'Werkgebied op de kaart',
    backToResults: 'Terug naar de resultaten',
    detailLoading: 'Aanbod laden…',
    detailMissing: 'Dit aanbod is niet (meer) gevonden.',
    notAmongResults: (school: string): string =>
      `Dit aanbod staat niet tussen de resultaten voor ${school} met de gekozen behoeften en voorwaarden. Een contactverzoek sturen kan vanuit de resultaten: pas uw keuzes aan om het daar weer te vinden.`,
    description: 'Beschrijving',
    targetGroups: 'Doelgroep',
    sectors: 'Sectoren',
    schoolKind: 'Soort school',
    groep: 'Groepen',
    age: 'Leeftijd',
    ageRange: openRange(
      (min, max) => `${min}–${max} jaar`,
      (min) => `vanaf ${min} jaar`,
      (max) => `tot ${max} jaar`,
    ),
    delivery: 'Waar en wanneer',
    funding: 'Financiering',
    capacity: 'Plaatsen per schooljaar',
    languages: 'Talen',
    coverage: 'Werkgebied',
    matchedArea: 'hiermee bereikt het aanbod uw school',
    evidenceSource: 'Bron',
    contactDetails: 'Contactgegevens',
    organisation: 'Organisatie',
    website: 'Website',
    email: 'E-mail',
    phone: 'Telefoon',
    mapLabel: 'Kaart met uw school, de partners en het werkgebied van het gekozen aanbod',
    mapSchools: 'Kaart met scholen; klik op uw school om haar te kiezen',
    legendSchool: 'Uw school',
    legendOtherSchool: 'School (klik om te kiezen)',
    legendPartner: 'Partner',
    legendCluster: 'Meerdere partners of scholen (klik om in te zoomen)',
    legendCoverage: 'Werkgebied van het gekozen aanbod',
    skipToResults: 'Naar de resultaten',
    needMore: 'Uitleg',
    showResults: (n: number): string =>
      n === 0
        ? 'Bekijk de resultaten (geen)'
        : `Bekijk ${n} ${n === 1 ? 'resultaat' : 'resultaten'}`,
    viewLabel: 'Weergave',
    viewList: 'Lijst',
    viewMap: 'Kaart',
    noSchoolTitle: 'Geen school gevonden',
    noSchoolHelp:
      'Probeer een deel van de naam, de plaats, de straat of de postcode (bijvoorbeeld 3112), of klik uw school aan op de kaart.',
    nearMe: 'Scholen bij mij in de buurt',
    nearMeBusy: 'Uw locatie bepalen…',
    nearMeDenied:
      'Uw locatie is niet beschikbaar. Zoek op naam, plaats, straat of postcode, of klik op de kaart.',
    nearMeWaiting: 'De scholen worden nog geladen; probeer het zo opnieuw.',
    nearMeHeading: 'Dichtstbijzijnde scholen',
    nearMeDistance: (km: number): string => `${km.toLocaleString('nl-NL')} km`,
    sortLabel: 'Sorteren op',
    sort: {
      relevantie: 'Best passend',
      afstand: 'Afstand (dichtstbij eerst)',
      bevestigd: 'Onlangs bevestigd',
    },
    languageFilter: 'Taal van het aanbod',
    languageAny: 'alle talen',
    maxCost: 'Hoogste prijs',
    maxCostAny: 'geen grens',
    maxCostEur: (eur: number): string => (eur === 0 ? 'alleen gratis' : `hoogstens € ${eur}`),
    deliveryFilter: 'Vorm',
    deliveryAny: 'op locatie en online',
    delivery_terPlaatse: 'op locatie (op school of bij de partner)',
    delivery_online: 'online',
    star: (title: string): string => `${title} bewaren op mijn lijst`,
    shortlistHeading: (n: number): string => `Mijn lijst (${n})`,
    shortlistIntro: 'Bewaard in deze browser en in de link. Vergelijk, druk af of deel de lijst.',
    shortlistMissing: (n: number): string =>
      `${n} bewaard aanbod staat niet in de huidige resultaten (andere school of voorwaarden).`,
    compare: 'Vergelijken',
    compareClose: 'Vergelijking sluiten',
    compareHeading: 'Vergelijking',
    compareAspect: 'Kenmerk',
    print: 'Afdrukken',
    share: 'Link kopiëren',
    shared: 'De link staat op het klembord.',
    shareFailed: 'Kopiëren lukte niet; kopieer de adresbalk.',
    clearShortlist: 'Lijst leegmaken',
    printTitle: 'Partnerwijzer — overzicht',
    printSchool: 'School',
    printNeeds: 'Gekozen behoeften',
    printNoNeeds: 'Geen behoeften gekozen',
    printChosen: 'Gekozen aanbod',
    printReasons: 'Waarom',
    printContact: 'Contact',
    printLink: 'Online bekijken',
    printDate: (date: string): string => `Afgedrukt op ${date}`,
  },
  contact: {
    open: 'Neem contact op',
    heading: 'Neem contact op',
    intro: 'De partner krijgt uw naam, e-mailadres en bericht, en neemt contact met u op.',
    school: 'School',
    offering: 'Aanbod',
    name: 'Uw naam',
    email: 'Uw e-mailadres',
    message: 'Bericht',
    messageHint: 'Vertel kort wat u zoekt. Noem geen namen of gegevens van leerlingen.',
    send: 'Verstuur verzoek',
    sending: 'Bezig met versturen…',
    cancel: 'Annuleren',
    required: REQUIRED_TEXT.nl,
    invalidEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.',
    tooLong: (max: number): string => `Gebruik hoogstens ${max} tekens.`,
    errorSummary: 'Controleer de gemarkeerde velden.',
    failed: 'Het verzoek is niet verstuurd.',
    offeringUnavailable:
      'Dit aanbod is nu niet aan te vragen voor deze school: de partner biedt het niet meer aan of het bereikt de school niet meer. Zoek opnieuw naar partners voor uw school.',
    sentHeading: 'Uw verzoek is opgeslagen',
    sentMailed: (organisation: string, email: string): string =>
      `We sturen ${organisation} een e-mail over uw verzoek. U krijgt een bevestiging op ${email}, met een link waarop u de stand volgt, en een e-mail zodra de partner reageert.`,
    sentNoAddress: (organisation: string, email: string): string =>
      `${organisation} heeft geen e-mailadres bij ons, dus de partner krijgt geen e-mail: neem ook zelf contact op via de gegevens hierboven. U krijgt een bevestiging op ${email}, met een link waarop u de stand volgt.`,
    sentNoMail: (organisation: string): string =>
      `Deze omgeving verstuurt geen e-mail: ${organisation} en u krijgen nu geen bericht. Heeft de partner een account, dan ziet die het verzoek in de inbox.`,
    reference: 'Kenmerk',
  },
  deliveryMode: {
    DURING_SCHOOL: 'Onder schooltijd',
    AFTER_SCHOOL: 'Na schooltijd',
    AT_PARTNER: 'Op de locatie van de partner',
    ONLINE: 'Online',
  } satisfies Record<DeliveryMode, string>,
  targetGroup: {
    PUPILS: 'Leerlingen',
    PARENTS: 'Ouders',
    TEACHERS: 'Leerkrachten en team',
    SCHOOL_LEADERS: 'Schoolleiding',
  } satisfies Record<TargetGroup, string>,
  // The NJi recognition levels, by their own names.
  evidenceLevel: {
    NOT_ASSESSED: 'effect nog niet beoordeeld',
    THEORETICALLY_SOUND: 'Goed onderbouwd',
    INDICATIONS_OF_EFFECT: 'Effectief volgens eerste aanwijzingen',
    PROVEN_EFFECTIVE: 'Effectief volgens goede aanwijzingen',
    STRONG_EVIDENCE: 'Effectief volgens sterke aanwijzingen',
  } satisfies Record<EvidenceLevel, string>,
  evidenceStatedByPartner: '(opgave van de partner)',
  evidenceRegister: {
    NJI: 'Databank Effectieve Jeugdinterventies (NJi)',
    NPO_MENUKAART: 'NPO-menukaart (beoordeelt de soort interventie, niet dit aanbod)',
    OTHER: 'andere bron',
    NONE: 'niet in een register',
  } satisfies Record<EvidenceRegister, string>,
  organisationStatus: {
    DRAFT: 'concept',
    PENDING: 'wacht op verificatie',
    VERIFIED: 'geverifieerd',
    SUSPENDED: 'opgeschort',
  } satisfies Record<OrganisationStatus, string>,
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
  portal: portalNl,
  forms: formsNl,
  rateLimit: rateLimitNl,
  auth: authNl,
  inbox: inboxNl,
  savedSearches: savedSearchesNl,
  collaborations: collaborationsNl,
  finderFunding: finderFundingNl,
  finderPlace: finderPlaceNl,
  hsdsImport: hsdsImportNl,
  needsProfile: needsProfileNl,
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet.',
    back: 'Terug naar Partners zoeken',
  },
};

export type CoreMessages = typeof core;
export type Messages = CoreMessages & PageMessages;
export const nl: Messages = withPageGroups(core);
