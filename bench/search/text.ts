// Dutch-ish text for the search benchmark: organisation names, offering titles and
// descriptions built from word lists around the taxonomy (bijles, huiswerkbegeleiding, lezen,
// voorlezen, jeugdzorg, ouders, mentor, taal, rekenen, cultuur, sport, techniek, …), so that
// the query mix finds realistic numbers of hits. Seeded: every run writes the same text.
import type { InterventionCode, OrganisationType } from '@partnerwijzer/domain';
import type { Prng } from '../match/prng.js';

const ORG_PATTERNS: Record<OrganisationType, readonly string[]> = {
  YOUTH_CARE: [
    'Jeugdzorg {region}',
    'Jeugdhulp {city}',
    'Wijkteam {city}',
    'Stichting Jeugd & Gezin {region}',
  ],
  MUNICIPALITY: ['Gemeente {city}', 'Onderwijsloket {city}', 'Leerplicht {region}'],
  FOUNDATION: ['Stichting {noun} {city}', 'Stichting {noun}', 'Fonds {noun} {region}'],
  COMPANY: ['{noun} Academie', '{noun}Lab {city}', 'Bureau {noun} {city}'],
  LIBRARY: ['Bibliotheek {city}', 'De Bibliotheek {region}', 'Bibliotheek {region} Leest'],
  CULTURE: ['Cultuurhuis {city}', 'Kunstkwartier {region}', 'Museum {city}', 'Muziekschool {city}'],
  SPORT: ['Sportbedrijf {city}', 'Sportservice {region}', 'Beweegteam {city}'],
  TUTORING: [
    'Bijlesbureau {city}',
    'Huiswerkinstituut {city}',
    'Studiekring {region}',
    'Rekenhuis {city}',
  ],
  CHILDCARE: ['Kinderopvang {city}', 'Peuterspeelzaal {noun}', 'Kinderdagverblijf {noun}'],
  SAMENWERKINGSVERBAND: ['Samenwerkingsverband {region}', 'SWV Passend Onderwijs {region}'],
  OTHER: ['Vereniging {noun}', '{noun} Netwerk {region}', 'Coöperatie {noun}'],
};

const NOUNS = [
  'Leerkracht',
  'Kansrijk',
  'Talent',
  'Taalkracht',
  'Leesplezier',
  'Rekenmeester',
  'Toekomst',
  'Springplank',
  'Brugklas',
  'Kompas',
  'Vuurtoren',
  'Zonnebloem',
  'Wegwijs',
  'Meedoen',
  'Samen Sterk',
  'Doe Mee',
  'Kinderkracht',
  'Buurtmentor',
  'Maatjes',
  'Oudervoorzet',
  'Techniekfabriek',
  'Wetenschapsknooppunt',
  'Cultuurbrug',
  'Sportief',
  'Gezonde School',
];

const REGIONS = [
  'Twente',
  'Achterhoek',
  'Veluwe',
  'Rijnmond',
  'West-Brabant',
  'Noord-Limburg',
  'Zuid-Limburg',
  'Friesland',
  'Groningen',
  'Drenthe',
  'Flevoland',
  'Zeeland',
  'Utrecht',
  'Amstelland',
  'Haaglanden',
  'Kennemerland',
  'Westfriesland',
  'Gooi en Vechtstreek',
  'Rivierenland',
  'De Peel',
  'Hart van Brabant',
  'Noordoost-Brabant',
  'Midden-Holland',
  'Holland Rijnland',
];

/** Title templates per intervention type ({g} groep, {subject}, {audience}, {place}). */
const TITLES: Record<InterventionCode, readonly string[]> = {
  EXTRA_LEERTIJD: [
    'Bijles rekenen groep {g}',
    'Bijles taal en rekenen',
    'Huiswerkbegeleiding {audience}',
    'Huiswerkbegeleiding na schooltijd',
    'Extra leertijd {subject}',
    'Tutoring {subject} in kleine groepjes',
    'Zomerschool {subject}',
    'Weekendschool',
    'Huiswerkklas {place}',
    'Rekenbijles voor groep {g}',
  ],
  ZORG_IN_SCHOOL: [
    'Jeugdzorg in de school',
    'Schoolmaatschappelijk werk',
    'Jeugdhulp op school',
    'Wijkteam in de klas',
    'Zorgadviesteam {place}',
    'Praktijkondersteuner jeugd op school',
    'Jeugdverpleegkundige spreekuur',
  ],
  BELEVINGSWERELD: [
    'Cultuureducatie {audience}',
    'Museumles {subject}',
    'Techniekles op locatie',
    'Sportclinic {place}',
    'Muziekles in de klas',
    'Wetenschap en techniek dagen',
    'Erfgoedproject {place}',
    'Natuur en techniek',
    'Theater in de school',
    'Beroepenoriëntatie techniek',
  ],
  OUDERBETROKKENHEID: [
    'Oudercafé {place}',
    'Ouders als partners',
    'Ouderkamer',
    'Thuistaal en ouders',
    'Opvoedondersteuning ouders',
    'Voorlezen thuis met ouders',
  ],
  TAAL_LEZEN: [
    'Voorlezen in de klas',
    'Leesprogramma groep {g}',
    'Taalmaatjes',
    'Leesbevordering {audience}',
    'Bibliotheek op school',
    'Taalontwikkeling voor nieuwkomers',
    'Leesclub {place}',
    'Voorleesexpress',
    'Begrijpend lezen training',
    'Nederlands als tweede taal',
  ],
  VVE_KANSRIJKE_START: [
    'Peuters en taal',
    'VVE-programma {place}',
    'Kansrijke start voorschool',
    'Spelenderwijs leren peuters',
  ],
  OVERGANGEN: [
    'Brugklasvoorbereiding',
    'Van groep 8 naar de brugklas',
    'Overstap po-vo',
    'Schakelklas {place}',
  ],
  MENTORING: [
    'Mentorprogramma {audience}',
    'Maatjesproject',
    'Coach voor leerlingen',
    'Mentoring door studenten',
    'Buddy en mentor {place}',
  ],
  SOCIAAL_EMOTIONEEL: [
    'Weerbaarheidstraining',
    'Sociale vaardigheden groep {g}',
    'Veilig leren in de klas',
    'Pestpreventie',
    'Mindfulness voor kinderen',
    'Faalangsttraining',
  ],
  PROFESSIONALISERING: [
    'Teamtraining {subject}',
    'Leiderschap in het onderwijs',
    'Coaching van leerkrachten',
    'Scholing rekendidactiek',
    'Studiedag leesonderwijs',
  ],
  ARMOEDE_BASIS: [
    'Ontbijt op school',
    'Schoolspullenpas',
    'Armoede en meedoen',
    'Sportfonds en cultuurfonds',
    'Gezonde lunch',
    'Kledingbank voor gezinnen',
  ],
};

const SUBJECTS = [
  'rekenen',
  'taal',
  'lezen',
  'begrijpend lezen',
  'spelling',
  'wiskunde',
  'Engels',
  'techniek',
  'cultuur',
  'sport',
  'muziek',
  'natuur',
  'programmeren',
  'wereldoriëntatie',
];
const AUDIENCES = [
  'voor groep 7 en 8',
  'voor het vmbo',
  'voor nieuwkomers',
  'voor kinderen en ouders',
  'in de onderbouw',
  'voor peuters',
  'voor de bovenbouw',
  'voor het speciaal onderwijs',
  'voor leerkrachten',
];
const PLACES = [
  'in de wijk',
  'op school',
  'na schooltijd',
  'in de bibliotheek',
  'op zaterdag',
  'online',
  'in de buurt',
];

const SENTENCES: Record<InterventionCode, readonly string[]> = {
  EXTRA_LEERTIJD: [
    'Wij geven bijles en huiswerkbegeleiding in kleine groepen.',
    'Leerlingen krijgen extra leertijd voor rekenen en taal, onder begeleiding van ervaren tutoren.',
    'Onze tutoring sluit aan op de methode van de school.',
    'Huiswerkhulp na schooltijd, met aandacht voor plannen en leren leren.',
  ],
  ZORG_IN_SCHOOL: [
    'De jeugdzorg zit in de school: korte lijnen met de intern begeleider.',
    'Een jeugdhulpverlener is wekelijks op school voor leerlingen en ouders.',
    'Samen met het wijkteam en schoolmaatschappelijk werk bieden we snel hulp.',
  ],
  BELEVINGSWERELD: [
    'Kinderen maken kennis met cultuur, kunst en museum.',
    'Techniek en wetenschap worden tastbaar met proefjes en bouwprojecten.',
    'Sport en bewegen in en rond de school, met clinics van lokale verenigingen.',
    'Leerlingen ontdekken beroepen in de techniek en de zorg.',
  ],
  OUDERBETROKKENHEID: [
    'Ouders worden actief betrokken bij het leren van hun kind.',
    'In de ouderkamer ontmoeten ouders elkaar en de leerkrachten.',
    'We versterken de samenwerking tussen school, ouders en gezin.',
  ],
  TAAL_LEZEN: [
    'Vrijwilligers komen voorlezen in de klas en thuis.',
    'Ons leesprogramma vergroot het leesplezier en de woordenschat.',
    'Taalontwikkeling staat centraal: lezen, praten en schrijven.',
    'Leesbevordering samen met de bibliotheek.',
  ],
  VVE_KANSRIJKE_START: [
    'Peuters krijgen een kansrijke start met spel en taal.',
    'Voor- en vroegschoolse educatie in samenwerking met de kinderopvang.',
  ],
  OVERGANGEN: [
    'We begeleiden de overstap van groep 8 naar de brugklas.',
    'Leerlingen bereiden zich voor op het voortgezet onderwijs.',
  ],
  MENTORING: [
    'Elke leerling krijgt een mentor of maatje voor een schooljaar.',
    'Studenten coachen leerlingen bij hun toekomstplannen.',
  ],
  SOCIAAL_EMOTIONEEL: [
    'Aandacht voor sociaal-emotionele ontwikkeling en een veilig klimaat.',
    'Trainingen in weerbaarheid en samenwerken.',
  ],
  PROFESSIONALISERING: [
    'Professionalisering van het team, met coaching op de werkvloer.',
    'Scholing voor leerkrachten en schoolleiders.',
  ],
  ARMOEDE_BASIS: [
    'Kinderen uit gezinnen met weinig geld doen volwaardig mee.',
    'We zorgen voor ontbijt, schoolspullen en toegang tot sport en cultuur.',
  ],
};

const GENERIC = [
  'Het aanbod is bedoeld voor het primair en voortgezet onderwijs.',
  'Wij werken samen met scholen, gemeenten en maatschappelijke partners.',
  'De begeleiding vindt plaats onder schooltijd of na schooltijd.',
  'Aanmelden kan via de intern begeleider of de schoolleider.',
  'Ons team bestaat uit gediplomeerde begeleiders en vrijwilligers.',
  'Effectiviteit wordt jaarlijks gemeten en met de school besproken.',
];

function fill(rnd: Prng, template: string, city: string): string {
  return template
    .replace('{g}', String(rnd.int(3, 8)))
    .replace('{subject}', rnd.pick(SUBJECTS))
    .replace('{audience}', rnd.pick(AUDIENCES))
    .replace('{place}', rnd.pick(PLACES))
    .replace('{city}', city)
    .replace('{region}', rnd.pick(REGIONS))
    .replace('{noun}', rnd.pick(NOUNS));
}

export function organisationName(rnd: Prng, type: OrganisationType, city: string): string {
  return fill(rnd, rnd.pick(ORG_PATTERNS[type]), city).slice(0, 200);
}

export function organisationDescription(rnd: Prng, name: string, city: string): string {
  return `${name} is actief in ${city} en omgeving. ${rnd.pick(GENERIC)} ${rnd.pick(GENERIC)}`;
}

export function offeringTitle(rnd: Prng, codes: readonly InterventionCode[], city: string): string {
  return fill(rnd, rnd.pick(TITLES[codes[0]]), city).slice(0, 200);
}

export function offeringDescription(
  rnd: Prng,
  codes: readonly InterventionCode[],
  city: string,
): string {
  const parts: string[] = [];
  for (const code of codes) parts.push(rnd.pick(SENTENCES[code]));
  if (rnd.chance(0.5)) parts.push(rnd.pick(SENTENCES[codes[0]]));
  parts.push(rnd.pick(GENERIC));
  if (rnd.chance(0.4)) parts.push(`Ook beschikbaar ${rnd.pick(PLACES)} in ${city}.`);
  if (rnd.chance(0.3)) parts.push(`Thema's: ${rnd.sample(SUBJECTS, 3).join(', ')}.`);
  return [...new Set(parts)].join(' ');
}
