import type {
  CoverageAreaSpec,
  MultiPolygonGeometry,
  PolygonGeometry,
} from '@partnerwijzer/domain';

import type { DemoOffering, DemoOrganisation } from './voorbeelddata.types.js';

// Partner organisations for the demo. Organisations and programmes that the source material names are real
// and keep their real names; organisations whose name ends in "(voorbeeld)" are invented.
// For every organisation the descriptions are our own, deliberately general words; the office
// locations are approximate; contact details are never real (example.org); and coverage,
// capacity, prices, funding routes and confirmation dates are assumptions made for the demo.

const NOTE = 'Voorbeeld: werkgebied aangenomen voor de demo, niet door de partner bevestigd.';
const NOTE_NATIONAL = 'Voorbeeld: landelijk werkgebied aangenomen voor de demo.';
const NOTE_RADIUS =
  'Voorbeeld: straal rond het kantoor aangenomen voor de demo, niet door de partner bevestigd.';
const NOTE_POLYGON =
  'Voorbeeld: ruwe, met de hand getekende wijkgrens; werkgebied aangenomen voor de demo.';

const NATIONAL: CoverageAreaSpec[] = [{ kind: 'NATIONAL' }];

/** The evidence line of a programme the demo says nothing about (the same words each time). */
const NOT_ASSESSED_IN_DEMO: DemoOffering['evidence'] = {
  register: 'OTHER',
  level: 'NOT_ASSESSED',
  source: 'Voorbeeld: geen beoordeling opgenomen in de demo',
};

type OfferingSpec = Omit<DemoOffering, 'languages' | 'targetGroups' | 'evidence' | 'coverageNote'> &
  Partial<Pick<DemoOffering, 'languages' | 'targetGroups' | 'evidence'>>;

/**
 * An offering with the demo's usual values where the record gives none: in Dutch, for pupils,
 * evidence not assessed; and always the coverage note that its areas call for.
 */
function offering(spec: OfferingSpec): DemoOffering {
  return {
    languages: ['nl'],
    targetGroups: ['PUPILS'],
    evidence: { register: 'NONE', level: 'NOT_ASSESSED' },
    ...spec,
    coverageNote: coverageNoteOf(spec.coverage),
  };
}

/** One national area, one radius or one drawn area has its own note; anything else the general one. */
function coverageNoteOf(coverage: CoverageAreaSpec[]): string {
  const only = coverage.length === 1 ? coverage[0]!.kind : undefined;
  if (only === 'NATIONAL') return NOTE_NATIONAL;
  if (only === 'RADIUS') return NOTE_RADIUS;
  if (only === 'POLYGON') return NOTE_POLYGON;
  return NOTE;
}

function municipalities(...codes: string[]): CoverageAreaSpec[] {
  return codes.map((municipalityCode) => ({ kind: 'MUNICIPALITY', municipalityCode }));
}

function provinces(...codes: string[]): CoverageAreaSpec[] {
  return codes.map((provinceCode) => ({ kind: 'PROVINCE', provinceCode }));
}

function radius(lat: number, lng: number, radiusKm: number): CoverageAreaSpec[] {
  return [{ kind: 'RADIUS', center: { lat, lng }, radiusKm }];
}

// Maassluis, Schiedam, Vlaardingen (the MSV region).
const MSV = ['GM0556', 'GM0606', 'GM0622'];
// Gooi en Vechtstreek (the Noord-Holland municipalities of the region).
const GOOI_EN_VECHTSTREEK = ['GM0402', 'GM1942', 'GM0406', 'GM1696', 'GM0417', 'GM0376'];
// The eight Achterhoek municipalities.
const ACHTERHOEK = ['GM0294', 'GM0197', 'GM1586', 'GM1859', 'GM0222', 'GM1509', 'GM1955', 'GM1876'];

// Rough hand-drawn outline of Schiedam-Oost and Nieuwland (lon/lat, counter-clockwise, closed).
const SCHIEDAM_OOST_NIEUWLAND: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [4.378, 51.919],
      [4.398, 51.913],
      [4.408, 51.914],
      [4.411, 51.92],
      [4.398, 51.93],
      [4.378, 51.93],
      [4.378, 51.919],
    ],
  ],
};

// Rough hand-drawn outlines of two Utrecht areas: Ondiep/Overvecht and Kanaleneiland/Transwijk.
const UTRECHT_WIJKEN: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [5.098, 52.098],
        [5.125, 52.098],
        [5.135, 52.112],
        [5.128, 52.124],
        [5.105, 52.122],
        [5.098, 52.108],
        [5.098, 52.098],
      ],
    ],
    [
      [
        [5.088, 52.068],
        [5.11, 52.068],
        [5.112, 52.084],
        [5.092, 52.086],
        [5.088, 52.068],
      ],
    ],
  ],
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // ── Extra leertijd en tutoring ──────────────────────────────────────────────────────────
  {
    key: 'lyceo',
    name: 'Lyceo',
    type: 'TUTORING',
    description:
      'Aanbieder van bijles en extra begeleiding. Werkt met scholen aan lessen in kleine groepjes en aan extra steun voor leerlingen in groep 8.',
    website: 'https://www.lyceo.nl',
    email: 'lyceo.demo@example.org',
    city: 'Utrecht',
    location: { lat: 52.089, lng: 5.112 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'lyceo-opstap-groepsbijles',
        title: 'Opstap: bijles in kleine groepjes',
        description:
          'Een vaste begeleider werkt een aantal weken met een klein groepje leerlingen aan de stof waar zij op achterlopen, op school of direct na schooltijd.',
        interventionTypes: ['EXTRA_LEERTIJD'],
        sectors: ['PO'],
        groepMin: 5,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL', 'AFTER_SCHOOL'],
        cost: { type: 'PAID', amountEur: 2400, note: 'Voorbeeldbedrag per groep per periode' },
        fundingRoutes: ['NPO-middelen', 'Onderwijsachterstandenmiddelen (OAB)'],
        evidence: {
          register: 'NPO_MENUKAART',
          level: 'INDICATIONS_OF_EFFECT',
          source:
            'NPO-menukaart: begeleiding in kleine groepjes (categorie, niet dit aanbod) — voorbeeld',
        },
        capacityPerYear: 120,
        lastConfirmedDaysAgo: 21,
        coverage: NATIONAL,
      }),
      offering({
        key: 'lyceo-groep8-taal-rekenen',
        title: 'Extra steun groep 8: taal en rekenen',
        description:
          'Aanvullende lessen voor leerlingen in het laatste jaar van de basisschool, gericht op taal en rekenen, zodat zij beter voorbereid aan het voortgezet onderwijs beginnen.',
        interventionTypes: ['EXTRA_LEERTIJD', 'TAAL_LEZEN'],
        sectors: ['PO'],
        groepMin: 8,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL', 'ONLINE'],
        cost: { type: 'PAID', amountEur: 1800, note: 'Voorbeeldbedrag per groep' },
        fundingRoutes: ['NPO-middelen'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 80,
        lastConfirmedDaysAgo: 45,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'brede-school-academie-utrecht',
    name: 'Brede School Academie',
    type: 'OTHER',
    description:
      'Programma in Utrecht voor talentvolle leerlingen uit groep 6 tot en met 8 die opgroeien in wijken met minder kansen. Zij krijgen naast de gewone lessen een extra, uitdagend aanbod.',
    email: 'bsa.demo@example.org',
    city: 'Utrecht',
    location: { lat: 52.094, lng: 5.118 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'bsa-verrijkingsprogramma',
        title: 'Extra leerprogramma voor talentvolle leerlingen (groep 6–8)',
        description:
          'Leerlingen met aanleg krijgen naast de gewone lessen extra, uitdagend onderwijs en activiteiten die hun wereld groter maken.',
        interventionTypes: ['EXTRA_LEERTIJD', 'BELEVINGSWERELD'],
        sectors: ['PO'],
        groepMin: 6,
        groepMax: 8,
        deliveryModes: ['AFTER_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'SUBSIDISED', note: 'Voorbeeld: kosteloos voor leerlingen' },
        fundingRoutes: ['Gemeentelijke subsidie', 'Onderwijsachterstandenmiddelen (OAB)'],
        evidence: {
          register: 'OTHER',
          level: 'INDICATIONS_OF_EFFECT',
          source:
            'Praktijkmateriaal: leerlingen met een C-score in groep 5 scoren eind groep 8 bovengemiddeld (A) — voorbeeld',
        },
        capacityPerYear: 12,
        lastConfirmedDaysAgo: 60,
        coverage: [{ kind: 'POLYGON', geometry: UTRECHT_WIJKEN }],
      }),
    ],
  },
  {
    key: 'hilversum-huiswerkplein',
    name: 'Huiswerkplein Hilversum (voorbeeld)',
    type: 'TUTORING',
    description:
      'Verzonnen lokale partner die alleen in Hilversum werkt: huiswerkbegeleiding en extra oefentijd in kleine groepen.',
    email: 'huiswerkplein.demo@example.org',
    phone: '+31 00 000 0000',
    city: 'Hilversum',
    location: { lat: 52.226, lng: 5.172 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'hilversum-huiswerkbegeleiding-po',
        title: 'Huiswerk- en oefenmiddagen voor de bovenbouw',
        description:
          'Twee middagen per week oefenen leerlingen uit de bovenbouw onder begeleiding met rekenen, lezen en plannen.',
        interventionTypes: ['EXTRA_LEERTIJD'],
        sectors: ['PO'],
        groepMin: 6,
        groepMax: 8,
        deliveryModes: ['AFTER_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'SUBSIDISED', amountEur: 250, note: 'Voorbeeld: eigen bijdrage per school' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        capacityPerYear: 6,
        lastConfirmedDaysAgo: 30,
        coverage: municipalities('GM0402'),
      }),
      offering({
        key: 'hilversum-huiswerkbegeleiding-vo',
        title: 'Huiswerkbegeleiding onderbouw voortgezet onderwijs',
        description:
          'Begeleide huiswerkuren voor brugklassers en tweedejaars die moeite hebben met plannen en leren.',
        interventionTypes: ['EXTRA_LEERTIJD'],
        sectors: ['VO'],
        ageMin: 12,
        ageMax: 14,
        deliveryModes: ['AFTER_SCHOOL'],
        cost: { type: 'PAID', amountEur: 900, note: 'Voorbeeldbedrag per school per jaar' },
        fundingRoutes: ['NPO-middelen'],
        capacityPerYear: 3,
        lastConfirmedDaysAgo: 30,
        coverage: municipalities('GM0402'),
      }),
    ],
  },
  {
    key: 'schiedam-verlengde-schooldag',
    name: 'Stichting Verlengde Schooldag Schiedam (voorbeeld)',
    type: 'OTHER',
    description:
      'Verzonnen Schiedamse partner die de schooldag verlengt met extra les, sport en cultuur, en in twee wijken een huiswerkclub draait.',
    email: 'verlengdeschooldag.demo@example.org',
    city: 'Schiedam',
    location: { lat: 51.919, lng: 4.396 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'schiedam-verlengde-schooldag',
        title: 'Verlengde schooldag: extra leertijd na school',
        description:
          'Drie middagen per week extra tijd voor taal en rekenen, afgewisseld met sport en cultuur, begeleid door bevoegde leerkrachten.',
        interventionTypes: ['EXTRA_LEERTIJD', 'BELEVINGSWERELD'],
        sectors: ['PO'],
        groepMin: 4,
        groepMax: 8,
        deliveryModes: ['AFTER_SCHOOL'],
        cost: { type: 'SUBSIDISED', note: 'Voorbeeld: gefinancierd uit gemeentelijke middelen' },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)', 'Gemeentelijke subsidie'],
        evidence: {
          register: 'NPO_MENUKAART',
          level: 'INDICATIONS_OF_EFFECT',
          source:
            'NPO-menukaart/EEF: verlengde schooldag gemiddeld hoogstens ca. +2 maanden per jaar (categorie, niet dit aanbod) — voorbeeld',
        },
        capacityPerYear: 8,
        lastConfirmedDaysAgo: 14,
        coverage: municipalities('GM0606'),
      }),
      offering({
        key: 'schiedam-huiswerkclub-wijken',
        title: 'Huiswerkclub Schiedam-Oost en Nieuwland',
        description:
          'Een wijkgerichte huiswerkclub in een buurthuis, voor leerlingen van scholen in twee Schiedamse wijken.',
        interventionTypes: ['EXTRA_LEERTIJD'],
        sectors: ['PO', 'VO'],
        ageMin: 9,
        ageMax: 14,
        deliveryModes: ['AFTER_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        capacityPerYear: 5,
        lastConfirmedDaysAgo: 95,
        coverage: [{ kind: 'POLYGON', geometry: SCHIEDAM_OOST_NIEUWLAND }],
      }),
    ],
  },
  {
    key: 'arnhem-naschoolse-talenten',
    name: 'Naschoolse Talenten Arnhem (voorbeeld)',
    type: 'SPORT',
    description:
      'Verzonnen Arnhemse partner voor een verlengde schooldag met sport, cultuur, techniek en natuur na schooltijd.',
    email: 'naschoolsetalenten.demo@example.org',
    city: 'Arnhem',
    location: { lat: 51.982, lng: 5.905 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'arnhem-verlengde-schooldag',
        title: 'Verlengde schooldag met sport, cultuur en techniek',
        description:
          'Na schooltijd kiezen leerlingen uit blokken sport, cultuur, techniek, ICT en natuur. Dit schooljaar zijn alle plaatsen vergeven.',
        interventionTypes: ['EXTRA_LEERTIJD', 'BELEVINGSWERELD'],
        sectors: ['PO'],
        groepMin: 3,
        groepMax: 8,
        deliveryModes: ['AFTER_SCHOOL'],
        cost: {
          type: 'SUBSIDISED',
          amountEur: 500,
          note: 'Voorbeeld: bijdrage per school per jaar',
        },
        fundingRoutes: ['Gemeentelijke subsidie', 'Fonds'],
        evidence: {
          register: 'OTHER',
          level: 'THEORETICALLY_SOUND',
          source: 'Voorbeeld: eigen programmabeschrijving, niet extern beoordeeld',
        },
        capacityPerYear: 0,
        lastConfirmedDaysAgo: 40,
        coverage: radius(51.982, 5.905, 15),
      }),
      offering({
        key: 'arnhem-sportmiddag-sbo',
        title: 'Sport- en bewegingsmiddagen voor het speciaal (basis)onderwijs',
        description:
          'Kleine groepen, aangepaste sporten en vaste trainers, voor leerlingen die in een gewone sportclub moeilijk meekomen.',
        interventionTypes: ['BELEVINGSWERELD', 'SOCIAAL_EMOTIONEEL'],
        sectors: ['SBO', 'SO'],
        ageMin: 6,
        ageMax: 12,
        deliveryModes: ['AFTER_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        capacityPerYear: 4,
        lastConfirmedDaysAgo: 40,
        coverage: radius(51.982, 5.905, 20),
      }),
    ],
  },

  // ── Belevingswereld vergroten ──────────────────────────────────────────────────────────
  {
    key: 'imc-weekendschool',
    name: 'IMC Weekendschool',
    type: 'FOUNDATION',
    description:
      'Organisatie die kinderen in aanraking brengt met mensen en beroepen die zij thuis niet vanzelf tegenkomen. Met IMC Basis komt dat aanbod in de klas.',
    website: 'https://www.imcweekendschool.nl',
    email: 'imc.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.37, lng: 4.9 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'imc-basis',
        title: 'IMC Basis: elke week een professional in de klas',
        description:
          'Leerlingen uit groep 7 en 8 krijgen elke week een gastles van iemand die over zijn of haar vak vertelt.',
        interventionTypes: ['BELEVINGSWERELD'],
        sectors: ['PO'],
        groepMin: 7,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'SUBSIDISED', amountEur: 3500, note: 'Voorbeeldbedrag per klas per jaar' },
        fundingRoutes: ['Fonds', 'Onderwijsachterstandenmiddelen (OAB)'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 15,
        lastConfirmedDaysAgo: 75,
        coverage: [...radius(52.37, 4.9, 30), ...municipalities('GM0344')],
      }),
    ],
  },
  {
    key: 'jinc',
    name: 'JINC',
    type: 'FOUNDATION',
    description:
      'Organisatie die kinderen en jongeren van 8 tot 16 jaar laat kennismaken met werk, beroepen en vaardigheden voor later.',
    website: 'https://www.jinc.nl',
    email: 'jinc.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.375, lng: 4.889 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'jinc-bliksemstage',
        title: 'Bliksemstage',
        description:
          'Leerlingen maken op een korte, praktische manier kennis met een beroep en ontdekken wat zij zelf interessant vinden.',
        interventionTypes: ['BELEVINGSWERELD'],
        sectors: ['PO', 'VO'],
        ageMin: 8,
        ageMax: 16,
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 40,
        lastConfirmedDaysAgo: 33,
        coverage: provinces('PV27', 'PV28', 'PV26', 'PV25'),
      }),
      offering({
        key: 'jinc-baas-van-morgen',
        title: 'Baas van Morgen',
        description: 'Programma waarin jongeren kennismaken met leidinggeven en ondernemen.',
        interventionTypes: ['BELEVINGSWERELD', 'MENTORING'],
        sectors: ['PO', 'VO'],
        ageMin: 8,
        ageMax: 16,
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        capacityPerYear: 25,
        lastConfirmedDaysAgo: 33,
        coverage: provinces('PV27', 'PV28'),
      }),
      offering({
        key: 'jinc-taaltrip',
        title: 'TaalTrip',
        description:
          'Programma waarin leerlingen aan hun taal werken en tegelijk de wereld buiten school verkennen.',
        interventionTypes: ['TAAL_LEZEN', 'BELEVINGSWERELD'],
        sectors: ['PO', 'VO'],
        ageMin: 8,
        ageMax: 16,
        deliveryModes: ['DURING_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        capacityPerYear: 20,
        lastConfirmedDaysAgo: 33,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'abn-amro-foundation',
    name: 'ABN AMRO Foundation',
    type: 'FOUNDATION',
    description:
      'Stichting die voor kinderen activiteiten organiseert die zij anders niet snel zouden meemaken, zoals sportdagen, kunstdagen en bezoeken aan musea of voorstellingen.',
    email: 'abnamrofoundation.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.338, lng: 4.873 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'abn-amro-foundation-uitjes',
        title: 'Sportdagen, kunstdagen en culturele uitjes',
        description:
          'Een klas gaat een dag op pad: een sportevenement, een kunstdag, of een bezoek aan een museum of musical.',
        interventionTypes: ['BELEVINGSWERELD'],
        sectors: ['PO', 'SBO'],
        groepMin: 3,
        groepMax: 8,
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        capacityPerYear: 60,
        lastConfirmedDaysAgo: 120,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'playing-for-success',
    name: 'Playing for Success',
    type: 'OTHER',
    description:
      'Programma waarin kinderen een aantal weken na schooltijd leren op een plek die tot de verbeelding spreekt, om zelfvertrouwen en plezier in leren te vergroten.',
    email: 'playingforsuccess.demo@example.org',
    city: 'Utrecht',
    location: { lat: 52.078, lng: 5.146 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'playing-for-success-12-weken',
        title: 'Twaalf weken leren op een inspirerende locatie',
        description:
          'Een groep leerlingen komt twaalf weken lang na schooltijd bij elkaar op een bijzondere plek en werkt daar aan leren en aan zelfvertrouwen.',
        interventionTypes: ['BELEVINGSWERELD', 'SOCIAAL_EMOTIONEEL'],
        sectors: ['PO', 'SBO'],
        groepMin: 6,
        groepMax: 8,
        deliveryModes: ['AFTER_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'SUBSIDISED', amountEur: 750, note: 'Voorbeeldbedrag per groep' },
        fundingRoutes: ['Fonds', 'Gemeentelijke subsidie'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 10,
        lastConfirmedDaysAgo: 88,
        coverage: radius(52.078, 5.146, 40),
      }),
    ],
  },
  {
    key: 'achterhoek-kansrijk',
    name: 'Kansrijk Opgroeien Achterhoek (voorbeeld)',
    type: 'OTHER',
    description:
      'Verzonnen regionaal netwerk in de Achterhoek dat scholen, bedrijven en ouders met elkaar verbindt.',
    email: 'achterhoek.demo@example.org',
    phone: '+31 00 000 0000',
    city: 'Doetinchem',
    location: { lat: 51.966, lng: 6.292 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'achterhoek-techniek-en-beroepen',
        title: 'Techniek en beroepen in de regio',
        description:
          'Klassen bezoeken bedrijven in de buurt en maken kennis met techniek, zorg en ambacht in hun eigen regio.',
        interventionTypes: ['BELEVINGSWERELD'],
        sectors: ['PO', 'VO'],
        groepMin: 6,
        groepMax: 8,
        ageMin: 9,
        ageMax: 15,
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds', 'Gemeentelijke subsidie'],
        capacityPerYear: 30,
        lastConfirmedDaysAgo: 50,
        coverage: municipalities(...ACHTERHOEK),
      }),
      offering({
        key: 'achterhoek-cross-mentoring',
        title: 'Cross-mentoring: schoolleiders en ondernemers',
        description:
          'Een schoolleider en iemand uit het bedrijfsleven leren een jaar lang van elkaars manier van leidinggeven.',
        interventionTypes: ['PROFESSIONALISERING'],
        sectors: ['PO', 'SBO', 'SO', 'VSO', 'VO'],
        targetGroups: ['SCHOOL_LEADERS'],
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        capacityPerYear: 10,
        lastConfirmedDaysAgo: 50,
        coverage: municipalities(...ACHTERHOEK),
      }),
      offering({
        key: 'achterhoek-ouderkamer',
        title: 'Ouderkamer op school',
        description:
          'Een vaste plek en vaste begeleider in school waar ouders elkaar ontmoeten, vragen kunnen stellen en samen activiteiten opzetten.',
        interventionTypes: ['OUDERBETROKKENHEID'],
        sectors: ['PO'],
        targetGroups: ['PARENTS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: {
          type: 'SUBSIDISED',
          amountEur: 400,
          note: 'Voorbeeld: bijdrage per school per jaar',
        },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)'],
        capacityPerYear: 8,
        lastConfirmedDaysAgo: 150,
        coverage: radius(51.966, 6.292, 30),
      }),
    ],
  },

  // ── Zorg in en om de school ────────────────────────────────────────────────────────────
  {
    key: 'familieklas-schiedam-vlaardingen',
    name: 'Familieklas Schiedam en Vlaardingen',
    type: 'YOUTH_CARE',
    description:
      'Aanbod in Schiedam en Vlaardingen waarin school, ouders en hulpverlening samen optrekken rond kinderen die extra steun nodig hebben.',
    email: 'familieklas.demo@example.org',
    city: 'Schiedam',
    location: { lat: 51.915, lng: 4.392 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'familieklas',
        title: 'Familieklas',
        description:
          'Een klas waarin kind, ouder, leerkracht en hulpverlener samen werken aan wat het kind nodig heeft om weer goed mee te doen.',
        interventionTypes: ['ZORG_IN_SCHOOL', 'OUDERBETROKKENHEID'],
        sectors: ['PO', 'SBO'],
        targetGroups: ['PUPILS', 'PARENTS'],
        groepMin: 1,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE', note: 'Voorbeeld: bekostigd vanuit jeugdhulp' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 6,
        lastConfirmedDaysAgo: 28,
        coverage: municipalities('GM0606', 'GM0622'),
      }),
    ],
  },
  {
    key: 'schiedam-jeugdconsulenten',
    name: 'Jeugdconsulenten gemeente Schiedam (voorbeeld)',
    type: 'MUNICIPALITY',
    description:
      'Voorbeeld van een gemeentelijk team jeugdconsulenten waarbij elke school een vaste contactpersoon heeft voor vragen over opvoeden, opgroeien en hulp.',
    email: 'jeugdconsulenten.demo@example.org',
    city: 'Schiedam',
    location: { lat: 51.918, lng: 4.4 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'schiedam-jeugdconsulent-per-school',
        title: 'Vaste jeugdconsulent voor elke school',
        description:
          'De jeugdconsulent schuift aan bij het zorgoverleg, denkt vroeg mee als er zorgen zijn en regelt zo nodig snel passende hulp.',
        interventionTypes: ['ZORG_IN_SCHOOL'],
        sectors: ['PO', 'SBO', 'SO', 'VSO', 'VO'],
        targetGroups: ['TEACHERS', 'PARENTS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        languages: ['nl', 'en'],
        lastConfirmedDaysAgo: 12,
        coverage: municipalities('GM0606'),
      }),
      offering({
        key: 'schiedam-wegwijs-regelingen',
        title: 'Wegwijs in regelingen voor gezinnen met weinig geld',
        description:
          'Ouders krijgen hulp bij het vinden en aanvragen van regelingen voor sport, cultuur, schoolreisjes en schulden.',
        interventionTypes: ['ARMOEDE_BASIS', 'OUDERBETROKKENHEID'],
        sectors: ['PO', 'VO'],
        targetGroups: ['PARENTS'],
        deliveryModes: ['DURING_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        languages: ['nl', 'en'],
        lastConfirmedDaysAgo: 12,
        coverage: municipalities('GM0606'),
      }),
    ],
  },
  {
    key: 'unita',
    name: 'Unita',
    type: 'SAMENWERKINGSVERBAND',
    description:
      'Samenwerkingsverband passend onderwijs in de regio Hilversum. Helpt scholen om leerlingen die extra ondersteuning nodig hebben zo goed mogelijk op hun plek te houden.',
    email: 'unita.demo@example.org',
    city: 'Hilversum',
    location: { lat: 52.221, lng: 5.178 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'unita-arrangement-in-school',
        title: 'Ondersteuningsarrangement in de school',
        description:
          'Samen met de school wordt een arrangement op maat afgesproken, met extra begeleiding of expertise in de klas.',
        interventionTypes: ['ZORG_IN_SCHOOL'],
        sectors: ['PO', 'SBO', 'SO'],
        targetGroups: ['PUPILS', 'TEACHERS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'FREE', note: 'Voorbeeld: uit middelen passend onderwijs' },
        fundingRoutes: ['Middelen passend onderwijs'],
        lastConfirmedDaysAgo: 64,
        coverage: municipalities(...GOOI_EN_VECHTSTREEK),
      }),
      offering({
        key: 'unita-consultatie-team',
        title: 'Consultatie en scholing voor leerkrachten',
        description:
          'Een consulent denkt met het team mee over een leerling of groep en verzorgt korte scholing over ondersteuning in de klas.',
        interventionTypes: ['ZORG_IN_SCHOOL', 'PROFESSIONALISERING'],
        sectors: ['PO', 'SBO', 'SO'],
        targetGroups: ['TEACHERS'],
        deliveryModes: ['DURING_SCHOOL', 'ONLINE'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Middelen passend onderwijs'],
        lastConfirmedDaysAgo: 64,
        coverage: municipalities(...GOOI_EN_VECHTSTREEK),
      }),
    ],
  },
  {
    key: 'maatjesproject-gooi-en-vechtstreek',
    name: 'Stichting Maatjesproject Gooi en Vechtstreek',
    type: 'FOUNDATION',
    description:
      'Stichting die vrijwilligers als maatje koppelt aan kinderen en gezinnen in Gooi en Vechtstreek.',
    email: 'maatjesproject.demo@example.org',
    city: 'Hilversum',
    location: { lat: 52.227, lng: 5.18 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'maatjesproject-kind',
        title: 'Een maatje voor een kind',
        description:
          'Een getrainde vrijwilliger trekt een jaar lang elke week op met een kind en helpt bij school, vrije tijd en het vinden van hulp.',
        interventionTypes: ['MENTORING', 'ZORG_IN_SCHOOL'],
        sectors: ['PO', 'SBO', 'VO'],
        ageMin: 6,
        ageMax: 14,
        deliveryModes: ['AFTER_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie', 'Fonds'],
        capacityPerYear: 20,
        lastConfirmedDaysAgo: 70,
        coverage: municipalities(...GOOI_EN_VECHTSTREEK),
      }),
    ],
  },
  {
    key: 'jeugdhulp-noord',
    name: 'Jeugdhulp Noord in School (voorbeeld)',
    type: 'YOUTH_CARE',
    description:
      'Verzonnen jeugdhulporganisatie in Noord-Nederland die jeugdhulp dichter bij de school brengt: in de klas, in de school en als brug naar hulp.',
    email: 'jeugdhulpnoord.demo@example.org',
    city: 'Assen',
    location: { lat: 52.995, lng: 6.56 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'noord-jeugdhulp-in-de-klas',
        title: 'Jeugdhulpverlener een paar dagen per week in school',
        description:
          'Een jeugdhulpverlener is vaste dagen op school, kijkt mee in de klas en is voor ouders en leerkrachten makkelijk aan te spreken.',
        interventionTypes: ['ZORG_IN_SCHOOL'],
        sectors: ['PO', 'SBO', 'SO'],
        targetGroups: ['PUPILS', 'PARENTS', 'TEACHERS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'SUBSIDISED', note: 'Voorbeeld: deels bekostigd door de gemeente' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        evidence: {
          register: 'OTHER',
          level: 'THEORETICALLY_SOUND',
          source: 'Voorbeeld: eigen programmabeschrijving, niet extern beoordeeld',
        },
        capacityPerYear: 12,
        lastConfirmedDaysAgo: 100,
        coverage: provinces('PV20', 'PV21', 'PV22'),
      }),
      offering({
        key: 'noord-brugfunctionaris',
        title: 'Brugfunctionaris tussen school, gezin en hulp',
        description:
          'Een vaste brugfunctionaris legt contact met gezinnen die lastig te bereiken zijn en helpt hen de weg naar ondersteuning te vinden.',
        interventionTypes: ['ZORG_IN_SCHOOL', 'OUDERBETROKKENHEID'],
        sectors: ['PO'],
        targetGroups: ['PARENTS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'PAID', amountEur: 6000, note: 'Voorbeeldbedrag per school per jaar' },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)', 'Gemeentelijke subsidie'],
        capacityPerYear: 5,
        lastConfirmedDaysAgo: 410,
        coverage: municipalities('GM0014', 'GM0106', 'GM0080'),
      }),
    ],
  },

  // ── Ouderbetrokkenheid ─────────────────────────────────────────────────────────────────
  {
    key: 'het-ei-van-columbus',
    name: 'Het Ei van Columbus',
    type: 'OTHER',
    description: 'Partner die scholen ondersteunt bij het bereiken en betrekken van ouders.',
    email: 'eivancolumbus.demo@example.org',
    city: 'Amersfoort',
    location: { lat: 52.157, lng: 5.389 },
    status: 'PENDING',
    offerings: [
      offering({
        key: 'ei-van-columbus-ouderbetrokkenheid',
        title: 'Samen met ouders: aan de slag met ouderbetrokkenheid',
        description: 'Ondersteuning van het schoolteam bij het bereiken en betrekken van ouders.',
        interventionTypes: ['OUDERBETROKKENHEID'],
        sectors: ['PO', 'VO'],
        targetGroups: ['TEACHERS', 'PARENTS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'PAID', amountEur: 1500, note: 'Voorbeeldbedrag per schoolteam' },
        fundingRoutes: ['NPO-middelen'],
        capacityPerYear: 15,
        lastConfirmedDaysAgo: 520,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'thuis-in-taal',
    name: 'Thuis in Taal',
    type: 'OTHER',
    description: 'Partner gericht op taal in het gezin en op het betrekken van ouders.',
    email: 'thuisintaal.demo@example.org',
    city: 'Nijmegen',
    location: { lat: 51.844, lng: 5.862 },
    status: 'PENDING',
    offerings: [
      offering({
        key: 'thuis-in-taal-ouders',
        title: 'Taal thuis: aanbod voor ouders',
        description: 'Ouders krijgen handvatten om thuis met hun kind met taal bezig te zijn.',
        interventionTypes: ['OUDERBETROKKENHEID', 'TAAL_LEZEN'],
        sectors: ['VVE', 'PO'],
        targetGroups: ['PARENTS'],
        ageMin: 2,
        ageMax: 8,
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'SUBSIDISED', amountEur: 600, note: 'Voorbeeldbedrag per reeks' },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 10,
        lastConfirmedDaysAgo: 160,
        coverage: radius(51.844, 5.862, 25),
      }),
    ],
  },

  // ── Taal en (voor)lezen ────────────────────────────────────────────────────────────────
  {
    key: 'voorleesexpress',
    name: 'VoorleesExpress',
    type: 'FOUNDATION',
    description: 'Organisatie die voorlezen aan jonge kinderen stimuleert, samen met hun ouders.',
    email: 'voorleesexpress.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.368, lng: 4.91 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'voorleesexpress-thuis',
        title: 'Voorlezen in het gezin',
        description:
          'Voorleesaanbod voor jonge kinderen, waarbij ook ouders worden aangemoedigd om zelf voor te lezen.',
        interventionTypes: ['TAAL_LEZEN', 'OUDERBETROKKENHEID'],
        sectors: ['VVE', 'PO'],
        targetGroups: ['PUPILS', 'PARENTS'],
        ageMin: 2,
        ageMax: 8,
        deliveryModes: ['AFTER_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie', 'Fonds'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 30,
        lastConfirmedDaysAgo: 55,
        coverage: municipalities('GM0363', 'GM0344', 'GM0606', 'GM0622', 'GM0268', 'GM0202'),
      }),
    ],
  },
  {
    key: 'de-schoolschrijver',
    name: 'De Schoolschrijver',
    type: 'CULTURE',
    description: 'Partner die met schrijvers werkt aan lees- en schrijfplezier op school.',
    email: 'schoolschrijver.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.362, lng: 4.885 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'schoolschrijver-in-de-klas',
        title: 'Een schrijver verbonden aan de school',
        description:
          'Een schrijver werkt met leerlingen en leerkrachten aan leesplezier en schrijven.',
        interventionTypes: ['TAAL_LEZEN'],
        sectors: ['PO'],
        targetGroups: ['PUPILS', 'TEACHERS'],
        groepMin: 3,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'PAID', amountEur: 4000, note: 'Voorbeeldbedrag per school per jaar' },
        fundingRoutes: ['NPO-middelen', 'Fonds'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 25,
        lastConfirmedDaysAgo: 90,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'bibliotheek-msv',
    name: 'Voorbeeldbibliotheek Maassluis-Schiedam-Vlaardingen (voorbeeld)',
    type: 'LIBRARY',
    description:
      'Verzonnen bibliotheek voor de drie gemeenten aan de Nieuwe Waterweg, met een leesaanbod voor scholen en voor jonge kinderen.',
    email: 'bibliotheek.demo@example.org',
    city: 'Vlaardingen',
    location: { lat: 51.911, lng: 4.343 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'bibliotheek-op-school',
        title: 'Bibliotheek op school',
        description:
          'Een leesconsulent helpt de school met een actuele collectie, leesbevordering en het signaleren van leerlingen die achterblijven met lezen.',
        interventionTypes: ['TAAL_LEZEN'],
        sectors: ['PO', 'SBO', 'VO'],
        targetGroups: ['PUPILS', 'TEACHERS'],
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'SUBSIDISED', amountEur: 1200, note: 'Voorbeeldbedrag per school per jaar' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        capacityPerYear: 40,
        lastConfirmedDaysAgo: 35,
        coverage: municipalities(...MSV),
      }),
      offering({
        key: 'bibliotheek-voorlezen-peuters',
        title: 'Voorlezen en boekjes voor peuters',
        description:
          'Voorleesbijeenkomsten op peuterlocaties en in de bibliotheek, met tips voor ouders om thuis voor te lezen.',
        interventionTypes: ['VVE_KANSRIJKE_START', 'TAAL_LEZEN'],
        sectors: ['VVE'],
        targetGroups: ['PUPILS', 'PARENTS'],
        ageMin: 2,
        ageMax: 4,
        deliveryModes: ['AT_PARTNER', 'DURING_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        lastConfirmedDaysAgo: 430,
        coverage: municipalities(...MSV),
      }),
    ],
  },

  // ── Voor- en vroegschoolse educatie en overgangen ─────────────────────────────────────
  {
    key: 'kinderopvang-het-haventje',
    name: 'Kinderopvang Het Haventje (voorbeeld)',
    type: 'CHILDCARE',
    description:
      'Verzonnen kinderopvangorganisatie met peutergroepen in Vlaardingen en Schiedam en een VVE-programma.',
    email: 'haventje.demo@example.org',
    phone: '+31 00 000 0000',
    city: 'Vlaardingen',
    location: { lat: 51.914, lng: 4.336 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'haventje-vve-peutergroep',
        title: 'VVE-peutergroep',
        description:
          'Peuters met een risico op een achterstand komen meerdere dagdelen per week naar een groep met een vast VVE-programma en geschoolde leidsters.',
        interventionTypes: ['VVE_KANSRIJKE_START', 'TAAL_LEZEN'],
        sectors: ['VVE'],
        ageMin: 2,
        ageMax: 4,
        deliveryModes: ['AT_PARTNER'],
        cost: { type: 'SUBSIDISED', note: 'Voorbeeld: ouderbijdrage naar inkomen' },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)', 'Gemeentelijke subsidie'],
        evidence: {
          register: 'NJI',
          level: 'NOT_ASSESSED',
          source:
            'Voorbeeld: fictief programma, niet beoordeeld in de Databank Effectieve Jeugdinterventies',
        },
        capacityPerYear: 48,
        lastConfirmedDaysAgo: 18,
        coverage: municipalities('GM0622', 'GM0606'),
      }),
      offering({
        key: 'haventje-warme-overdracht',
        title: 'Warme overdracht naar groep 1–2',
        description:
          'Pedagogisch medewerker en kleuterleerkracht bespreken samen met ouders elk kind dat naar de basisschool gaat en stemmen hun aanpak op elkaar af.',
        interventionTypes: ['OVERGANGEN', 'VVE_KANSRIJKE_START'],
        sectors: ['VVE', 'PO'],
        targetGroups: ['PUPILS', 'PARENTS', 'TEACHERS'],
        groepMin: 1,
        groepMax: 2,
        ageMin: 2,
        ageMax: 6,
        deliveryModes: ['DURING_SCHOOL', 'AT_PARTNER'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Onderwijsachterstandenmiddelen (OAB)'],
        capacityPerYear: 20,
        lastConfirmedDaysAgo: 18,
        coverage: municipalities('GM0622', 'GM0606'),
      }),
      offering({
        key: 'haventje-oudermaatjes',
        title: 'Oudermaatjes op de peutergroep',
        description:
          'Ouders die nieuw zijn op de peutergroep worden gekoppeld aan een ervaren ouder, die helpt de weg te vinden naar de groep, de school en de buurt.',
        interventionTypes: ['OUDERBETROKKENHEID'],
        sectors: ['VVE'],
        targetGroups: ['PARENTS'],
        deliveryModes: ['AFTER_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Gemeentelijke subsidie'],
        capacityPerYear: 10,
        lastConfirmedDaysAgo: 18,
        coverage: municipalities('GM0622', 'GM0606'),
      }),
    ],
  },
  {
    key: 'overstapklas-waterweg',
    name: 'Overstapproject Waterweg (voorbeeld)',
    type: 'OTHER',
    description:
      'Verzonnen samenwerking tussen basisscholen en middelbare scholen in de MSV-regio om de overstap naar het voortgezet onderwijs soepeler te maken.',
    email: 'overstap.demo@example.org',
    city: 'Vlaardingen',
    location: { lat: 51.917, lng: 4.346 },
    status: 'PENDING',
    offerings: [
      offering({
        key: 'overstapklas-po-vo',
        title: 'Overstapklas tussen groep 8 en de brugklas',
        description:
          'Een tussenklas waarin leerlingen die nog tijd nodig hebben deels les krijgen van leerkrachten uit het basisonderwijs en deels van docenten uit het voortgezet onderwijs.',
        interventionTypes: ['OVERGANGEN'],
        sectors: ['PO', 'VO'],
        targetGroups: ['PUPILS', 'TEACHERS'],
        groepMin: 8,
        groepMax: 8,
        ageMin: 11,
        ageMax: 13,
        deliveryModes: ['DURING_SCHOOL'],
        cost: {
          type: 'SUBSIDISED',
          note: 'Voorbeeld: kosten gedeeld door de deelnemende besturen',
        },
        fundingRoutes: ['NPO-middelen', 'Gemeentelijke subsidie'],
        capacityPerYear: 2,
        lastConfirmedDaysAgo: 7,
        coverage: municipalities(...MSV),
      }),
      offering({
        key: 'overstap-vo-mentoren-groep8',
        title: 'Leerlingen uit het VO als mentor voor groep 8',
        description:
          'Oudere leerlingen van een middelbare school ontmoeten groep 8-leerlingen een aantal keer en vertellen hoe het er op de nieuwe school aan toe gaat.',
        interventionTypes: ['MENTORING', 'OVERGANGEN'],
        sectors: ['PO', 'VO'],
        groepMin: 8,
        groepMax: 8,
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: [],
        capacityPerYear: 10,
        lastConfirmedDaysAgo: 7,
        coverage: municipalities(...MSV),
      }),
    ],
  },

  // ── Veilig leren, team en leiderschap, armoede ────────────────────────────────────────
  {
    key: 'over-de-streep',
    name: 'Over de Streep',
    type: 'OTHER',
    description:
      'Werkvorm voor de klas, gericht op de onderlinge band en een veilig klimaat in de groep.',
    email: 'overdestreep.demo@example.org',
    city: 'Amersfoort',
    location: { lat: 52.155, lng: 5.384 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'over-de-streep-klas',
        title: 'Over de Streep in de klas',
        description: 'Een begeleide werkvorm met de hele groep, samen met de mentor of leerkracht.',
        interventionTypes: ['SOCIAAL_EMOTIONEEL'],
        sectors: ['PO', 'VO', 'VSO'],
        targetGroups: ['PUPILS', 'TEACHERS'],
        groepMin: 7,
        groepMax: 8,
        ageMin: 10,
        ageMax: 18,
        deliveryModes: ['DURING_SCHOOL'],
        cost: { type: 'PAID', amountEur: 850, note: 'Voorbeeldbedrag per sessie' },
        fundingRoutes: ['NPO-middelen'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 50,
        lastConfirmedDaysAgo: 110,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'stichting-leerkracht',
    name: 'Stichting LeerKRACHT',
    type: 'FOUNDATION',
    description:
      'Stichting die schoolteams helpt een cultuur op te bouwen waarin leraren samen en open werken aan beter onderwijs.',
    email: 'leerkracht.demo@example.org',
    city: 'Utrecht',
    location: { lat: 52.087, lng: 5.126 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'leerkracht-schoolteam',
        title: 'Samen leren verbeteren als schoolteam',
        description:
          'Traject waarin het hele team werkt aan een open cultuur van samen leren en verbeteren.',
        interventionTypes: ['PROFESSIONALISERING'],
        sectors: ['PO', 'SBO', 'SO', 'VSO', 'VO'],
        targetGroups: ['TEACHERS', 'SCHOOL_LEADERS'],
        deliveryModes: ['DURING_SCHOOL', 'ONLINE'],
        cost: { type: 'PAID', amountEur: 12000, note: 'Voorbeeldbedrag per school per jaar' },
        fundingRoutes: ['NPO-middelen'],
        evidence: NOT_ASSESSED_IN_DEMO,
        capacityPerYear: 60,
        lastConfirmedDaysAgo: 80,
        coverage: NATIONAL,
      }),
    ],
  },
  {
    key: 'jeugdeducatiefonds',
    name: 'Jeugdeducatiefonds',
    type: 'FOUNDATION',
    description:
      'Fonds dat scholen helpt om kinderen die in armoede opgroeien mee te laten doen, bijvoorbeeld aan sport, cultuur en uitstapjes.',
    website: 'https://www.jeugdeducatiefonds.nl',
    email: 'jeugdeducatiefonds.demo@example.org',
    city: 'Amsterdam',
    location: { lat: 52.376, lng: 4.9 },
    status: 'VERIFIED',
    offerings: [
      offering({
        key: 'jeugdeducatiefonds-bijdrage',
        title: 'Bijdrage voor kinderen die opgroeien in armoede',
        description:
          'De school vraagt een bijdrage aan voor leerlingen uit gezinnen met weinig geld, zodat zij mee kunnen doen aan activiteiten die anders buiten bereik blijven.',
        interventionTypes: ['ARMOEDE_BASIS'],
        sectors: ['PO', 'SBO', 'SO'],
        ageMin: 4,
        ageMax: 12,
        deliveryModes: ['DURING_SCHOOL', 'AFTER_SCHOOL'],
        cost: { type: 'FREE' },
        fundingRoutes: ['Fonds'],
        lastConfirmedDaysAgo: 140,
        coverage: NATIONAL,
      }),
    ],
  },
];
