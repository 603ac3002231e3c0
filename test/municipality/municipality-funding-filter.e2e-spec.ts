import { suiteTestApp } from '../support/test-app.js';
import { dutchCsvNumber, parseCsv, readXlsx } from './coverage-support.js';

// The municipality view narrowed to offerings that name a funding route: every cell must be
// what matchPartners gives with the same funding filter, the needs and the areas list follow
// the same filter, and a route nobody names leaves only gaps.
const COVERAGE = `
  query ($code: String!, $f: [FundingRouteCode!]) {
    municipalityCoverage(code: $code, fundingRoutes: $f) {
      fundingRoutes
      schools { vestigingscode cells { interventionType offerings local status } }
    }
  }`;
const MATCH = `
  query ($input: MatchPartnersInput!) {
    matchPartners(input: $input) { totalMatches matches { matchedArea { kind } } }
  }`;
const NEEDS = `
  query ($code: String!, $f: [FundingRouteCode!]) {
    municipalityNeeds(code: $code, fundingRoutes: $f) { fundingRoutes met unmet need }
  }`;
const AREAS = `
  query ($code: String!, $f: [FundingRouteCode!]) {
    municipalityOfferingAreas(code: $code, fundingRoutes: $f) { fundingRoutes totalCount }
  }`;
const CSV = `
  query ($code: String!, $f: [FundingRouteCode!]) {
    municipalityCoverageCsv(code: $code, fundingRoutes: $f)
  }`;

interface Coverage {
  municipalityCoverage: {
    fundingRoutes: string[];
    schools: {
      vestigingscode: string;
      cells: { interventionType: string; offerings: number; local: number; status: string }[];
    }[];
  };
}

describe('municipality view filtered by funding route (demo data)', () => {
  const t = suiteTestApp();

  const coverage = async (f?: string[]) => {
    const res = await t.gql<Coverage>(COVERAGE, { code: 'GM0606', f });
    expect(res.errors).toBeUndefined();
    return res.data!.municipalityCoverage;
  };
  const total = (m: Coverage['municipalityCoverage']) =>
    m.schools.reduce((n, s) => n + s.cells.reduce((k, c) => k + c.offerings, 0), 0);

  it('counts per cell what matchPartners finds with the same funding filter', async () => {
    const all = await coverage();
    const npo = await coverage(['NPO', 'NPO']);
    expect(all.fundingRoutes).toEqual([]);
    expect(npo.fundingRoutes).toEqual(['NPO']);
    // The filter must bite on the demo data, or the comparison below proves little.
    expect(total(npo)).toBeGreaterThan(0);
    expect(total(npo)).toBeLessThan(total(all));
    for (const row of npo.schools.slice(0, 4)) {
      for (const cell of row.cells) {
        if (cell.status === 'NOT_APPLICABLE') continue;
        const res = await t.gql<{
          matchPartners: { totalMatches: number; matches: { matchedArea: { kind: string } }[] };
        }>(MATCH, {
          input: {
            vestigingscode: row.vestigingscode,
            needs: [{ code: cell.interventionType }],
            filters: { fundingRoutes: ['NPO'] },
            limit: 100,
          },
        });
        expect(res.errors).toBeUndefined();
        const where = `${row.vestigingscode} × ${cell.interventionType}`;
        expect({ where, offerings: cell.offerings, local: cell.local }).toEqual({
          where,
          offerings: res.data!.matchPartners.totalMatches,
          local: res.data!.matchPartners.matches.filter((m) => m.matchedArea.kind !== 'NATIONAL')
            .length,
        });
      }
    }
  }, 120_000);

  it('leaves only gaps for a route no offering names, in the matrix and its CSV', async () => {
    const none = await coverage(['SAMENWERKINGSVERBAND']);
    expect(total(none)).toBe(0);
    expect(none.schools.flatMap((s) => s.cells.map((c) => c.status))).not.toContain('LOCAL');
    const csv = await t.gql<{ municipalityCoverageCsv: string }>(CSV, {
      code: 'GM0606',
      f: ['SAMENWERKINGSVERBAND'],
    });
    const rows = parseCsv(csv.data!.municipalityCoverageCsv).slice(1);
    expect(rows.length).toBe(none.schools.length);
    expect(rows.flat()).not.toContain('lokaal aanbod');
  });

  it('narrows the needs figures and the list of local offerings the same way', async () => {
    const needs = async (f?: string[]) =>
      (
        await t.gql<{ municipalityNeeds: { fundingRoutes: string[]; met: number; need: number } }>(
          NEEDS,
          { code: 'GM0606', f },
        )
      ).data!.municipalityNeeds;
    const all = await needs();
    const none = await needs(['SAMENWERKINGSVERBAND']);
    expect(none.fundingRoutes).toEqual(['SAMENWERKINGSVERBAND']);
    expect(none.need).toBe(all.need);
    expect(all.met).toBeGreaterThan(0);
    expect(none.met).toBe(0);
    const areas = async (f?: string[]) =>
      (
        await t.gql<{ municipalityOfferingAreas: { fundingRoutes: string[]; totalCount: number } }>(
          AREAS,
          { code: 'GM0606', f },
        )
      ).data!.municipalityOfferingAreas;
    expect((await areas()).totalCount).toBeGreaterThan(0);
    expect((await areas(['SAMENWERKINGSVERBAND'])).totalCount).toBe(0);
  });

  it('writes into the needs CSV and XLSX the figures the needs view shows with the same routes', async () => {
    const SCREEN = `
      query ($code: String!, $f: [FundingRouteCode!]) {
        municipalityNeeds(code: $code, fundingRoutes: $f) {
          met schools { vestigingscode need met unmet } themes { unmet }
        }
      }`;
    type Screen = {
      municipalityNeeds: {
        met: number;
        schools: { vestigingscode: string; need: number; met: number; unmet: number }[];
        themes: { unmet: number }[];
      };
    };
    const screen = async (f?: string[]) => {
      const res = await t.gql<Screen>(SCREEN, { code: 'GM0606', f });
      expect(res.errors).toBeUndefined();
      return res.data!.municipalityNeeds;
    };
    const all = await screen();
    const npo = await screen(['NPO']);
    // The filter must change the figures, or equal files would prove nothing.
    expect(npo.met).toBeGreaterThan(0);
    expect(npo.met).toBeLessThan(all.met);

    const files = await t.gql<{ csv: string; xlsx: string }>(
      `query ($code: String!, $f: [FundingRouteCode!]) {
        csv: municipalityNeedsCsv(code: $code, fundingRoutes: $f)
        xlsx: municipalityNeedsXlsx(code: $code, fundingRoutes: $f)
      }`,
      { code: 'GM0606', f: ['NPO'] },
    );
    expect(files.errors).toBeUndefined();
    const rows = parseCsv(files.data!.csv).slice(1);
    expect(
      rows.map((r) => ({
        vestigingscode: r[0],
        need: dutchCsvNumber(r[6]),
        met: dutchCsvNumber(r[7]),
        unmet: dutchCsvNumber(r[8]),
      })),
    ).toEqual(npo.schools);
    const book = readXlsx(files.data!.xlsx);
    expect(book.sheets[0]!.rows.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual(
      npo.schools.map((s) => [s.vestigingscode, s.met, s.unmet]),
    );
    expect(book.sheets[1]!.rows.slice(1).map((r) => r[3])).toEqual(npo.themes.map((x) => x.unmet));
  }, 60_000);

  it('refuses an unknown route as bad input', async () => {
    const res = await t.gql(COVERAGE, { code: 'GM0606', f: ['LOTERIJ'] });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
