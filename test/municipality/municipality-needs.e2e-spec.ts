import {
  appliesToSchoolType,
  explainNeed,
  INTERVENTION_CODES,
  isSchoolType,
  metCredit,
  metStatus,
} from '@partnerwijzer/domain';
import { suiteTestApp } from '../support/test-app.js';
import {
  COVERAGE,
  NEEDS,
  answeredXlsx,
  dutchCsvNumber,
  parseCsv,
  sheetNames,
} from './coverage-support.js';

// Need-weighted gaps on the demo data: the need per cell follows the formula, met-ness follows
// the coverage matrix, n.v.t. is never a gap, the order is largest unmet need first, and the
// exports hold what the page shows.

const TOKEN = 'test-admin-token-needs-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };

interface NeedsAnswer {
  municipality: { code: string; name: string };
  allProfiles: boolean;
  need: number;
  met: number;
  unmet: number;
  share: number | null;
  schools: {
    vestigingscode: string;
    name: string;
    schoolType: string;
    pupils: number | null;
    source: string;
    need: number;
    unmet: number;
    cells: { interventionType: string; status: string; need: number; unmet: number }[];
  }[];
  themes: { interventionType: string; need: number; unmet: number; schoolsWithUnmet: number }[];
  comparison: {
    own: { share: number | null };
    province: { need: number; share: number | null };
    national: { need: number; share: number | null };
    similar: { need: number; share: number | null };
    similarMunicipalities: { code: string }[];
    similarRuleNl: string;
  };
  formulaNl: string[];
}

describe('municipality view: need-weighted gaps (demo data)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN });

  const needs = async (code: string, headers?: Record<string, string>): Promise<NeedsAnswer> => {
    const res = await t.gql<{ municipalityNeeds: NeedsAnswer }>(NEEDS, { code }, headers);
    expect(res.errors).toBeUndefined();
    return res.data!.municipalityNeeds;
  };

  it('follows the formula and the matrix cell by cell, n.v.t. never a gap, largest unmet first', async () => {
    for (const code of ['GM0606', 'GM0402']) {
      const n = await needs(code);
      const m = (await t.gql(COVERAGE, { code })).data!.municipalityCoverage;
      expect(n.schools.map((s) => s.vestigingscode).sort()).toEqual(
        m.schools.map((s) => s.vestigingscode).sort(),
      );
      for (const s of n.schools) {
        const row = m.schools.find((r) => r.vestigingscode === s.vestigingscode)!;
        const type = isSchoolType(s.schoolType) ? s.schoolType : null;
        s.cells.forEach((c, i) => {
          const applies = appliesToSchoolType(INTERVENTION_CODES[i]!, type);
          const cov = row.cells[i]!;
          const status = metStatus(applies, cov.offerings, cov.local);
          expect({ at: `${s.vestigingscode}/${c.interventionType}`, status: c.status }).toEqual({
            at: `${s.vestigingscode}/${c.interventionType}`,
            status,
          });
          // The demo data has no indicators: the need is the default estimate.
          const e = explainNeed({ schoolType: type, pupils: s.pupils }, INTERVENTION_CODES[i]!);
          expect(c.need).toBe(e.weight);
          if (!applies) {
            expect(c.need).toBe(0);
            expect(c.unmet).toBe(0);
            expect(cov.status).toBe('NOT_APPLICABLE');
          } else {
            // Rounded to 0.1.
            expect(Math.abs(c.unmet - e.weight * (1 - metCredit(status)))).toBeLessThanOrEqual(
              0.051,
            );
          }
        });
      }
      for (let i = 1; i < n.schools.length; i++) {
        expect(n.schools[i]!.unmet).toBeLessThanOrEqual(n.schools[i - 1]!.unmet);
      }
      for (let i = 1; i < n.themes.length; i++) {
        expect(n.themes[i]!.unmet).toBeLessThanOrEqual(n.themes[i - 1]!.unmet);
      }
      const need = n.schools.reduce((a, s) => a + s.need, 0);
      expect(n.need).toBeCloseTo(need, 0);
      expect(n.comparison.national.need).toBeGreaterThanOrEqual(n.comparison.province.need);
      expect(n.comparison.province.need).toBeGreaterThanOrEqual(n.need - 0.5);
      expect(n.comparison.similarRuleNl).toMatch(/standaardafwijking/);
      expect(n.comparison.similarMunicipalities.map((x) => x.code)).not.toContain(code);
      expect(n.formulaNl.join(' ')).toMatch(/leerlingen × aandeel × intensiteit/);
      expect(n.allProfiles).toBe(false);
    }
  }, 90_000);

  it('compares a sector with the same sector in the province, the country and similar municipalities', async () => {
    const sectorNeeds = async (code: string, sector: string | null) => {
      const res = await t.gql<{ municipalityNeeds: NeedsAnswer }>(NEEDS, { code, sector });
      expect(res.errors).toBeUndefined();
      return res.data!.municipalityNeeds;
    };
    const tenths = (x: number) => Math.round(x * 10);
    for (const code of ['GM0606', 'GM0014']) {
      const all = await sectorNeeds(code, null);
      const bySector = await Promise.all(['PO', 'VO', 'SO'].map((s) => sectorNeeds(code, s)));
      // Every school is in one sector: the sectors' comparison figures add up to all schools'.
      for (const area of ['own', 'province', 'national', 'similar'] as const) {
        const need = (n: NeedsAnswer) => tenths(area === 'own' ? n.need : n.comparison[area].need);
        expect({ code, area, need: bySector.reduce((a, n) => a + need(n), 0) }).toEqual({
          code,
          area,
          need: need(all),
        });
      }
      // The similar municipalities are chosen on all their schools, whatever the sector.
      for (const n of bySector) {
        expect(n.comparison.similarMunicipalities.map((m) => m.code)).toEqual(
          all.comparison.similarMunicipalities.map((m) => m.code),
        );
      }
    }
    // Groningen is the only demo municipality of its province, with only a primary school: its
    // province compares like for like, down to no secondary schools at all.
    for (const sector of ['PO', 'VO']) {
      const n = await sectorNeeds('GM0014', sector);
      expect({
        sector,
        need: n.comparison.province.need,
        share: n.comparison.province.share,
      }).toEqual({
        sector,
        need: n.need,
        share: n.share,
      });
    }
  }, 90_000);

  it('explains a cell step by step and refuses bad input naming the field', async () => {
    const n = await needs('GM0606');
    const s = n.schools[0]!;
    const res = await t.gql<{
      municipalityNeedExplanation: { need: number; status: string; steps: { textNl: string }[] };
    }>(
      `query ($c: String!, $v: String!) { municipalityNeedExplanation(code: $c, vestigingscode: $v, interventionType: TAAL_LEZEN) { need status steps { textNl } } }`,
      { c: 'GM0606', v: s.vestigingscode },
    );
    expect(res.errors).toBeUndefined();
    const e = res.data!.municipalityNeedExplanation;
    expect(e.need).toBe(s.cells.find((c) => c.interventionType === 'TAAL_LEZEN')!.need);
    expect(e.steps.at(-1)!.textNl).toMatch(/^behoefte = /);
    for (const [vars, field] of [
      [{ c: 'GM06', v: s.vestigingscode }, 'code'],
      [{ c: 'GM0606', v: 'x' }, 'vestigingscode'],
      [{ c: 'GM0606', v: '99ZZ99' }, 'vestigingscode'],
    ] as const) {
      const bad = await t.gql(
        `query ($c: String!, $v: String!) { municipalityNeedExplanation(code: $c, vestigingscode: $v, interventionType: TAAL_LEZEN) { need } }`,
        vars,
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain(field);
    }
  }, 60_000);

  it('counts all profiles for an admin and exports what the page shows (CSV, XLSX)', async () => {
    expect((await needs('GM0606', AUTH)).allProfiles).toBe(true);
    const n = await needs('GM0606');
    const csv = await t.gql<{ municipalityNeedsCsv: string }>(
      `query { municipalityNeedsCsv(code: "GM0606") }`,
    );
    expect(csv.errors).toBeUndefined();
    const [header, ...rows] = parseCsv(csv.data!.municipalityNeedsCsv);
    expect(header!.slice(0, 9)).toEqual([
      'vestigingscode',
      'naam',
      'sector',
      'schooltype',
      'leerlingen',
      'bron behoefte',
      'behoefte',
      'gedekt',
      'onvervuld',
    ]);
    expect(rows.map((r) => r[0])).toEqual(n.schools.map((s) => s.vestigingscode));
    rows.forEach((r, i) => {
      const s = n.schools[i]!;
      // Figures with a decimal comma, as Dutch Excel reads them under `;` (decision 0030).
      expect(dutchCsvNumber(r[8])).toBe(s.unmet);
      s.cells.forEach((c, j) => {
        const [need, status, unmet] = r.slice(9 + j * 3, 12 + j * 3);
        if (c.status === 'NOT_APPLICABLE')
          expect([need, status, unmet]).toEqual(['n.v.t.', 'n.v.t.', 'n.v.t.']);
        else expect(dutchCsvNumber(need)).toBe(c.need);
        expect(unmet === 'n.v.t.' ? 0 : dutchCsvNumber(unmet)).toBe(c.unmet);
      });
    });
    // The needs are weighted: fractions occur, each written with a comma, none with a point.
    expect(rows.flat().some((cell) => /^\d+,\d+$/.test(cell))).toBe(true);
    expect(rows.flat().filter((cell) => /^-?\d+\.\d+$/.test(cell))).toEqual([]);
    const xlsx = await t.gql<{ municipalityNeedsXlsx: string }>(
      `query { municipalityNeedsXlsx(code: "GM0606") }`,
    );
    const book = answeredXlsx(xlsx, 'municipalityNeedsXlsx');
    expect(sheetNames(book)).toEqual([
      'Behoefte per school',
      'Behoefte per thema',
      'Vergelijking',
      'Hoe berekend',
    ]);
    expect(book.sheets[1]!.rows.slice(1).map((r) => r[3])).toEqual(n.themes.map((x) => x.unmet));
  }, 60_000);
});
