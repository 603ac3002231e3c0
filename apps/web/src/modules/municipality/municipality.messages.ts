// Texts of the municipality (LEA) view: Dutch is the source, English must fill in the same shape.
import { needsEn, needsNl } from './needs.messages';

const percent = (share: number | null | undefined, lang: 'nl' | 'en'): string =>
  share === null || share === undefined
    ? '–'
    : `${(Math.round(share * 1000) / 10).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}%`;

export const municipalityNl = {
  pageTitle: 'Gemeente: dekking en witte vlekken',
  heading: (name: string) => `Dekking in ${name}`,
  headingNone: 'Dekking per gemeente',
  intro:
    'Welke scholen worden bereikt door welk soort hulp, en waar zitten de witte vlekken? Per school en interventiesoort het aantal actieve aanbiedingen dat de school bereikt en past.',
  chooseLabel: 'Gemeente (naam of code)',
  choose: 'Tonen',
  unknownMunicipality: 'Kies een gemeente uit de lijst of typ een code als GM0606.',
  sectorLabel: 'Sector',
  sectorAll: 'Alle sectoren',
  exportLabel: 'Downloaden',
  directLinks: 'Directe link (voor Excel, een browser of curl)',
  download: 'Download CSV',
  downloadXlsx: 'Download Excel (.xlsx)',
  downloading: 'Bestand wordt gemaakt…',
  print: 'Afdrukken',
  schools: (n: number) => (n === 1 ? '1 school' : `${n} scholen`),
  noSchools: 'Geen actieve scholen in deze gemeente (met dit filter).',
  tableCaption: (name: string) =>
    `Dekkingsmatrix ${name}: per school het aantal passende aanbiedingen per interventiesoort (waarvan lokaal)`,
  matrixHeading: 'Dekkingsmatrix',
  schoolColumn: 'School',
  coveredColumn: 'Soorten gedekt',
  totalsRow: 'Scholen zonder aanbod',
  cellGap: 'geen aanbod',
  cellOnlyNational: 'alleen landelijk',
  cellNotApplicable: 'n.v.t.',
  cellNotApplicableLabel: (school: string, type: string) =>
    `${school}, ${type}: niet van toepassing op deze sector`,
  cellText: (offerings: number, local: number) => `${offerings} (${local} lokaal)`,
  cellLabel: (school: string, type: string) => `${school}, ${type}: toon aanbod`,
  statusGap: 'Witte vlek: geen aanbod',
  statusOnlyNational: 'Alleen landelijk aanbod',
  statusLocal: 'Lokaal aanbod',
  statusNotApplicable: 'n.v.t.: geldt niet voor deze sector (nooit een witte vlek)',
  legendCellCount: 'Getal: aanbiedingen (waarvan lokaal)',
  cellDetailHeading: (school: string, type: string) => `${type} voor ${school}`,
  cellDetailEmpty: 'Geen aanbod dat deze school bereikt en past.',
  cellDetailGap:
    'Witte vlek: geen enkel actief aanbod bereikt deze school voor deze interventiesoort en past bij de school.',
  cellDetailClose: 'Sluiten',
  local: 'lokaal',
  national: 'landelijk',
  verified: 'geverifieerd',
  gapsHeading: 'Witte vlekken',
  gapsSummary: (cells: number, total: number, schools: number) =>
    `${cells} van de ${total} cellen zonder aanbod, bij ${schools === 1 ? '1 school' : `${schools} scholen`}.`,
  gapsNone: 'Geen witte vlekken: elke school heeft voor elke interventiesoort minstens één aanbod.',
  gapsByType: 'Scholen zonder aanbod per interventiesoort',
  gapsOfType: (type: string, n: number) => `${type}: ${n === 1 ? '1 school' : `${n} scholen`}`,
  onlyGaps: 'Toon alleen scholen met een witte vlek',
  mapHeading: 'Kaart: dekking per school',
  mapLabel: (name: string) => `Kaart van ${name} met de scholen`,
  mapModeLabel: 'Kleur de scholen naar',
  mapModeCount: 'aantal gedekte soorten (lokaal)',
  mapModeType: (type: string) => `witte vlek voor: ${type}`,
  mapNoBoundary: 'Van deze gemeente is geen grens bekend; de kaart toont alleen de scholen.',
  mapListHint: 'De tabel hieronder geeft dezelfde gegevens als lijst.',
  mapGapCount: (type: string, gaps: number, schools: number) =>
    `${type}: ${gaps} van ${schools} scholen zonder aanbod (rood op de kaart).`,
  legendCount: (from: number, to: number) =>
    from === to ? `${from} soorten lokaal gedekt` : `${from}–${to} soorten lokaal gedekt`,
  schoolTooltip: (name: string, covered: number, total: number) =>
    `${name}: ${covered} van ${total} soorten lokaal gedekt`,
  areasToggle: 'Werkgebieden tonen',
  areasHeading: (type: string | null) =>
    type ? `Werkgebieden van het aanbod voor ${type}` : 'Werkgebieden van het aanbod',
  areasIntro:
    'Aanbod dat scholen hier bereikt via een eigen werkgebied (gemeente, straal rond een punt of eigen gebied) en bij minstens één school past. Dezelfde gegevens als op de kaart.',
  areasLoading: 'Werkgebieden worden geladen…',
  areasCount: (n: number, type: string | null) =>
    `${n === 1 ? '1 aanbod' : `${n} aanbiedingen`} met een eigen werkgebied${type ? ` voor ${type}` : ''}.`,
  areasNone: (type: string | null) =>
    `Geen aanbod met een eigen werkgebied bereikt scholen hier${type ? ` voor ${type}` : ''}.`,
  areasTruncated: (shown: number, total: number) =>
    `De eerste ${shown} van ${total} staan op de kaart en in de lijst (de meeste bereikte scholen eerst).`,
  areasNational: (n: number) =>
    `Daarnaast ${n === 1 ? 'bereikt 1 landelijk aanbod' : `bereiken ${n} landelijke aanbiedingen`} scholen hier; landelijke werkgebieden staan niet op de kaart.`,
  areasProvince: (n: number, province: string) =>
    `${n === 1 ? '1 aanbod werkt' : `${n} aanbiedingen werken`} in heel ${province}; die provincie staat niet als vlak op de kaart.`,
  areasReach: (n: number, total: number) => `bereikt ${n} van ${total} scholen`,
  areasAlsoNational: 'ook landelijk',
  areasProvinceWide: 'hele provincie, niet getekend',
  areasMark: 'Markeer op de kaart',
  areasListLabel: 'Aanbod met een eigen werkgebied',
  legendArea: 'Werkgebied van een aanbod',
  legendMarked: 'Gemarkeerd aanbod',
  comparisonHeading: 'Vergelijking met provincie en land',
  comparisonIntro:
    'Aandeel scholen met minstens één lokaal aanbod (niet alleen landelijk) per interventiesoort.',
  comparisonCaption: (name: string, province: string) =>
    `Aandeel scholen met lokaal aanbod: ${name} naast ${province} en heel Nederland`,
  comparisonType: 'Interventiesoort',
  comparisonThis: (name: string) => `${name} (deze gemeente)`,
  comparisonProvince: (name: string) => `Provincie ${name}`,
  comparisonNational: 'Nederland',
  comparisonDiff: 'Verschil met Nederland',
  percent: (share: number | null | undefined) => percent(share, 'nl'),
  points: (diff: number | null) =>
    diff === null
      ? '–'
      : diff === 0
        ? 'gelijk'
        : `${diff > 0 ? '+' : '−'}${Math.abs(diff)} procentpunt${diff > 0 ? ' hoger' : ' lager'}`,
  comparisonLoading: 'Vergelijking wordt geladen…',
  coalitionsHeading: 'Samenwerkingen',
  coalitionsIntro:
    'Wie werkt al met wie: vastgelegde samenwerkingen, en contactaanvragen die zijn geaccepteerd, in gesprek zijn of gestart.',
  coalitionsLocked:
    'Samenwerkingen per school en per partner zijn alleen zichtbaar voor beleidsmedewerkers van deze gemeente.',
  coalitionsLockedLogin: 'Log in om ze te zien.',
  coalitionsLoginLink: 'Inloggen',
  // Under the contact-request list: recorded collaborations may well exist above it.
  coalitionsNone: 'Geen contactaanvragen zonder vastgelegde samenwerking.',
  coalitionsFromRequests:
    'Uit contactaanvragen (geaccepteerd, in gesprek of gestart) die nog geen vastgelegde samenwerking zijn',
  recordFromRequest: 'voortgekomen uit een contactaanvraag',
  coalitionsCount: (collaborations: number, schools: number, partners: number) =>
    `${collaborations} ${collaborations === 1 ? 'contactaanvraag' : 'contactaanvragen'} tussen ${schools === 1 ? '1 school' : `${schools} scholen`} en ${partners === 1 ? '1 partner' : `${partners} partners`}.`,
  recordsHeading: 'Vastgelegde samenwerkingen',
  bySchoolHeading: 'Contactaanvragen per school',
  byPartnerHeading: 'Contactaanvragen per partner',
  bySchoolCaption: (name: string) => `Contactaanvragen per school in ${name}`,
  byPartnerCaption: (name: string) => `Contactaanvragen per partner in ${name}`,
  colSchool: 'School',
  colPartner: 'Partner',
  colCollaborations: 'Contactaanvragen',
  collaborationStatus: {
    ACCEPTED: 'geaccepteerd',
    IN_CONVERSATION: 'in gesprek',
    STARTED: 'gestart',
  } as Record<string, string>,
  since: (date: string) => `sinds ${date}`,
  downloadCoalitionsCsv: 'Download samenwerkingen (CSV)',
  downloadCoalitionsXlsx: 'Download samenwerkingen (Excel)',
  needs: needsNl,
};

export type MunicipalityMessages = typeof municipalityNl;

export const municipalityEn: MunicipalityMessages = {
  pageTitle: 'Municipality: coverage and gaps',
  heading: (name: string) => `Coverage in ${name}`,
  headingNone: 'Coverage per municipality',
  intro:
    'Which schools are reached by which kind of help, and where are the blank spots? Per school and intervention type, the number of active offerings that reach the school and fit it.',
  chooseLabel: 'Municipality (name or code)',
  choose: 'Show',
  unknownMunicipality: 'Choose a municipality from the list or type a code like GM0606.',
  sectorLabel: 'Sector',
  sectorAll: 'All sectors',
  exportLabel: 'Download',
  directLinks: 'Direct link (for Excel, a browser or curl)',
  download: 'Download CSV',
  downloadXlsx: 'Download Excel (.xlsx)',
  downloading: 'Preparing the file…',
  print: 'Print',
  schools: (n: number) => (n === 1 ? '1 school' : `${n} schools`),
  noSchools: 'No active schools in this municipality (with this filter).',
  tableCaption: (name: string) =>
    `Coverage matrix ${name}: per school the number of fitting offerings per intervention type (of which local)`,
  matrixHeading: 'Coverage matrix',
  schoolColumn: 'School',
  coveredColumn: 'Types covered',
  totalsRow: 'Schools without an offering',
  cellGap: 'no offering',
  cellOnlyNational: 'national only',
  cellNotApplicable: 'n/a',
  cellNotApplicableLabel: (school: string, type: string) =>
    `${school}, ${type}: does not apply to this sector`,
  cellText: (offerings: number, local: number) => `${offerings} (${local} local)`,
  cellLabel: (school: string, type: string) => `${school}, ${type}: show offerings`,
  statusGap: 'Blank spot: no offering',
  statusOnlyNational: 'National offerings only',
  statusLocal: 'Local offering',
  statusNotApplicable: 'n/a: does not apply to this sector (never a blank spot)',
  legendCellCount: 'Number: offerings (of which local)',
  cellDetailHeading: (school: string, type: string) => `${type} for ${school}`,
  cellDetailEmpty: 'No offering reaches this school and fits it.',
  cellDetailGap:
    'Blank spot: no active offering reaches this school for this intervention type and fits it.',
  cellDetailClose: 'Close',
  local: 'local',
  national: 'national',
  verified: 'verified',
  gapsHeading: 'Blank spots',
  gapsSummary: (cells: number, total: number, schools: number) =>
    `${cells} of ${total} cells without an offering, at ${schools === 1 ? '1 school' : `${schools} schools`}.`,
  gapsNone: 'No blank spots: every school has at least one offering for every intervention type.',
  gapsByType: 'Schools without an offering per intervention type',
  gapsOfType: (type: string, n: number) => `${type}: ${n === 1 ? '1 school' : `${n} schools`}`,
  onlyGaps: 'Show only schools with a blank spot',
  mapHeading: 'Map: coverage per school',
  mapLabel: (name: string) => `Map of ${name} with its schools`,
  mapModeLabel: 'Colour the schools by',
  mapModeCount: 'number of types covered (locally)',
  mapModeType: (type: string) => `blank spot for: ${type}`,
  mapNoBoundary: 'No boundary is known for this municipality; the map shows the schools only.',
  mapListHint: 'The table below gives the same data as a list.',
  mapGapCount: (type: string, gaps: number, schools: number) =>
    `${type}: ${gaps} of ${schools} schools without an offering (red on the map).`,
  legendCount: (from: number, to: number) =>
    from === to ? `${from} types covered locally` : `${from}–${to} types covered locally`,
  schoolTooltip: (name: string, covered: number, total: number) =>
    `${name}: ${covered} of ${total} types covered locally`,
  areasToggle: 'Show coverage areas',
  areasHeading: (type: string | null) =>
    type ? `Coverage areas of the offerings for ${type}` : 'Coverage areas of the offerings',
  areasIntro:
    'Offerings that reach schools here through an area of their own (municipality, radius around a point or drawn area) and fit at least one school. The same data as on the map.',
  areasLoading: 'Loading coverage areas…',
  areasCount: (n: number, type: string | null) =>
    `${n === 1 ? '1 offering' : `${n} offerings`} with an area of their own${type ? ` for ${type}` : ''}.`,
  areasNone: (type: string | null) =>
    `No offering with an area of its own reaches schools here${type ? ` for ${type}` : ''}.`,
  areasTruncated: (shown: number, total: number) =>
    `The first ${shown} of ${total} are on the map and in the list (most schools reached first).`,
  areasNational: (n: number) =>
    `In addition, ${n === 1 ? '1 national offering reaches' : `${n} national offerings reach`} schools here; national areas are not on the map.`,
  areasProvince: (n: number, province: string) =>
    `${n === 1 ? '1 offering works' : `${n} offerings work`} in all of ${province}; that province is not drawn on the map.`,
  areasReach: (n: number, total: number) => `reaches ${n} of ${total} schools`,
  areasAlsoNational: 'also national',
  areasProvinceWide: 'whole province, not drawn',
  areasMark: 'Mark on the map',
  areasListLabel: 'Offerings with an area of their own',
  legendArea: 'Coverage area of an offering',
  legendMarked: 'Marked offering',
  comparisonHeading: 'Compared with the province and the country',
  comparisonIntro:
    'Share of schools with at least one local offering (not only national ones) per intervention type.',
  comparisonCaption: (name: string, province: string) =>
    `Share of schools with a local offering: ${name} next to ${province} and the Netherlands`,
  comparisonType: 'Intervention type',
  comparisonThis: (name: string) => `${name} (this municipality)`,
  comparisonProvince: (name: string) => `Province of ${name}`,
  comparisonNational: 'Netherlands',
  comparisonDiff: 'Difference with the Netherlands',
  percent: (share: number | null | undefined) => percent(share, 'en'),
  points: (diff: number | null) =>
    diff === null
      ? '–'
      : diff === 0
        ? 'equal'
        : `${diff > 0 ? '+' : '−'}${Math.abs(diff)} percentage points ${diff > 0 ? 'higher' : 'lower'}`,
  comparisonLoading: 'Loading the comparison…',
  coalitionsHeading: 'Collaborations',
  coalitionsIntro:
    'Who already works with whom: recorded collaborations, and contact requests that were accepted, are in conversation or have started.',
  coalitionsLocked:
    'Collaborations per school and per partner are only visible to policy officers of this municipality.',
  coalitionsLockedLogin: 'Sign in to see them.',
  coalitionsLoginLink: 'Sign in',
  coalitionsNone: 'No contact requests without a recorded collaboration.',
  coalitionsFromRequests:
    'From contact requests (accepted, in conversation or started) that are not yet a recorded collaboration',
  recordFromRequest: 'grew out of a contact request',
  coalitionsCount: (collaborations: number, schools: number, partners: number) =>
    `${collaborations} ${collaborations === 1 ? 'contact request' : 'contact requests'} between ${schools === 1 ? '1 school' : `${schools} schools`} and ${partners === 1 ? '1 partner' : `${partners} partners`}.`,
  recordsHeading: 'Recorded collaborations',
  bySchoolHeading: 'Contact requests per school',
  byPartnerHeading: 'Contact requests per partner',
  bySchoolCaption: (name: string) => `Contact requests per school in ${name}`,
  byPartnerCaption: (name: string) => `Contact requests per partner in ${name}`,
  colSchool: 'School',
  colPartner: 'Partner',
  colCollaborations: 'Contact requests',
  collaborationStatus: {
    ACCEPTED: 'accepted',
    IN_CONVERSATION: 'in conversation',
    STARTED: 'started',
  },
  since: (date: string) => `since ${date}`,
  downloadCoalitionsCsv: 'Download collaborations (CSV)',
  downloadCoalitionsXlsx: 'Download collaborations (Excel)',
  needs: needsEn,
};
