// Texts of the need-weighted gaps and scenarios: Dutch is the source, English the same shape.

const pct = (share: number | null | undefined, locale: string): string =>
  share === null || share === undefined || share < 0
    ? '–'
    : `${(Math.round(share * 1000) / 10).toLocaleString(locale)}%`;
const num = (x: number, locale: string): string =>
  x.toLocaleString(locale, { maximumFractionDigits: 1 });

export const needsNl = {
  heading: 'Waar is hulp het meest nodig?',
  intro:
    'Per school en thema een geschatte behoefte (leerlingen voor wie deze hulp nodig is) en hoeveel daarvan gedekt is door aanbod. Grootste onvervulde behoefte eerst.',
  loading: 'Behoefte wordt berekend…',
  summary: (share: number | null, unmet: number) =>
    `${pct(share, 'nl-NL')} van de gewogen behoefte is gedekt; onvervuld: ${num(unmet, 'nl-NL')}.`,
  profilesAll: 'Alle behoefteprofielen van scholen tellen mee.',
  profilesPublic:
    'Alleen openbaar gemaakte behoefteprofielen tellen mee; log in als beleidsmedewerker van deze gemeente voor alle.',
  themesHeading: 'Thema’s met de grootste onvervulde behoefte',
  themesCaption: 'Onvervulde behoefte per thema, grootste eerst',
  schoolsHeading: 'Scholen met de grootste onvervulde behoefte',
  schoolsCaption: 'Onvervulde behoefte per school, grootste eerst (de lijst bij de kaart)',
  colTheme: 'Thema',
  colSchool: 'School',
  colNeed: 'Behoefte',
  colUnmet: 'Onvervuld',
  colCovered: 'Gedekt',
  colSchools: 'Scholen met onvervulde behoefte',
  colBiggest: 'Grootste onvervulde thema',
  colSource: 'Bron',
  source: {
    PROFILE: 'behoefteprofiel',
    PROFILE_NOT_LISTED: 'behoefteprofiel',
    SCHOOLWEGING: 'schoolweging',
    ACHTERSTANDSSCORE: 'achterstandsscore (CBS)',
    AREA_AVERAGE: 'gemiddelde gemeente',
    DEFAULT: 'aangenomen',
    NOT_APPLICABLE: 'n.v.t.',
  } as Record<string, string>,
  showAll: (n: number) => `Toon alle ${n} scholen`,
  showFewer: 'Toon minder',
  mapHeading: 'Kaart: onvervulde behoefte per school',
  mapLabel: (name: string) => `Kaart van ${name}: scholen gekleurd naar onvervulde behoefte`,
  mapHint: 'De tabel met scholen hierboven is dezelfde informatie als lijst.',
  // Half-open ranges, as the map colours them (utils/need-buckets.ts): "140 tot 387" holds 140, not 387.
  legendUnmet: (from: number, to: number | null) =>
    from === 0 && to === 0
      ? 'geen onvervulde behoefte'
      : from === 0
        ? to === null
          ? 'meer dan 0'
          : `meer dan 0, minder dan ${num(to, 'nl-NL')}`
        : to === null
          ? `${num(from, 'nl-NL')} of meer`
          : `${num(from, 'nl-NL')} tot ${num(to, 'nl-NL')}`,
  tooltip: (name: string, unmet: number) => `${name}: onvervuld ${num(unmet, 'nl-NL')}`,
  howHeading: 'Hoe wordt dit berekend?',
  explainCell: (school: string, theme: string) => `Berekening voor ${school}, ${theme}`,
  explainButton: (school: string) => `Uitleg berekening ${school}`,
  explainTheme: 'Thema',
  comparisonHeading: 'Gedekt aandeel van de behoefte, vergeleken',
  comparisonCaption: 'Gedekt aandeel van de gewogen behoefte',
  colArea: 'Gebied',
  colShare: 'Gedekt aandeel',
  similarLabel: 'Vergelijkbare gemeenten',
  similarHow: 'Hoe zijn vergelijkbare gemeenten gekozen?',
  percent: (share: number | null | undefined) => pct(share, 'nl-NL'),
  number: (x: number) => num(x, 'nl-NL'),
  downloadCsv: 'Download behoefte (CSV)',
  downloadXlsx: 'Download behoefte (Excel)',
  scenarios: {
    heading: 'Wat levert het meeste op? Scenario’s',
    intro:
      'Kies een budget en kandidaten: bestaand aanbod dat zijn werkgebied naar de gemeente uitbreidt, of aanbod dat u schetst. Partnerwijzer kiest de set die de meeste onvervulde behoefte dekt, stap voor stap.',
    locked: 'Scenario’s zijn er voor beleidsmedewerkers van deze gemeente en beheerders.',
    budgetKind: 'Soort budget',
    budgetCount: 'Aantal aanbiedingen',
    budgetEuros: 'Bedrag in euro’s',
    budget: 'Budget',
    candidatesHeading: 'Kandidaten',
    candidateTitle: 'Naam',
    candidateType: 'Thema',
    candidateCapacity: 'Aantal scholen (capaciteit)',
    candidateCost: 'Kosten (euro)',
    candidateRemove: (title: string) => `Verwijder kandidaat ${title}`,
    addCandidate: 'Kandidaat toevoegen',
    existingLabel: 'Bestaand aanbod (id), optioneel',
    run: 'Doorrekenen',
    runProblems: 'Het scenario is niet doorgerekend',
    saveProblems: 'Het scenario is niet bewaard',
    countBudget: 'moet een geheel aantal van 1 tot en met 50 zijn, zoals 2',
    candidateField: (n: number, label: string) => `Kandidaat ${n}, ${label.toLowerCase()}`,
    running: 'Bezig met rekenen…',
    resultHeading: 'Voorstel',
    resultCaption: 'Stappen van het voorstel, met wat elke stap erbij dekt',
    colStep: 'Stap',
    colCandidate: 'Kandidaat',
    colGain: 'Extra gedekt',
    colCumulative: 'Totaal gedekt',
    colCost: 'Kosten',
    colSchoolsReached: 'Scholen',
    shareChange: (before: number | null, after: number | null) =>
      `Gedekt aandeel van de behoefte: ${pct(before, 'nl-NL')} → ${pct(after, 'nl-NL')}.`,
    nothing: 'Geen kandidaat dekt onvervulde behoefte binnen dit budget.',
    name: 'Naam van het scenario',
    save: 'Scenario bewaren',
    saved: (name: string) => `Bewaard: ${name}.`,
    savedHeading: 'Bewaarde scenario’s',
    savedCaption: 'Bewaarde scenario’s; vink aan om te vergelijken en te downloaden',
    savedNone: 'Nog geen bewaarde scenario’s.',
    colName: 'Scenario',
    colBudget: 'Budget',
    colMode: 'Methode',
    colValue: 'Gedekt',
    colAfter: 'Gedekt aandeel na',
    compare: (name: string) => `Vergelijk ${name}`,
    exportSelected: 'Download geselecteerde (Excel)',
    exportCsv: (name: string) => `CSV ${name} downloaden`,
    colActions: 'Downloaden en verwijderen',
    remove: 'Verwijderen',
    removeNamed: (name: string) => `Verwijderen: ${name}`,
    removed: (name: string) => `Verwijderd: ${name}.`,
    csv: 'CSV',
    mode: {
      EXACT: 'exact',
      GREEDY: 'stap voor stap (≥ 63 %)',
      GREEDY_BUDGETED: 'stap voor stap per euro (≥ 32 %)',
    } as Record<string, string>,
    budgetText: (kind: string, budget: number) =>
      kind === 'COUNT' ? `${budget} aanbiedingen` : `€ ${num(budget, 'nl-NL')}`,
  },
};

export type NeedsMessages = typeof needsNl;

export const needsEn: NeedsMessages = {
  heading: 'Where is help needed most?',
  intro:
    'Per school and theme an estimated need (pupils for whom this help is needed) and how much of it offerings cover. Largest unmet need first.',
  loading: 'Computing the needs…',
  summary: (share: number | null, unmet: number) =>
    `${pct(share, 'en-GB')} of the weighted need is covered; unmet: ${num(unmet, 'en-GB')}.`,
  profilesAll: 'All schools’ needs profiles count.',
  profilesPublic:
    'Only needs profiles schools made public count; sign in as an officer of this municipality for all.',
  themesHeading: 'Themes with the largest unmet need',
  themesCaption: 'Unmet need per theme, largest first',
  schoolsHeading: 'Schools with the largest unmet need',
  schoolsCaption: 'Unmet need per school, largest first (the list for the map)',
  colTheme: 'Theme',
  colSchool: 'School',
  colNeed: 'Need',
  colUnmet: 'Unmet',
  colCovered: 'Covered',
  colSchools: 'Schools with unmet need',
  colBiggest: 'Largest unmet theme',
  colSource: 'Source',
  source: {
    PROFILE: 'needs profile',
    PROFILE_NOT_LISTED: 'needs profile',
    SCHOOLWEGING: 'schoolweging',
    ACHTERSTANDSSCORE: 'achterstandsscore (CBS)',
    AREA_AVERAGE: 'municipality mean',
    DEFAULT: 'assumed',
    NOT_APPLICABLE: 'n/a',
  },
  showAll: (n: number) => `Show all ${n} schools`,
  showFewer: 'Show fewer',
  mapHeading: 'Map: unmet need per school',
  mapLabel: (name: string) => `Map of ${name}: schools coloured by unmet need`,
  mapHint: 'The table of schools above holds the same information as a list.',
  legendUnmet: (from: number, to: number | null) =>
    from === 0 && to === 0
      ? 'no unmet need'
      : from === 0
        ? to === null
          ? 'more than 0'
          : `more than 0, less than ${num(to, 'en-GB')}`
        : to === null
          ? `${num(from, 'en-GB')} or more`
          : `${num(from, 'en-GB')} to under ${num(to, 'en-GB')}`,
  tooltip: (name: string, unmet: number) => `${name}: unmet ${num(unmet, 'en-GB')}`,
  howHeading: 'How is this computed?',
  explainCell: (school: string, theme: string) => `Computation for ${school}, ${theme}`,
  explainButton: (school: string) => `Explain the computation for ${school}`,
  explainTheme: 'Theme',
  comparisonHeading: 'Covered share of the need, compared',
  comparisonCaption: 'Covered share of the weighted need',
  colArea: 'Area',
  colShare: 'Covered share',
  similarLabel: 'Similar municipalities',
  similarHow: 'How are similar municipalities chosen?',
  percent: (share: number | null | undefined) => pct(share, 'en-GB'),
  number: (x: number) => num(x, 'en-GB'),
  downloadCsv: 'Download needs (CSV)',
  downloadXlsx: 'Download needs (Excel)',
  scenarios: {
    heading: 'What helps most? Scenarios',
    intro:
      'Choose a budget and candidates: existing offerings extending their area into the municipality, or offerings you sketch. Partnerwijzer picks the set that covers the most unmet need, step by step.',
    locked: 'Scenarios are for officers of this municipality and administrators.',
    budgetKind: 'Kind of budget',
    budgetCount: 'Number of offerings',
    budgetEuros: 'Amount in euros',
    budget: 'Budget',
    candidatesHeading: 'Candidates',
    candidateTitle: 'Name',
    candidateType: 'Theme',
    candidateCapacity: 'Number of schools (capacity)',
    candidateCost: 'Cost (euro)',
    candidateRemove: (title: string) => `Remove candidate ${title}`,
    addCandidate: 'Add candidate',
    existingLabel: 'Existing offering (id), optional',
    run: 'Compute',
    runProblems: 'The scenario was not computed',
    saveProblems: 'The scenario was not saved',
    countBudget: 'must be a whole number from 1 to 50, such as 2',
    candidateField: (n: number, label: string) => `Candidate ${n}, ${label.toLowerCase()}`,
    running: 'Computing…',
    resultHeading: 'Proposal',
    resultCaption: 'Steps of the proposal, with what each step adds',
    colStep: 'Step',
    colCandidate: 'Candidate',
    colGain: 'Added',
    colCumulative: 'Total covered',
    colCost: 'Cost',
    colSchoolsReached: 'Schools',
    shareChange: (before: number | null, after: number | null) =>
      `Covered share of the need: ${pct(before, 'en-GB')} → ${pct(after, 'en-GB')}.`,
    nothing: 'No candidate covers unmet need within this budget.',
    name: 'Scenario name',
    save: 'Save scenario',
    saved: (name: string) => `Saved: ${name}.`,
    savedHeading: 'Saved scenarios',
    savedCaption: 'Saved scenarios; tick to compare and download',
    savedNone: 'No saved scenarios yet.',
    colName: 'Scenario',
    colBudget: 'Budget',
    colMode: 'Method',
    colValue: 'Covered',
    colAfter: 'Covered share after',
    compare: (name: string) => `Compare ${name}`,
    exportSelected: 'Download selected (Excel)',
    exportCsv: (name: string) => `CSV download ${name}`,
    colActions: 'Download and delete',
    remove: 'Delete',
    removeNamed: (name: string) => `Delete: ${name}`,
    removed: (name: string) => `Deleted: ${name}.`,
    csv: 'CSV',
    mode: {
      EXACT: 'exact',
      GREEDY: 'step by step (≥ 63 %)',
      GREEDY_BUDGETED: 'step by step per euro (≥ 32 %)',
    },
    budgetText: (kind: string, budget: number) =>
      kind === 'COUNT' ? `${budget} offerings` : `€ ${num(budget, 'en-GB')}`,
  },
};
