import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { appliesToSchoolType, isSchoolType, type MatchEngine } from '@partnerwijzer/domain';
import { type DataSource } from 'typeorm';
import { CSV_BOM } from '../../apps/api/src/modules/municipality-view/coverage-csv.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { Prng } from '../../bench/match/prng.js';
import { splitCsv } from '../../bench/support/csv.js';
import { importRealRegions, REAL_FILES } from '../imports/import-test-support.js';
import { graphql } from '../generated/gql.js';
import type { CoverageQuery } from '../generated/graphql.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

// Shared by the municipality-view suites: the matrix query, a small CSV reader, and the set-up
// of the suites on the real open data.

/** The real provinces, municipalities and DUO schools (../shared/data), imported as the CLI does. */
export async function importRealPlaces(db: DataSource): Promise<void> {
  await importRealRegions(db);
  await importSchools(db, REAL_FILES.schools);
}

/** The suite app's database and matching engine, once withRealPlaces's hook has run. */
export interface RealPlaces {
  db: DataSource;
  engine: MatchEngine;
}

/**
 * The set-up of a suite on the real open data, as a beforeAll hook: the suite app's database
 * gets the real places (importRealPlaces), then `prepare` writes the suite's own rows, then the
 * matching index is synced. The fields are filled in when the hook runs: read them inside hooks
 * and tests.
 */
export function withRealPlaces(
  t: TestApp,
  prepare: (db: DataSource) => Promise<void>,
  timeout: number,
): RealPlaces {
  const real = {} as RealPlaces;
  beforeAll(async () => {
    await importRealPlaces(t.db);
    await prepare(t.db);
    const index = t.app.get(MatchingIndexService);
    await index.syncFromFeed();
    Object.assign(real, { db: t.db, engine: index.engine });
  }, timeout);
  return real;
}

/**
 * Seeded random numbers in [0, 1) (mulberry32), so a failure can be reproduced; a pick; and
 * `some`, each element with probability p, but never none (then one pick).
 */
export function seeded(seed: number) {
  const prng = new Prng(seed);
  const rnd = () => prng.next();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], p: number): T[] => {
    const chosen = xs.filter(() => rnd() < p);
    return chosen.length > 0 ? chosen : [pick(xs)];
  };
  return { rnd, pick, some };
}

export type Coverage = CoverageQuery['municipalityCoverage'];
export type Row = Coverage['schools'][number];
export type Cell = Row['cells'][number];

export const COVERAGE = graphql(`
  query Coverage($code: String!, $sector: SchoolSector) {
    municipalityCoverage(code: $code, sector: $sector) {
      municipality { code name hasBoundary }
      sector interventionTypes
      schools {
        vestigingscode name sector schoolType typesApplicable typesCovered typesCoveredLocally
        cells { interventionType offerings verified local status }
      }
      totals { interventionType gapSchools onlyNationalSchools localSchools notApplicableSchools }
    }
  }`);

/** The need-weighted gaps of a municipality, every field. */
export const NEEDS = `
  query ($code: String!, $sector: SchoolSector) {
    municipalityNeeds(code: $code, sector: $sector) {
      municipality { code name }
      sector schoolYear allProfiles interventionTypes
      need met unmet share
      schools {
        vestigingscode name sector schoolType pupils source intensity need met unmet
        cells { interventionType status need unmet }
      }
      themes { interventionType need met unmet share schoolsWithUnmet }
      comparison {
        own { label need met share shareByType }
        province { label need met share shareByType }
        national { label need met share shareByType }
        similar { label need met share shareByType }
        similarMunicipalities { code name distance share meanIntensity pupils }
        similarRuleNl
      }
      formulaNl formulaEn
    }
  }`;

export const COVERAGE_CSV = graphql(`
  query CoverageCsv($code: String!, $sector: SchoolSector) {
    municipalityCoverageCsv(code: $code, sector: $sector)
  }`);

export const MATCH = graphql(`
  query CoverageMatch($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      totalMatches
      matches { offeringId matchedArea { kind } scoreParts { verified } }
    }
  }`);

/** Reads the `;`-separated CSV the export writes (quotes doubled, CRLF). */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith(CSV_BOM)) throw new Error('CSV lacks the UTF-8 BOM');
  const { rows, rest } = splitCsv(text.slice(CSV_BOM.length), {
    separator: ';',
    lineBreaks: 'crlf',
  });
  if (rest) throw new Error('CSV does not end with CRLF');
  return rows;
}

/**
 * A number cell of a `;` CSV as Dutch Excel reads it: digits, at most one decimal comma. A
 * decimal point (`3560.4`, which Dutch Excel takes for text) fails the test.
 */
export function dutchCsvNumber(cell: string | undefined): number {
  if (!/^-?\d+(,\d+)?$/.test(cell ?? '')) {
    throw new Error(`not a number as Dutch Excel reads it: ${JSON.stringify(cell)}`);
  }
  return Number(cell!.replace(',', '.'));
}

/** The Dutch text of a cell's status in the CSV and XLSX exports. */
export const STATUS_TEXT: Record<Cell['status'], string> = {
  GAP: 'geen aanbod',
  ONLY_NATIONAL: 'alleen landelijk',
  LOCAL: 'lokaal aanbod',
  NOT_APPLICABLE: 'n.v.t.',
};

/** The matrix as the CSV must show it: one line per school, four columns per type. */
export function expectedCsvRows(coverage: Coverage): string[][] {
  return coverage.schools.map((r) => [
    r.vestigingscode,
    /^[=+\-@]/.test(r.name) ? `'${r.name}` : r.name,
    r.sector,
    r.schoolType,
    ...r.cells.flatMap((c) =>
      c.status === 'NOT_APPLICABLE'
        ? ['n.v.t.', 'n.v.t.', 'n.v.t.', 'n.v.t.']
        : [String(c.offerings), String(c.verified), String(c.local), STATUS_TEXT[c.status]],
    ),
  ]);
}

/**
 * Every status follows from the counts and the applicability table: a type that does not apply
 * to the school's type is n.v.t. (never a gap); otherwise gaps are exactly the zero cells.
 */
export function checkStatuses(coverage: Coverage): void {
  for (const row of coverage.schools) {
    expect(row.cells.map((c) => c.interventionType)).toEqual(coverage.interventionTypes);
    const type = isSchoolType(row.schoolType) ? row.schoolType : null;
    for (const c of row.cells) {
      const applies = appliesToSchoolType(c.interventionType, type);
      expect(c.status === 'NOT_APPLICABLE').toBe(!applies);
      if (!applies) continue;
      expect(c.status === 'GAP').toBe(c.offerings === 0);
      expect(c.status === 'ONLY_NATIONAL').toBe(c.offerings > 0 && c.local === 0);
      expect(c.verified).toBeLessThanOrEqual(c.offerings);
      expect(c.local).toBeLessThanOrEqual(c.offerings);
    }
    const applicable = row.cells.filter((c) => c.status !== 'NOT_APPLICABLE');
    expect(row.typesApplicable).toBe(applicable.length);
    expect(row.typesCovered).toBe(applicable.filter((c) => c.offerings > 0).length);
    expect(row.typesCoveredLocally).toBe(applicable.filter((c) => c.local > 0).length);
  }
  coverage.interventionTypes.forEach((type, i) => {
    const count = (s: Cell['status']) =>
      coverage.schools.filter((r) => r.cells[i]!.status === s).length;
    expect(coverage.totals[i]).toEqual({
      interventionType: type,
      gapSchools: count('GAP'),
      onlyNationalSchools: count('ONLY_NATIONAL'),
      localSchools: count('LOCAL'),
      notApplicableSchools: count('NOT_APPLICABLE'),
    });
  });
}

export interface XlsxSheet {
  name: string;
  /** Cell values by row and column (strings from the shared strings, numbers as numbers). */
  rows: (string | number | null)[][];
  /** Style id per cell, where one was given. */
  styles: Map<string, number>;
}

export interface XlsxBook {
  files: string[];
  contentTypes: string;
  sheets: XlsxSheet[];
}

/** Parses one XML file strictly (saxes throws on anything not well-formed). */
function xmlElements(
  xml: string,
): { name: string; attributes: Record<string, string>; text: string; depth: number }[] {
  const out: { name: string; attributes: Record<string, string>; text: string; depth: number }[] =
    [];
  const stack: { name: string; attributes: Record<string, string>; text: string; depth: number }[] =
    [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      depth: stack.length,
    };
    out.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return out;
}

const columnIndex = (ref: string): number =>
  [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The workbook an XLSX export query answered as base64 in its field `field`, read with
 * readXlsx once the answer is checked to carry no errors.
 */
export function answeredXlsx<F extends string>(
  res: GqlResponse<Record<F, string>>,
  field: F,
): XlsxBook {
  expect(res.errors).toBeUndefined();
  return readXlsx(res.data![field]);
}

/** The names of a workbook's sheets, in order. */
export const sheetNames = (book: XlsxBook): string[] => book.sheets.map((s) => s.name);

/** Reads a base64 .xlsx: unzips it, checks every XML part parses, returns the sheets' cells. */
export function readXlsx(base64: string): XlsxBook {
  const zip = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  const text = (path: string): string => {
    const bytes = zip[path];
    if (!bytes) throw new Error(`xlsx lacks ${path}`);
    return strFromU8(bytes);
  };
  for (const path of Object.keys(zip)) if (/\.(xml|rels)$/.test(path)) xmlElements(text(path));
  const shared = xmlElements(text('xl/sharedStrings.xml'))
    .filter((e) => e.name === 'si' || e.name === 't')
    .reduce<string[]>((list, e) => {
      if (e.name === 'si') list.push('');
      else list[list.length - 1] += e.text;
      return list;
    }, []);
  const rels = new Map(
    xmlElements(text('xl/_rels/workbook.xml.rels'))
      .filter((e) => e.name === 'Relationship')
      .map((e) => [e.attributes.Id!, e.attributes.Target!]),
  );
  const sheets = xmlElements(text('xl/workbook.xml'))
    .filter((e) => e.name === 'sheet')
    .map((sheet): XlsxSheet => {
      const path = `xl/${rels.get(sheet.attributes['r:id']!)}`;
      const rows: (string | number | null)[][] = [];
      const styles = new Map<string, number>();
      let cell: { ref: string; type?: string } | null = null;
      for (const e of xmlElements(text(path))) {
        if (e.name === 'c') {
          cell = { ref: e.attributes.r!, type: e.attributes.t };
          if (e.attributes.s !== undefined) styles.set(cell.ref, Number(e.attributes.s));
        } else if (e.name === 'v' && cell) {
          const r = Number(/\d+$/.exec(cell.ref)![0]) - 1;
          const c = columnIndex(cell.ref);
          while (rows.length <= r) rows.push([]);
          const row = rows[r]!;
          while (row.length < c) row.push(null);
          row[c] = cell.type === 's' ? shared[Number(e.text)]! : Number(e.text);
        }
      }
      return { name: sheet.attributes.name!, rows, styles };
    });
  return { files: Object.keys(zip), contentTypes: text('[Content_Types].xml'), sheets };
}

/** The headers of the coalition workbook's "Per partner" and "Per school" sheets (decision 0018). */
export const COALITION_COUNT_HEADERS = {
  partner: [
    'partner',
    'scholen in contactaanvragen',
    'contactaanvragen',
    'vastgelegde samenwerkingen',
  ],
  school: [
    'vestigingscode',
    'school',
    'partners in contactaanvragen',
    'contactaanvragen',
    'vastgelegde samenwerkingen',
  ],
};
