import type { InterventionCode, InterventionType } from './intervention-type.js';

// Reference data for the taxonomy. The evidence notes only repeat findings named in the project's
// source material (summarised in docs/domain.md) and name the source of every figure in the same
// sentence, so users can judge it (checked by intervention-types.data.spec.ts). Hattie (2009)
// numbers are effect sizes as quoted in the regional study, used only for the kind of help they
// measure ("early intervention" and "pre-school programmes" are about young children, so they
// appear under VVE only). The NPO menukaart rates kinds of intervention, never an offering.
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
      'Een verlengde schooldag levert gemiddeld hooguit zo’n 2 maanden extra vooruitgang per jaar op, en alleen met gekwalificeerd personeel: met onbevoegde begeleiders werd geen effect gevonden (EEF-toolkit, 2018). Het werkt het best gericht op een vastgestelde achterstand (EEF-toolkit, 2018). In Haarlem kregen zo’n honderd zwakke rekenaars uit de bovenbouw van vijf basisscholen een jaar lang elke dag een lesuur van een vaste externe tutor; ze gingen duidelijk vooruit, voelden zich beter en kregen een hoger schooladvies dan begin groep 7 voorspeld (Bowen, De Ree, Epema & Speelman, 2020, in de regionale programmeringsstudie). Dat is duur: in het voortgezet onderwijs wordt een goedkopere variant met 2,5 in plaats van 5 uur per week geprobeerd (Bowen e.a., 2020). Effectgroottes volgens Hattie (2009), zoals de regionale programmeringsstudie ze aanhaalt: leren in kleine groepen 0,49, effectieve leertijd 0,38, huiswerk 0,29, zomerschool 0,23. Bij de Brede School Academie scoorden leerlingen met een gemiddelde C-score in groep 5 eind groep 8 bovengemiddeld (A); zij kwamen één of twee schooltypen hoger uit en bleven minder vaak zitten (zo beschreven in het bronmateriaal, zonder apart onderzoek te noemen). De NPO-menukaart beoordeelt deze soort interventie (maanden vooruitgang en sterkte van het bewijs, op basis van de EEF-toolkit); dat oordeel geldt de soort, niet een bepaald aanbod.',
    evidenceNoteEn:
      'An extended school day adds on average at most about 2 months of progress a year, and only with qualified staff: no effect was found with unqualified supervisors (EEF toolkit, 2018). It works best when aimed at an identified disadvantage (EEF toolkit, 2018). In Haarlem about a hundred weak arithmetic pupils in the upper groups of five primary schools had a daily lesson hour with a fixed external tutor for a year; they progressed clearly, felt better and received a higher school advice than predicted at the start of groep 7 (Bowen, De Ree, Epema & Speelman, 2020, in the regional programming study). It is expensive: a cheaper variant with 2.5 instead of 5 hours a week is being tried in secondary schools (Bowen et al., 2020). Effect sizes from Hattie (2009), as quoted in the regional programming study: small-group learning 0.49, time on task 0.38, homework 0.29, summer school 0.23. In the Brede School Academie, pupils with an average (C) score in groep 5 scored above average (A) by the end of groep 8, reached one or two school types higher and were held back less often (as described in the source material, which names no separate study). The NPO menukaart rates this kind of intervention (months of progress and strength of evidence, based on the EEF toolkit); that rating is about the kind, not about a particular offering.',
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
      'Effectieve zorg en ondersteuning hoort bij de vijf interventies die een in het bronmateriaal aangehaalde onderzoeker als bewezen effectief noemt. Het bronmateriaal geeft er geen effectgrootte voor: Hatties cijfer voor vroegtijdig ingrijpen gaat over jonge kinderen (vve), niet over jeugdhulp op school. Controleer een concreet programma in de Databank Effectieve Jeugdinterventies van het NJi, met zijn erkenningsniveaus Goed onderbouwd en Effectief volgens eerste, goede of sterke aanwijzingen.',
    evidenceNoteEn:
      'Effective care and support is one of the five interventions that a researcher cited in the source material calls proven effective. The source material gives no effect size for it: Hattie’s figure for early intervention is about young children (early childhood education), not about youth care in school. Check a specific programme in the NJi Databank Effectieve Jeugdinterventies, with its recognition levels Goed onderbouwd (well founded) and Effectief volgens eerste, goede of sterke aanwijzingen (effective according to first, good or strong indications).',
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
      'Staat tussen de vijf interventies die een in het bronmateriaal aangehaalde onderzoeker noemt, maar het effect is nog niet volledig aangetoond. Onderzoek van het Jeugdeducatiefonds met de ABN AMRO Foundation vond een klein positief effect van kunsteducatie op de cognitieve ontwikkeling; activiteiten werken het best als gekwalificeerde professionals ze geven en ze aansluiten bij het gewone lesprogramma (Van Wetten & De Wolf, 2020, aangehaald op de inspiratiekaart). Hattie (2009) vond voor buitenschoolse leerervaringen een kleine effectgrootte van 0,09 (regionale programmeringsstudie). Voor weekendscholen zoals IMC Weekendschool noemt het bronmateriaal geen eigen effectonderzoek. Kies daarom een aanbod met een duidelijk doel en volg zelf wat het oplevert.',
    evidenceNoteEn:
      'Listed among the five interventions that a researcher cited in the source material names, but its effect has not yet been fully proven. Research by the Jeugdeducatiefonds with the ABN AMRO Foundation found a small positive effect of arts education on cognitive development; activities work best when qualified professionals give them and they are linked to the regular curriculum (Van Wetten & De Wolf, 2020, cited on the inspiration card). Hattie (2009) found a small effect size of 0.09 for out-of-school curricular experiences (regional programming study). For weekend schools such as IMC Weekendschool the source material names no study of their own. Prefer offers with a clear aim and keep track of what they achieve.',
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
      'Ouderbetrokkenheid is een van de vijf interventies die een in het bronmateriaal aangehaalde onderzoeker als bewezen effectief noemt. Hattie (2009) geeft ouderbetrokkenheid een effectgrootte van 0,51 (regionale programmeringsstudie). De bronnen raden een sterke band tussen school en thuis uitdrukkelijk aan.',
    evidenceNoteEn:
      'Parental involvement is one of the five interventions that a researcher cited in the source material calls proven effective. Hattie (2009) gives parental involvement an effect size of 0.51 (regional programming study). The sources strongly recommend a close connection between school and home.',
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
      'Hattie (2009) geeft tweetalige programma’s een effectgrootte van 0,37 (regionale programmeringsstudie); dat past bij het benutten van meertaligheid. Voor voorlezen en leesbevordering zelf noemt het bronmateriaal geen effectcijfer; over taal bij jonge kinderen gaat voor- en vroegschoolse educatie. Zoek afzonderlijke lees- en taalprogramma’s op in de Databank Effectieve Jeugdinterventies van het NJi.',
    evidenceNoteEn:
      'Hattie (2009) gives bilingual programmes an effect size of 0.37 (regional programming study), which fits using multilingualism. For reading aloud and reading promotion as such the source material gives no effect figure; language in young children is covered under early childhood education. Look up individual reading and language programmes in the NJi Databank Effectieve Jeugdinterventies.',
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
      'Kinderen uit achterstandsgezinnen die van hun 2e tot hun 6e jaar vve volgen, lopen meer dan de helft van hun beginachterstand in (pre-COOL-cohort, Slot & Leseman, 2019, in de regionale programmeringsstudie). Van de verschillen in groep 8 gaat 50–80 % terug op verschillen bij de start op school (Slot & Leseman, 2019). Begeleid fantasiespel in kleine groepen steunt de zelfregulatie, mits de kwaliteit hoog is (Slot & Leseman, 2019). Hattie (2009): voorschoolse programma’s 0,45 en vroegtijdig ingrijpen 0,47 (regionale programmeringsstudie).',
    evidenceNoteEn:
      'Children from disadvantaged homes who attend early childhood education between ages 2 and 6 make up more than half of their initial gap (pre-COOL cohort, Slot & Leseman, 2019, in the regional programming study). Of the differences in groep 8, 50–80 % go back to differences at school entry (Slot & Leseman, 2019). Guided pretend play in small groups supports self-regulation when its quality is high (Slot & Leseman, 2019). Hattie (2009): pre-school programmes 0.45 and early intervention 0.47 (regional programming study).',
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
      'Het bronmateriaal geeft voor overgangsprojecten geen eigen effectcijfer. Wel stelt het dat leerlingen met laagopgeleide ouders bij gelijke capaciteiten een lager schooladvies krijgen; juist de overstap PO–VO verdient daarom aandacht. Zoek een concreet programma op in de Databank Effectieve Jeugdinterventies van het NJi.',
    evidenceNoteEn:
      'The source material gives no separate effect figure for transition projects. It does note that pupils of parents with little education receive lower secondary-school advice at equal ability, which makes the primary-to-secondary switch a key moment. Look up a specific programme in the NJi Databank Effectieve Jeugdinterventies.',
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
      'Goed opgezette tutor- en mentorprogramma’s kunnen antisociaal of agressief gedrag, spijbelen en voortijdig schoolverlaten verminderen en de motivatie vergroten (briefing voor de regionale bijeenkomst in Hilversum). Het bronmateriaal noemt daarbij geen effectgrootte. Controleer maatjes- en mentorprojecten in de Databank Effectieve Jeugdinterventies van het NJi.',
    evidenceNoteEn:
      'Well-structured tutor and mentor programmes can reduce antisocial or aggressive behaviour, truancy and early school leaving, and raise motivation (briefing for the regional meetup in Hilversum). The source material gives no effect size for this. Check buddy and mentoring projects in the NJi Databank Effectieve Jeugdinterventies.',
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
      'Hattie (2009): cohesie in de klas 0,53 en invloed van medeleerlingen 0,53 (regionale programmeringsstudie). Programma’s kun je opzoeken in de Databank Effectieve Jeugdinterventies van het NJi.',
    evidenceNoteEn:
      'Hattie (2009): classroom cohesion 0.53 and peer influences 0.53 (regional programming study). Programmes can be looked up in the NJi Databank Effectieve Jeugdinterventies.',
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
      'De beste leraar en schoolleider staat als eerste bij de vijf interventies die een in het bronmateriaal aangehaalde onderzoeker als bewezen effectief noemt. Voor teamontwikkelings- of leiderschapsprogramma’s zelf geeft het bronmateriaal geen effectcijfer.',
    evidenceNoteEn:
      'The best teacher and school leader comes first among the five interventions that a researcher cited in the source material calls proven effective. The source material gives no effect figure for team-development or leadership programmes as such.',
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
      'Het bronmateriaal geeft geen effectcijfer voor armoedehulp zelf. Het laat wel zien hoe zwaar de achtergrond weegt: sociaaleconomische status en thuisomgeving hangen elk met 0,57 samen met leerprestaties (Hattie, 2009, in de regionale programmeringsstudie). In 2016 leefde landelijk 8,8% van de kinderen in armoede (regionale cijfers in het bronmateriaal).',
    evidenceNoteEn:
      'The source material gives no effect figure for poverty support itself. It does show how much background matters: socioeconomic status and home environment each relate to achievement at 0.57 (Hattie, 2009, in the regional programming study). In 2016, 8.8% of children nationally lived in poverty (regional figures in the source material).',
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
