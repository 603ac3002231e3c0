import { CSV_BOM } from '../../apps/api/src/modules/municipality-view/coverage-csv.js';

// Shared by the municipality-view suites: the matrix query and a small CSV reader.

export interface Cell {
  interventionType: string;
  offerings: number;
  verified: number;
  local: number;
  status: 'GAP' | 'ONLY_NATIONAL' | 'LOCAL';
}

export interface Row {
  vestigingscode: string;
  name: string;
  sector: string;
  schoolType: string;
  typesCovered: number;
  typesCoveredLocally: number;
  cells: Cell[];
}

export interface Coverage {
  municipality: { code: string; name: string; hasBoundary: boolean };
  sector: string | null;
  interventionTypes: string[];
  schools: Row[];
  totals: {
    interventionType: string;
    gapSchools: number;
    onlyNationalSchools: number;
    localSchools: number;
  }[];
}

export const COVERAGE = `
  query Coverage($code: String!, $sector: SchoolSector) {
    municipalityCoverage(code: $code, sector: $sector) {
      municipality { code name hasBoundary }
      sector interventionTypes
      schools {
        vestigingscode name sector schoolType typesCovered typesCoveredLocally
        cells { interventionType offerings verified local status }
      }
      totals { interventionType gapSchools onlyNationalSchools localSchools }
    }
  }`;

export const COVERAGE_CSV = `
  query Csv($code: String!, $sector: SchoolSector) {
    municipalityCoverageCsv(code: $code, sector: $sector)
  }`;

export const MATCH = `
  query Match($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      totalMatches
      matches { offeringId matchedArea { kind } scoreParts { verified } }
    }
  }`;

export interface MatchAnswer {
  matchPartners: {
    totalMatches: number;
    matches: {
      offeringId: string;
      matchedArea: { kind: string };
      scoreParts: { verified: number };
    }[];
  };
}

/** Reads the `;`-separated CSV the export writes (quotes doubled, CRLF). */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith(CSV_BOM)) throw new Error('CSV lacks the UTF-8 BOM');
  const body = text.slice(CSV_BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

const STATUS_TEXT = {
  GAP: 'geen aanbod',
  ONLY_NATIONAL: 'alleen landelijk',
  LOCAL: 'lokaal aanbod',
};

/** The matrix as the CSV must show it: one line per school, four columns per type. */
export function expectedCsvRows(coverage: Coverage): string[][] {
  return coverage.schools.map((r) => [
    r.vestigingscode,
    /^[=+\-@]/.test(r.name) ? `'${r.name}` : r.name,
    r.sector,
    r.schoolType,
    ...r.cells.flatMap((c) => [
      String(c.offerings),
      String(c.verified),
      String(c.local),
      STATUS_TEXT[c.status],
    ]),
  ]);
}

/** Every status follows from the counts; gaps are exactly the zero cells. */
export function checkStatuses(coverage: Coverage): void {
  for (const row of coverage.schools) {
    expect(row.cells.map((c) => c.interventionType)).toEqual(coverage.interventionTypes);
    for (const c of row.cells) {
      expect(c.status === 'GAP').toBe(c.offerings === 0);
      expect(c.status === 'ONLY_NATIONAL').toBe(c.offerings > 0 && c.local === 0);
      expect(c.verified).toBeLessThanOrEqual(c.offerings);
      expect(c.local).toBeLessThanOrEqual(c.offerings);
    }
    expect(row.typesCovered).toBe(row.cells.filter((c) => c.offerings > 0).length);
    expect(row.typesCoveredLocally).toBe(row.cells.filter((c) => c.local > 0).length);
  }
  coverage.interventionTypes.forEach((type, i) => {
    const count = (s: Cell['status']) =>
      coverage.schools.filter((r) => r.cells[i]!.status === s).length;
    expect(coverage.totals[i]).toEqual({
      interventionType: type,
      gapSchools: count('GAP'),
      onlyNationalSchools: count('ONLY_NATIONAL'),
      localSchools: count('LOCAL'),
    });
  });
}
