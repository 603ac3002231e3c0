import { graphql } from '../generated/gql.js';
import type { SchoolSector } from '../generated/graphql.js';
import { suiteTestApp } from '../support/test-app.js';
import {
  COVERAGE,
  COVERAGE_CSV,
  MATCH,
  checkStatuses,
  expectedCsvRows,
  parseCsv,
  type Coverage,
} from './coverage-support.js';
import { REQUEST_CONTACT } from '../support/contact-requests.js';

const CELL_IDS = graphql(`
  query CellIds($c: String!, $v: String!, $i: InterventionCode!) {
    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) { offeringId }
  }`);
const CELL_LIST = graphql(`
  query CellList($c: String!, $v: String!, $i: InterventionCode!) {
    coverageCell(code: $c, vestigingscode: $v, interventionType: $i) {
      offeringId needsMet
      matchedArea { kind }
    }
  }`);
const SET_STATUS = graphql(`
  mutation SetStatus($id: ID!, $s: OfferingStatus!) {
    setOfferingStatus(offeringId: $id, status: $s) { id }
  }`);
const NATIONAL_SUMMARY = graphql(`
  query NationalSummary {
    coverageSummary(level: NATIONAL) {
      interventionTypes
      municipalities {
        municipalityCode schools
        shares { interventionType schoolsApplicable schoolsWithLocal share }
      }
    }
  }`);
const PROVINCE_SUMMARY = graphql(`
  query ProvinceSummary {
    coverageSummary(level: PROVINCE, provinceCode: "pv27") {
      provinceCode
      municipalities { provinceCode }
    }
  }`);
const SCHIEDAM_CELL = graphql(`
  query SchiedamCell($v: String!) {
    coverageCell(code: "GM0606", vestigingscode: $v, interventionType: MENTORING) { offeringId }
  }`);
const SUMMARY_LEVEL = graphql(`
  query SummaryLevel($l: CoverageSummaryLevel!, $p: String) {
    coverageSummary(level: $l, provinceCode: $p) { level }
  }`);
const COALITIONS = graphql(`
  query Coalitions($code: String!) {
    municipalityCoalitions(code: $code) {
      municipalityCode
      collaborations { vestigingscode offeringId organisationName status }
      bySchool { vestigingscode partners collaborations { status } }
      byPartner { organisationId organisationName schools collaborations { vestigingscode } }
    }
  }`);

const TOKEN = 'test-admin-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${TOKEN}` };

// The municipality view on the demo data: the matrix against matchPartners, the CSV, the
// summary, the cell drill-down, coalitions and bad input.
describe('municipality view (demo data)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN, MATCH_SYNC_INTERVAL_MS: '100' });
  const coverage = async (code: string, sector?: SchoolSector): Promise<Coverage> => {
    const res = await t.gql(COVERAGE, { code, sector });
    expect(res.errors).toBeUndefined();
    return res.data!.municipalityCoverage;
  };

  const activeSchools = async (code: string): Promise<string[]> =>
    (
      (await t.db.query(
        `SELECT vestigingscode FROM school WHERE active AND municipality_code = $1 ORDER BY vestigingscode`,
        [code],
      )) as { vestigingscode: string }[]
    ).map((r) => r.vestigingscode);

  it.each(['GM0606', 'GM0402', 'GM0363'])(
    'every cell of %s equals matchPartners for that school and that one need',
    async (code) => {
      const m = await coverage(code);
      expect(m.municipality.code).toBe(code);
      expect(m.interventionTypes).toHaveLength(11);
      expect(m.schools.map((s) => s.vestigingscode).sort()).toEqual(await activeSchools(code));
      checkStatuses(m);
      for (const row of m.schools) {
        for (const cell of row.cells) {
          const res = await t.gql(MATCH, {
            input: {
              vestigingscode: row.vestigingscode,
              needs: [{ code: cell.interventionType }],
              limit: 100,
            },
          });
          expect(res.errors).toBeUndefined();
          const answer = res.data!.matchPartners;
          expect(answer.totalMatches).toBeLessThanOrEqual(100); // all of them are listed
          const where = `${row.vestigingscode} × ${cell.interventionType}`;
          expect({ where, offerings: cell.offerings }).toEqual({
            where,
            offerings: answer.totalMatches,
          });
          expect({ where, local: cell.local }).toEqual({
            where,
            local: answer.matches.filter((x) => x.matchedArea.kind !== 'NATIONAL').length,
          });
          expect({ where, verified: cell.verified }).toEqual({
            where,
            verified: answer.matches.filter((x) => x.scoreParts.verified === 1).length,
          });
        }
      }
    },
    120_000,
  );

  it('has gaps, national-only, local and n.v.t. cells (so the checks above mean something)', async () => {
    const statuses = new Set<string>();
    for (const code of ['GM0606', 'GM0402', 'GM0363', 'GM0344']) {
      for (const r of (await coverage(code)).schools)
        for (const c of r.cells) statuses.add(c.status);
    }
    // The demo data's only blank spots in Schiedam were pre-school education at its secondary
    // schools: false gaps, now n.v.t. Real gaps remain elsewhere.
    expect([...statuses].sort()).toEqual(['GAP', 'LOCAL', 'NOT_APPLICABLE', 'ONLY_NATIONAL']);
  });

  it('filters rows by sector and leaves the cells as they were', async () => {
    const all = await coverage('GM0606');
    const po = await coverage('GM0606', 'PO');
    expect(po.sector).toBe('PO');
    expect(po.schools.length).toBeGreaterThan(0);
    expect(po.schools.every((r) => r.sector === 'PO')).toBe(true);
    expect(po.schools).toEqual(all.schools.filter((r) => r.sector === 'PO'));
    checkStatuses(po);
  });

  it('accepts a lower-case code with spaces', async () => {
    expect((await coverage(' gm0606 ')).municipality.code).toBe('GM0606');
  });

  it('follows an offering being paused: its cells drop by one', async () => {
    const before = await coverage('GM0606');
    const row = before.schools[0]!;
    const cellRes = await t.gql(CELL_IDS, {
      c: 'GM0606',
      v: row.vestigingscode,
      i: row.cells.find((c) => c.offerings > 0)!.interventionType,
    });
    const offeringId = cellRes.data!.coverageCell[0]!.offeringId;
    const [offering] = (await t.db.query(`SELECT intervention_types FROM offering WHERE id = $1`, [
      offeringId,
    ])) as { intervention_types: string[] }[];
    const pause = await t.gql(SET_STATUS, { id: offeringId, s: 'PAUSED' }, AUTH);
    try {
      expect(pause.errors).toBeUndefined();
      const after = await coverage('GM0606');
      const rowAfter = after.schools.find((r) => r.vestigingscode === row.vestigingscode)!;
      row.cells.forEach((cell, i) => {
        const drop = offering!.intervention_types.includes(cell.interventionType) ? 1 : 0;
        expect(rowAfter.cells[i]!.offerings).toBe(cell.offerings - drop);
      });
    } finally {
      await t.gql(SET_STATUS, { id: offeringId, s: 'ACTIVE' }, AUTH);
    }
  });

  it('coverageCell lists exactly the offerings counted in the cell', async () => {
    const m = await coverage('GM0402');
    for (const row of m.schools) {
      for (const cell of row.cells) {
        const res = await t.gql(CELL_LIST, {
          c: 'GM0402',
          v: row.vestigingscode,
          i: cell.interventionType,
        });
        expect(res.errors).toBeUndefined();
        const list = res.data!.coverageCell;
        expect(list).toHaveLength(cell.offerings);
        expect(new Set(list.map((x) => x.offeringId)).size).toBe(list.length);
        expect(list.every((x) => x.needsMet.includes(cell.interventionType))).toBe(true);
        expect(list.filter((x) => x.matchedArea.kind !== 'NATIONAL')).toHaveLength(cell.local);
      }
    }
  }, 60_000);

  it('exports a CSV whose rows equal the matrix (BOM, ;-separated, one line per school)', async () => {
    for (const [code, sector] of [
      ['GM0606', undefined],
      ['GM0402', 'PO'],
    ] as const) {
      const m = await coverage(code, sector);
      const res = await t.gql(COVERAGE_CSV, { code, sector });
      expect(res.errors).toBeUndefined();
      const [header, ...rows] = parseCsv(res.data!.municipalityCoverageCsv);
      expect(header!.slice(0, 4)).toEqual(['vestigingscode', 'naam', 'sector', 'schooltype']);
      expect(header).toHaveLength(4 + 4 * 11);
      expect(header![4]).toBe('Extra begeleiding, tutoring, extra leertijd: aanbod');
      expect(rows).toEqual(expectedCsvRows(m));
    }
  }, 60_000);

  it('summarises every municipality: the share of schools with a local offering, equal to the matrices', async () => {
    const res = await t.gql(NATIONAL_SUMMARY);
    expect(res.errors).toBeUndefined();
    const summary = res.data!.coverageSummary;
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM municipality`)) as {
      n: number;
    }[];
    expect(summary.municipalities).toHaveLength(n);
    for (const code of ['GM0606', 'GM0402', 'GM0363', 'GM0344']) {
      const m = await coverage(code);
      const s = summary.municipalities.find((x) => x.municipalityCode === code)!;
      expect(s.schools).toBe(m.schools.length);
      s.shares.forEach((share, i) => {
        // Shares are over the schools the type applies to; n.v.t. cells are left out.
        const applicable = m.schools.filter((r) => r.cells[i]!.status !== 'NOT_APPLICABLE');
        const local = applicable.filter((r) => r.cells[i]!.local > 0).length;
        expect(share).toEqual({
          interventionType: m.interventionTypes[i],
          schoolsApplicable: applicable.length,
          schoolsWithLocal: local,
          share:
            applicable.length === 0 ? null : Math.round((local / applicable.length) * 1000) / 1000,
        });
      });
    }
    const empty = summary.municipalities.find((x) => x.schools === 0);
    if (empty) expect(empty.shares.every((s) => s.share === null)).toBe(true);

    const province = await t.gql(PROVINCE_SUMMARY);
    expect(province.errors).toBeUndefined();
    expect(province.data!.coverageSummary.provinceCode).toBe('PV27');
    expect(province.data!.coverageSummary.municipalities.length).toBeGreaterThan(0);
    expect(
      province.data!.coverageSummary.municipalities.every((m) => m.provinceCode === 'PV27'),
    ).toBe(true);
  }, 60_000);

  describe('bad input → BAD_USER_INPUT', () => {
    const expectBad = (
      res: {
        errors?: {
          extensions?: { code?: string; reason?: string; fields?: { field: string }[] };
        }[];
      },
      field: string,
      reason?: string,
    ) => {
      expect(res.errors).toHaveLength(1);
      const ext = res.errors![0]!.extensions!;
      expect(ext.code).toBe('BAD_USER_INPUT');
      expect(ext.fields!.map((f) => f.field)).toEqual([field]);
      if (reason) expect(ext.reason).toBe(reason);
    };

    it('unknown or malformed municipality code', async () => {
      expectBad(await t.gql(COVERAGE, { code: 'GM9999' }), 'code', 'NOT_FOUND');
      expectBad(await t.gql(COVERAGE, { code: 'Schiedam' }), 'code', 'INVALID');
      expectBad(await t.gql(COVERAGE, { code: '' }), 'code', 'INVALID');
      expectBad(await t.gql(COVERAGE_CSV, { code: 'GM06060' }), 'code', 'INVALID');
    });

    it('a cell of a school in another municipality, or a malformed school code', async () => {
      const [other] = (await t.db.query(
        `SELECT vestigingscode FROM school WHERE municipality_code = 'GM0402' LIMIT 1`,
      )) as { vestigingscode: string }[];
      expectBad(
        await t.gql(SCHIEDAM_CELL, { v: other!.vestigingscode }),
        'vestigingscode',
        'NOT_FOUND',
      );
      expectBad(await t.gql(SCHIEDAM_CELL, { v: 'x' }), 'vestigingscode', 'INVALID');
    });

    it('a provincial summary without a (known) province', async () => {
      expectBad(await t.gql(SUMMARY_LEVEL, { l: 'PROVINCE' }), 'provinceCode', 'INVALID');
      expectBad(
        await t.gql(SUMMARY_LEVEL, { l: 'PROVINCE', p: 'PV99' }),
        'provinceCode',
        'NOT_FOUND',
      );
      expectBad(
        await t.gql(SUMMARY_LEVEL, { l: 'NATIONAL', p: 'PV27' }),
        'provinceCode',
        'INVALID',
      );
    });
  });

  describe('coalitions', () => {
    // Who may see coalitions, role by role: municipality-exports.e2e-spec.ts.
    it('needs a signed-in officer or admin (anonymous → UNAUTHENTICATED)', async () => {
      const none = await t.gql(COALITIONS, { code: 'GM0606' });
      expect(none.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await t.gql(COALITIONS, { code: 'GM0606' }, { authorization: 'Bearer nope' });
      expect(wrong.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      const bad = await t.gql(COALITIONS, { code: 'GM99' }, AUTH);
      expect(bad.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lists accepted, in-conversation and started requests per school and per partner', async () => {
      const m = await coverage('GM0606');
      const made: { id: string; school: string; offering: string }[] = [];
      for (const row of m.schools.slice(0, 2)) {
        const cell =
          row.cells.find((c) => c.offerings >= 2) ?? row.cells.find((c) => c.offerings > 0)!;
        const list = await t.gql(CELL_IDS, {
          c: 'GM0606',
          v: row.vestigingscode,
          i: cell.interventionType,
        });
        for (const { offeringId } of list.data!.coverageCell.slice(0, 2)) {
          const res = await t.gql(REQUEST_CONTACT, {
            input: {
              vestigingscode: row.vestigingscode,
              offeringId,
              senderName: 'Intern begeleider',
              senderEmail: 'ib@voorbeeldschool.nl',
              message: 'Wij willen graag kennismaken.',
            },
          });
          expect(res.errors).toBeUndefined();
          made.push({
            id: res.data!.requestContact.id,
            school: row.vestigingscode,
            offering: offeringId,
          });
        }
      }
      expect(made.length).toBeGreaterThanOrEqual(3);
      const statuses = ['ACCEPTED', 'STARTED', 'DECLINED', 'IN_CONVERSATION'];
      // The partner's inbox (a later issue) moves requests on; here the database does.
      for (const [i, r] of made.entries()) {
        await t.db.query(`UPDATE contact_request SET status = $2 WHERE id = $1`, [
          r.id,
          statuses[i % statuses.length],
        ]);
      }
      const res = await t.gql(COALITIONS, { code: 'gm0606' }, AUTH);
      expect(res.errors).toBeUndefined();
      const c = res.data!.municipalityCoalitions;
      expect(c.municipalityCode).toBe('GM0606');
      const expected = made.filter((_, i) => statuses[i % statuses.length] !== 'DECLINED');
      expect(c.collaborations.map((x) => `${x.vestigingscode}/${x.offeringId}`).sort()).toEqual(
        expected.map((x) => `${x.school}/${x.offering}`).sort(),
      );
      expect(c.collaborations.every((x) => x.status !== 'DECLINED')).toBe(true);
      expect(c.bySchool.reduce((n, s) => n + s.collaborations.length, 0)).toBe(expected.length);
      expect(c.byPartner.reduce((n, p) => n + p.collaborations.length, 0)).toBe(expected.length);
      for (const p of c.byPartner) {
        expect(p.schools).toBe(new Set(p.collaborations.map((x) => x.vestigingscode)).size);
      }
      // Another municipality sees none of them.
      const other = await t.gql(COALITIONS, { code: 'GM0402' }, AUTH);
      expect(other.data!.municipalityCoalitions.collaborations).toEqual([]);
    });
  });
});
