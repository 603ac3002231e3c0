import type { InterventionCode, InterventionType } from './intervention-type.js';

// Reference data for the taxonomy. The evidence notes only repeat figures named in the project's
// source material (summarised in docs/domain.md) and always say where a figure comes from, so users can judge it.
// Hattie (2009) numbers are effect sizes as quoted in the regional study.
export const INTERVENTION_TYPES: readonly InterventionType[] = Object.freeze([
  {
    code: 'EXTRA_LEERTIJD',
    sortOrder: 1,
    labelNl: 'Extra begeleiding, tutoring, extra leertijd',
    labelEn: 'Extra support, tutoring and extra learning time',
    descriptionNl:
      'Meer onderwijstijd of begeleiding in kleine groepen: verlengde schooldag, bijles, pre-teaching, huiswerkbegeleiding of intensieve tutoring.',
    descriptionEn:
      'More learning time or support in small groups: an extended school day, tuition, pre-teaching, homework support or high-dosage tutoring.',
    evidenceNoteNl:
      'Een verlengde schooldag levert gemiddeld hooguit zo’n 2 maanden extra vooruitgang per jaar op (EEF-toolkit, 2018), en alleen met gekwalificeerd personeel: met onbevoegde begeleiders werd geen effect gevonden. Het werkt het best gericht op een vastgestelde achterstand. Hattie (2009): leren in kleine groepen 0,49, effectieve leertijd 0,38, huiswerk 0,29, zomerschool 0,23. Bij de Brede School Academie scoorden leerlingen met een gemiddelde C-score in groep 5 eind groep 8 bovengemiddeld (A); zij kwamen één of twee schooltypen hoger uit en bleven minder vaak zitten. Zie ook de NPO-menukaart (effect in maanden, op basis van EEF).',
    evidenceNoteEn:
      'An extended school day adds on average at most about 2 months of progress a year (EEF toolkit, 2018), and only with qualified staff: no effect was found with unqualified supervisors. It works best when aimed at an identified disadvantage. Hattie (2009): small-group learning 0.49, time on task 0.38, homework 0.29, summer school 0.23. In the Brede School Academie, pupils with an average (C) score in groep 5 scored above average (A) by the end of groep 8, reached one or two school types higher and were held back less often. See also the NPO menukaart (effect in months, based on EEF).',
  },
  {
    code: 'ZORG_IN_SCHOOL',
    sortOrder: 2,
    labelNl: 'Samenwerking met jeugdzorg en zorg',
    labelEn: 'Working with youth care and care services',
    descriptionNl:
      'Vroeg signaleren en hulp in en rond de school, zoals een jeugdhulpverlener op school, gezinsklas, brugfunctionaris, schoolmaatschappelijk werk of wijkteam.',
    descriptionEn:
      'Spotting problems early and helping in and around school, for example a youth-care worker on site, a family class, a bridge officer, school social work or the neighbourhood team.',
    evidenceNoteNl:
      'Effectieve zorg en ondersteuning hoort bij de vijf interventies die een in het bronmateriaal aangehaalde onderzoeker als bewezen effectief noemt. Vroegtijdig ingrijpen heeft volgens Hattie (2009) een effectgrootte van 0,47. Controleer een concreet programma in de NJi Databank Effectieve Jeugdinterventies (erkenningsniveaus).',
    evidenceNoteEn:
      'Effective care and support is one of the five interventions that a researcher cited in the source material calls proven effective. Hattie (2009) gives early intervention an effect size of 0.47. Check a specific programme in the NJi Databank Effectieve Jeugdinterventies (recognition levels).',
  },
  {
    code: 'BELEVINGSWERELD',
    sortOrder: 3,
    labelNl: 'Belevingswereld vergroten',
    labelEn: 'Broadening pupils’ horizons',
    descriptionNl:
      'Leerlingen laten kennismaken met beroepen, cultuur, sport, wetenschap en inspirerende plekken buiten hun eigen omgeving.',
    descriptionEn:
      'Introducing pupils to professions, culture, sport, science and inspiring places beyond their own surroundings.',
    evidenceNoteNl:
      'Staat tussen de vijf genoemde interventies, maar het effect is nog niet volledig aangetoond. Hattie (2009) vond voor buitenschoolse leerervaringen een kleine effectgrootte van 0,09. Kies daarom bij voorkeur een aanbod met een duidelijk doel en volg zelf wat het oplevert.',
    evidenceNoteEn:
      'Listed among the five named interventions, but its effect has not yet been fully proven. Hattie (2009) found a small effect size of 0.09 for out-of-school curricular experiences. Prefer offers with a clear aim and keep track of what they achieve.',
  },
  {
    code: 'OUDERBETROKKENHEID',
    sortOrder: 4,
    labelNl: 'Ouderbetrokkenheid',
    labelEn: 'Parental involvement',
    descriptionNl:
      'Ouders bereiken en betrekken: een oudergemeenschap, heldere informatie, maatjes tussen ouders en cursussen voor ouders.',
    descriptionEn:
      'Reaching and involving parents: a parent community, clear information, parent-to-parent buddies and courses for parents.',
    evidenceNoteNl:
      'Ouderbetrokkenheid is een van de vijf als bewezen effectief genoemde interventies. Hattie (2009): ouderbetrokkenheid 0,51 en thuisomgeving 0,57; programma’s die thuis en school verbinden scoren daarentegen maar 0,16, dus de vorm doet ertoe.',
    evidenceNoteEn:
      'Parental involvement is one of the five interventions named as proven effective. Hattie (2009): parental involvement 0.51 and home environment 0.57; home-school programmes, by contrast, reach only 0.16, so the form matters.',
  },
  {
    code: 'TAAL_LEZEN',
    sortOrder: 5,
    labelNl: 'Taal en (voor)lezen',
    labelEn: 'Language and reading',
    descriptionNl:
      'Taalachterstand vroeg opsporen, voorlezen, leesplezier bevorderen, meertaligheid benutten en leerlingen van elkaar laten leren.',
    descriptionEn:
      'Detecting language delays early, reading aloud, promoting reading for pleasure, using multilingualism and letting pupils learn from each other.',
    evidenceNoteNl:
      'Hattie (2009): vroegtijdig ingrijpen 0,47, tweetalige programma’s 0,37 en de invloed van medeleerlingen 0,53. Voor afzonderlijke lees- en taalprogramma’s: zie de NJi Databank Effectieve Jeugdinterventies of de NPO-menukaart.',
    evidenceNoteEn:
      'Hattie (2009): early intervention 0.47, bilingual programmes 0.37 and peer influences 0.53. For individual reading and language programmes, see the NJi Databank Effectieve Jeugdinterventies or the NPO menukaart.',
  },
  {
    code: 'VVE_KANSRIJKE_START',
    sortOrder: 6,
    labelNl: 'Voor- en vroegschoolse educatie',
    labelEn: 'Early childhood education',
    descriptionNl:
      'Peuters een goede start geven: sterke kwaliteit van de voorschool en een warme overdracht naar de basisschool.',
    descriptionEn:
      'Giving toddlers a good start: high-quality pre-school and a warm hand-over to primary school.',
    evidenceNoteNl:
      'Hattie (2009): voorschoolse programma’s 0,45 en vroegtijdig ingrijpen 0,47. Dat past bij het advies uit het bronmateriaal om een achterstand zo vroeg en zo gericht mogelijk aan te pakken.',
    evidenceNoteEn:
      'Hattie (2009): pre-school programmes 0.45 and early intervention 0.47. This fits the advice in the source material to tackle a disadvantage as early and as specifically as possible.',
  },
  {
    code: 'OVERGANGEN',
    sortOrder: 7,
    labelNl: 'Overgangen (voorschool–PO, PO–VO)',
    labelEn: 'Transitions (pre-school to primary, primary to secondary)',
    descriptionNl:
      'Eén doorlopende leerlijn bij de overstap: mentoren uit het voortgezet onderwijs voor groep 8, hybride overgangsklassen en afgestemde reken- en taallijnen.',
    descriptionEn:
      'One continuous learning line across the switch: secondary-school mentors for groep 8, hybrid transition classes and aligned maths and language lines.',
    evidenceNoteNl:
      'Het bronmateriaal geeft voor overgangsprojecten geen eigen effectcijfer. Wel weten we dat leerlingen met laagopgeleide ouders bij gelijke capaciteiten een lager schooladvies krijgen; juist de overstap PO–VO verdient daarom aandacht. Zoek per programma in de NPO-menukaart of de NJi Databank.',
    evidenceNoteEn:
      'The source material gives no separate effect figure for transition projects. It does note that pupils of parents with little education receive lower secondary-school advice at equal ability, which makes the primary-to-secondary switch a key moment. Look up individual programmes in the NPO menukaart or the NJi Databank.',
  },
  {
    code: 'MENTORING',
    sortOrder: 8,
    labelNl: 'Individueel mentor- en coachprogramma',
    labelEn: 'One-to-one mentoring and coaching',
    descriptionNl:
      'Een getrainde, oudere mentor ziet een kind elke week en helpt met school, de thuissituatie en het vinden van hulp of geld voor sport en muziek.',
    descriptionEn:
      'A trained older mentor sees a child every week and helps with school, the situation at home and finding help or money for sport and music.',
    evidenceNoteNl:
      'Extra begeleiding hoort bij de vijf interventies die als bewezen effectief worden genoemd; voor mentorprogramma’s zelf noemt het bronmateriaal geen effectcijfer. Controleer maatjes- en mentorprojecten in de NJi Databank Effectieve Jeugdinterventies.',
    evidenceNoteEn:
      'Extra support is among the five interventions named as proven effective; the source material gives no effect figure for mentoring programmes as such. Check buddy and mentoring projects in the NJi Databank Effectieve Jeugdinterventies.',
  },
  {
    code: 'SOCIAAL_EMOTIONEEL',
    sortOrder: 9,
    labelNl: 'Veilig leren, sociaal-emotionele ontwikkeling',
    labelEn: 'Safe learning and social-emotional development',
    descriptionNl:
      'Werken aan groepsvorming, een veilig leerklimaat en executieve vaardigheden zoals plannen en zelfregulatie.',
    descriptionEn:
      'Building group cohesion, a safe learning climate and executive skills such as planning and self-regulation.',
    evidenceNoteNl:
      'Hattie (2009): cohesie in de klas 0,53 en invloed van medeleerlingen 0,53. Programma’s kun je opzoeken in de NJi Databank Effectieve Jeugdinterventies.',
    evidenceNoteEn:
      'Hattie (2009): classroom cohesion 0.53 and peer influences 0.53. Programmes can be looked up in the NJi Databank Effectieve Jeugdinterventies.',
  },
  {
    code: 'PROFESSIONALISERING',
    sortOrder: 10,
    labelNl: 'Team en leiderschap',
    labelEn: 'Team and leadership',
    descriptionNl:
      'Een open cultuur van samenwerken, sterk leiderschap en scholing van leraren voor scholen met veel kwetsbare leerlingen.',
    descriptionEn:
      'An open culture of collaboration, strong leadership and training teachers for schools with many vulnerable pupils.',
    evidenceNoteNl:
      'De beste leraar en schoolleider staat als eerste bij de vijf als bewezen effectief genoemde interventies. Ter vergelijking: een kleinere klas levert volgens Hattie (2009) maar 0,21 op en zittenblijven werkt averechts (−0,16).',
    evidenceNoteEn:
      'The best teacher and school leader comes first among the five interventions named as proven effective. For comparison, Hattie (2009) finds only 0.21 for smaller classes, and retention backfires (−0.16).',
  },
  {
    code: 'ARMOEDE_BASIS',
    sortOrder: 11,
    labelNl: 'Armoede en basisvoorwaarden',
    labelEn: 'Poverty and basic conditions',
    descriptionNl:
      'Steun voor gezinnen met weinig geld of schulden, en fondsen die sport, cultuur en schoolreisjes betalen.',
    descriptionEn:
      'Support for families with little money or with debts, and funds that pay for sport, culture and school trips.',
    evidenceNoteNl:
      'Het bronmateriaal geeft geen effectcijfer voor armoedehulp zelf. Het laat wel zien hoe zwaar de achtergrond weegt: sociaaleconomische status en thuisomgeving hangen elk met 0,57 samen met leerprestaties (Hattie, 2009). In 2016 leefde landelijk 8,8% van de kinderen in armoede.',
    evidenceNoteEn:
      'The source material gives no effect figure for poverty support itself. It does show how much background matters: socioeconomic status and home environment each relate to achievement at 0.57 (Hattie, 2009). In 2016, 8.8% of children nationally lived in poverty.',
  },
] satisfies InterventionType[]);

const BY_CODE: ReadonlyMap<InterventionCode, InterventionType> = new Map(
  INTERVENTION_TYPES.map((t) => [t.code, t]),
);

/** The taxonomy entry for a code. Every code has one, so this never returns undefined. */
export function getInterventionType(code: InterventionCode): InterventionType {
  const found = BY_CODE.get(code);
  // Guarded by the spec; reaching this means the data file and the code list drifted apart.
  if (!found) throw new Error(`Unknown intervention code: ${code}`);
  return found;
}
