import {
  COLLABORATION_STATUS_LABELS,
  INTERVENTION_TYPES,
  type InterventionCode,
  type MetStatus,
  type NeedSource,
} from '@partnerwijzer/domain';
import type {
  CoalitionRecordLine,
  MunicipalityCoalitionsModel,
} from '../models/coalition.model.js';
import type { CoverageStatus, MunicipalityCoverageModel } from '../models/coverage.model.js';
import type { MunicipalityNeedsModel } from '../models/needs.model.js';
import type { ScenarioModel, ScenarioResultModel } from '../models/scenario.model.js';

// The exports as plain tables, so the CSV and the XLSX of one view hold the same cells.

export type TableCell = string | number | null;

export interface Table {
  /** Worksheet name (XLSX). */
  name: string;
  header: string[];
  rows: TableCell[][];
  /** Cells to make stand out (XLSX), by data-row and column index. */
  emphasise?: (row: number, column: number) => boolean;
}

export const STATUS_TEXT: Record<CoverageStatus, string> = {
  GAP: 'geen aanbod',
  ONLY_NATIONAL: 'alleen landelijk',
  LOCAL: 'lokaal aanbod',
  NOT_APPLICABLE: 'n.v.t.',
};

/** What a not-applicable cell shows, in every view and export. */
export const NA = 'n.v.t.';

export const COLLABORATION_STATUS_TEXT: Record<string, string> = {
  ACCEPTED: 'geaccepteerd',
  IN_CONVERSATION: 'in gesprek',
  STARTED: 'gestart',
};

export const interventionLabel = (code: InterventionCode): string =>
  INTERVENTION_TYPES.find((t) => t.code === code)?.labelNl ?? code;

/** A per-school table: its own columns, then the same block of columns per intervention type. */
interface SchoolMatrix<C> {
  name: string;
  header: string[];
  typeHeader: (label: string) => string[];
  codes: readonly InterventionCode[];
  schools: readonly { fixed: TableCell[]; cells: readonly C[] }[];
  typeCells: (cell: C) => TableCell[];
  /** In every type's block, this column stands out where it reads this text. */
  flag: { column: number; text: string };
}

function schoolMatrix<C extends { status: string }>(m: SchoolMatrix<C>): Table {
  const start = m.header.length;
  const width = m.typeHeader('').length;
  const header = [...m.header, ...m.codes.flatMap((code) => m.typeHeader(interventionLabel(code)))];
  const rows = m.schools.map((s) => [
    ...s.fixed,
    // A type that does not apply to the school: "n.v.t." in every column, never a gap.
    ...s.cells.flatMap((c) =>
      c.status === 'NOT_APPLICABLE' ? Array<TableCell>(width).fill(NA) : m.typeCells(c),
    ),
  ]);
  return {
    name: m.name,
    header,
    rows,
    emphasise: (r, c) =>
      c >= start && (c - start) % width === m.flag.column && rows[r]?.[c] === m.flag.text,
  };
}

/**
 * The matrix: one row per school, in the order of the matrix; per intervention type four
 * columns (offerings, verified, local, status in words). Gap statuses stand out.
 */
export function coverageTable(coverage: MunicipalityCoverageModel): Table {
  return schoolMatrix({
    name: 'Dekking',
    header: ['vestigingscode', 'naam', 'sector', 'schooltype'],
    typeHeader: (label) => [
      `${label}: aanbod`,
      `${label}: geverifieerd`,
      `${label}: lokaal`,
      `${label}: status`,
    ],
    codes: coverage.interventionCodes,
    schools: coverage.schools.map((row) => ({
      fixed: [row.vestigingscode, row.name, row.sector, row.schoolType],
      cells: row.cells,
    })),
    typeCells: (cell) => [cell.offerings, cell.verified, cell.local, STATUS_TEXT[cell.status]],
    flag: { column: 3, text: STATUS_TEXT.GAP },
  });
}

/** One row per intervention type: its name, then its figures under `columns`. */
function perTypeTable<T extends { interventionType: InterventionCode }>(
  name: string,
  columns: string[],
  types: readonly T[],
  figures: (t: T) => TableCell[],
): Table {
  return {
    name,
    header: ['interventiesoort', ...columns],
    rows: types.map((t) => [interventionLabel(t.interventionType), ...figures(t)]),
  };
}

/** Per intervention type: schools without any offering, with national only, with local. */
export function coverageTotalsTable(coverage: MunicipalityCoverageModel): Table {
  return perTypeTable(
    'Totalen',
    [
      'scholen zonder aanbod',
      'alleen landelijk',
      'lokaal aanbod',
      'n.v.t. (geldt niet voor de sector)',
    ],
    coverage.totals,
    (t) => [t.gapSchools, t.onlyNationalSchools, t.localSchools, t.notApplicableSchools],
  );
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** What a line of the coalition downloads is: a recorded collaboration or a contact request. */
export const COALITION_KIND_TEXT = {
  record: 'vastgelegde samenwerking',
  request: 'contactaanvraag',
} as const;

/**
 * Every collaboration once, as the page lists them: first the records (newest first; their
 * schools and partners joined, their title as the offering), then the contact requests that did
 * not become a record (school, partner, offering). The first column says which a line is.
 */
export function coalitionsTable(
  coalitions: MunicipalityCoalitionsModel,
  records: readonly CoalitionRecordLine[],
): Table {
  return {
    name: 'Samenwerkingen',
    header: [
      'soort',
      'vestigingscode',
      'school',
      'partner',
      'aanbod',
      'status',
      'sinds',
      'bijgewerkt',
    ],
    rows: [
      ...records.map((r) => [
        COALITION_KIND_TEXT.record,
        r.vestigingscodes.join(', '),
        r.schoolNames.join(', '),
        r.partnerNames.join(', '),
        r.title,
        COLLABORATION_STATUS_LABELS[r.status].nl.toLowerCase(),
        r.startsOn,
        day(r.updatedAt),
      ]),
      ...coalitions.collaborations.map((c) => [
        COALITION_KIND_TEXT.request,
        c.vestigingscode,
        c.schoolName,
        c.organisationName,
        c.offeringTitle,
        COLLABORATION_STATUS_TEXT[c.status] ?? c.status,
        day(c.since),
        day(c.updatedAt),
      ]),
    ],
  };
}

/** The column of the "Per partner" and "Per school" sheets that counts the records. */
export const RECORDS_COLUMN = 'vastgelegde samenwerkingen';

/** How many records name each key (a record counts once per key it names). */
function recordsPer(
  keysOf: (r: CoalitionRecordLine) => readonly string[],
  records: readonly CoalitionRecordLine[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of records.flatMap(keysOf)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * The page's rows (`fromRequests`, in the page's order) with the records each has, then one row
 * per key that only records name, by name: the counts of both kinds, each in a column of its own.
 */
function withRecords(
  fromRequests: readonly { key: string; row: TableCell[] }[],
  records: ReadonlyMap<string, number>,
  onlyRecords: (key: string) => TableCell[],
  nameOf: (key: string) => string,
): TableCell[][] {
  const listed = new Set(fromRequests.map((x) => x.key));
  const rest = [...records.keys()]
    .filter((key) => !listed.has(key))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'nl') || a.localeCompare(b));
  return [
    ...fromRequests.map(({ key, row }) => [...row, records.get(key) ?? 0]),
    ...rest.map((key) => [...onlyRecords(key), records.get(key)!]),
  ];
}

/**
 * Per partner: the contact requests (as the page's "Contactaanvragen per partner": how many, with
 * how many different schools) and, in a column of their own, the recorded collaborations it is a
 * party to. A partner with records only follows the page's partners.
 */
export function coalitionsByPartnerTable(
  coalitions: MunicipalityCoalitionsModel,
  records: readonly CoalitionRecordLine[],
): Table {
  const names = new Map(
    records.flatMap((r) => r.organisationIds.map((id, i) => [id, r.partnerNames[i] ?? id])),
  );
  return {
    name: 'Per partner',
    header: ['partner', 'scholen in contactaanvragen', 'contactaanvragen', RECORDS_COLUMN],
    rows: withRecords(
      coalitions.byPartner.map((p) => ({
        key: p.organisationId,
        row: [p.organisationName, p.schools, p.collaborations.length],
      })),
      recordsPer((r) => r.organisationIds, records),
      (id) => [names.get(id) ?? id, 0, 0],
      (id) => names.get(id) ?? id,
    ),
  };
}

/**
 * Per school of the municipality: the contact requests (as the page's "Contactaanvragen per
 * school": how many, with how many different partners) and, in a column of their own, the
 * recorded collaborations it is a party to. A school with records only follows the page's schools.
 */
export function coalitionsBySchoolTable(
  coalitions: MunicipalityCoalitionsModel,
  records: readonly CoalitionRecordLine[],
): Table {
  const names = new Map(
    records.flatMap((r) => r.vestigingscodes.map((v, i) => [v, r.schoolNames[i] ?? v])),
  );
  return {
    name: 'Per school',
    header: [
      'vestigingscode',
      'school',
      'partners in contactaanvragen',
      'contactaanvragen',
      RECORDS_COLUMN,
    ],
    rows: withRecords(
      coalitions.bySchool.map((s) => ({
        key: s.vestigingscode,
        row: [s.vestigingscode, s.schoolName, s.partners, s.collaborations.length],
      })),
      recordsPer((r) => r.schoolsHere, records),
      (v) => [v, names.get(v) ?? v, 0, 0],
      (v) => names.get(v) ?? v,
    ),
  };
}

// ---- Need-weighted gaps (libs/domain/src/needs/README.md) ----

export const MET_TEXT: Record<MetStatus, string> = {
  LOCAL: 'lokaal gedekt',
  ONLY_NATIONAL: 'alleen landelijk',
  NONE: 'geen aanbod',
  NOT_APPLICABLE: NA,
};

const SOURCE_TEXT: Record<NeedSource, string> = {
  NOT_APPLICABLE: NA,
  PROFILE: 'behoefteprofiel',
  PROFILE_NOT_LISTED: 'behoefteprofiel',
  SCHOOLWEGING: 'schoolweging',
  ACHTERSTANDSSCORE: 'achterstandsscore CBS 2019',
  AREA_AVERAGE: 'gemiddelde gemeente',
  DEFAULT: 'aangenomen',
};

/** One row per school, largest unmet need first; per type need, status and unmet need. */
export function needsSchoolsTable(n: MunicipalityNeedsModel): Table {
  const header = [
    'vestigingscode',
    'naam',
    'sector',
    'schooltype',
    'leerlingen',
    'bron behoefte',
    'behoefte',
    'gedekt',
    'onvervuld',
  ];
  return schoolMatrix({
    name: 'Behoefte per school',
    header,
    typeHeader: (label) => [`${label}: behoefte`, `${label}: dekking`, `${label}: onvervuld`],
    codes: n.interventionCodes,
    schools: n.schools.map((s) => ({
      fixed: [
        s.vestigingscode,
        s.name,
        s.sector,
        s.schoolType,
        s.pupils,
        SOURCE_TEXT[s.source],
        s.need,
        s.met,
        s.unmet,
      ],
      cells: s.cells,
    })),
    typeCells: (c) => [c.need, MET_TEXT[c.status], c.unmet],
    flag: { column: 1, text: MET_TEXT.NONE },
  });
}

/** Per theme, largest unmet need first. */
export function needsThemesTable(n: MunicipalityNeedsModel): Table {
  return perTypeTable(
    'Behoefte per thema',
    ['behoefte', 'gedekt', 'onvervuld', 'gedekt aandeel', 'scholen met onvervulde behoefte'],
    n.themes,
    (t) => [t.need, t.met, t.unmet, t.share, t.schoolsWithUnmet],
  );
}

/**
 * The comparison: this municipality, province, country, similar municipalities. The first two
 * say what kind of area they are, as on the page: a municipality can share its name with its
 * province (Groningen, Utrecht), and two rows "Groningen" would not say which is which.
 */
export function needsComparisonTable(n: MunicipalityNeedsModel): Table {
  const c = n.comparison;
  const header = ['gebied', 'behoefte', 'gedekt', 'gedekt aandeel'];
  for (const code of n.interventionCodes) header.push(`${interventionLabel(code)}: gedekt aandeel`);
  const line = (s: typeof c.own, label = s.label): TableCell[] => [
    label,
    s.need,
    s.met,
    s.share,
    ...s.shareByType.map((x) => (x < 0 ? null : x)),
  ];
  return {
    name: 'Vergelijking',
    header,
    rows: [
      line(c.own, `${c.own.label} (deze gemeente)`),
      line(c.province, `Provincie ${c.province.label}`),
      line(c.national),
      line(c.similar),
      ...c.similarMunicipalities.map((m): TableCell[] => [
        `vergelijkbaar: ${m.name}`,
        null,
        null,
        m.share,
      ]),
    ],
  };
}

/** "Hoe wordt dit berekend?" as a sheet. */
export function needsFormulaTable(n: MunicipalityNeedsModel): Table {
  return {
    name: 'Hoe berekend',
    header: ['uitleg'],
    rows: [...n.formulaNl, n.comparison.similarRuleNl].map((line) => [line]),
  };
}

// ---- Programming scenarios ----

const MODE_TEXT: Record<string, string> = {
  EXACT: 'exact (best mogelijk)',
  GREEDY: 'stap voor stap (≥ 63 % van het beste)',
  GREEDY_BUDGETED: 'stap voor stap per euro (≥ 32 % van het beste)',
};

/** Saved scenarios side by side. */
export function scenariosComparisonTable(list: readonly ScenarioModel[]): Table {
  return {
    name: 'Vergelijking scenario’s',
    header: [
      'scenario',
      'budget',
      'soort budget',
      'methode',
      'gedekte onvervulde behoefte',
      'onvervuld vooraf',
      'onvervuld na',
      'gedekt aandeel vooraf',
      'gedekt aandeel na',
      'uitgegeven (euro)',
      'stappen',
      'gemaakt door',
      'gemaakt op',
    ],
    rows: list.map((s) => [
      s.name,
      s.budget,
      s.budgetKind === 'COUNT' ? 'aantal aanbiedingen' : 'euro',
      MODE_TEXT[s.result.mode] ?? s.result.mode,
      s.result.value,
      s.result.unmetBefore,
      s.result.unmetAfter,
      s.result.shareBefore,
      s.result.shareAfter,
      s.result.spentEur,
      s.result.steps.length,
      s.createdByLabel,
      new Date(s.createdAt).toISOString().slice(0, 10),
    ]),
  };
}

/** The steps of one scenario, with their marginal gains. */
export function scenarioStepsTable(name: string, result: ScenarioResultModel): Table {
  return {
    name,
    header: [
      'stap',
      'kandidaat',
      'interventiesoorten',
      'scholen',
      'winst',
      'cumulatief',
      'kosten (euro)',
    ],
    rows: result.steps.map((s, i) => [
      i + 1,
      s.label,
      s.interventionCodes.map(interventionLabel).join(', '),
      s.schoolsReached,
      s.gain,
      s.cumulative,
      s.costEur,
    ]),
  };
}
