import { INTERVENTION_TYPES, type InterventionCode } from '@partnerwijzer/domain';
import type { MunicipalityCoalitionsModel } from '../models/coalition.model.js';
import type { CoverageStatus, MunicipalityCoverageModel } from '../models/coverage.model.js';

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

/**
 * The matrix: one row per school, in the order of the matrix; per intervention type four
 * columns (offerings, verified, local, status in words). Gap statuses stand out.
 */
export function coverageTable(coverage: MunicipalityCoverageModel): Table {
  const header = ['vestigingscode', 'naam', 'sector', 'schooltype'];
  for (const code of coverage.interventionTypes) {
    const label = interventionLabel(code);
    header.push(
      `${label}: aanbod`,
      `${label}: geverifieerd`,
      `${label}: lokaal`,
      `${label}: status`,
    );
  }
  const rows = coverage.schools.map((row) => {
    const line: TableCell[] = [row.vestigingscode, row.name, row.sector, row.schoolType];
    for (const cell of row.cells) {
      // A type that does not apply to the school: "n.v.t." in every column, never a gap.
      if (cell.status === 'NOT_APPLICABLE') line.push(NA, NA, NA, NA);
      else line.push(cell.offerings, cell.verified, cell.local, STATUS_TEXT[cell.status]);
    }
    return line;
  });
  return {
    name: 'Dekking',
    header,
    rows,
    emphasise: (r, c) => c >= 4 && (c - 4) % 4 === 3 && rows[r]?.[c] === STATUS_TEXT.GAP,
  };
}

/** Per intervention type: schools without any offering, with national only, with local. */
export function coverageTotalsTable(coverage: MunicipalityCoverageModel): Table {
  return {
    name: 'Totalen',
    header: [
      'interventiesoort',
      'scholen zonder aanbod',
      'alleen landelijk',
      'lokaal aanbod',
      'n.v.t. (geldt niet voor de sector)',
    ],
    rows: coverage.totals.map((t) => [
      interventionLabel(t.interventionType),
      t.gapSchools,
      t.onlyNationalSchools,
      t.localSchools,
      t.notApplicableSchools,
    ]),
  };
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Every collaboration, in the order of the coalition list (school, partner, offering). */
export function coalitionsTable(coalitions: MunicipalityCoalitionsModel): Table {
  return {
    name: 'Samenwerkingen',
    header: ['vestigingscode', 'school', 'partner', 'aanbod', 'status', 'sinds', 'bijgewerkt'],
    rows: coalitions.collaborations.map((c) => [
      c.vestigingscode,
      c.schoolName,
      c.organisationName,
      c.offeringTitle,
      COLLABORATION_STATUS_TEXT[c.status] ?? c.status,
      day(c.since),
      day(c.updatedAt),
    ]),
  };
}

export function coalitionsByPartnerTable(coalitions: MunicipalityCoalitionsModel): Table {
  return {
    name: 'Per partner',
    header: ['partner', 'scholen', 'samenwerkingen'],
    rows: coalitions.byPartner.map((p) => [p.organisationName, p.schools, p.collaborations.length]),
  };
}

export function coalitionsBySchoolTable(coalitions: MunicipalityCoalitionsModel): Table {
  return {
    name: 'Per school',
    header: ['vestigingscode', 'school', 'partners', 'samenwerkingen'],
    rows: coalitions.bySchool.map((s) => [
      s.vestigingscode,
      s.schoolName,
      s.partners,
      s.collaborations.length,
    ]),
  };
}
