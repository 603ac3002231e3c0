import { headersOf, OPERATOR_TOKEN, post, type Session } from '../accounts/accounts-support.js';
import { suiteTestApp } from '../support/test-app.js';
import { signInMunicipalityCallers } from './municipality-callers.js';
import type { SchoolSector } from '../generated/graphql.js';
import {
  COALITION_COUNT_HEADERS,
  COVERAGE,
  STATUS_TEXT,
  answeredXlsx,
  parseCsv,
  sheetNames,
  type Coverage,
} from './coverage-support.js';
import { contactRequestsInStatuses } from '../support/contact-requests.js';

// The municipality view's downloads (CSV and XLSX of the matrix and of the coalitions) and who
// may see the coalitions: officers of that municipality and admins only.

const CODE = 'GM0606';

const COALITIONS = `query ($code: String!) { municipalityCoalitions(code: $code) {
  municipalityCode
  collaborations { id vestigingscode schoolName offeringTitle organisationName status since updatedAt }
  bySchool { vestigingscode schoolName partners collaborations { id } }
  byPartner { organisationName schools collaborations { id } } } }`;
const COALITIONS_CSV = `query ($code: String!) { municipalityCoalitionsCsv(code: $code) }`;
const COALITIONS_XLSX = `query ($code: String!) { municipalityCoalitionsXlsx(code: $code) }`;
const COVERAGE_XLSX = `query ($code: String!, $sector: SchoolSector) { municipalityCoverageXlsx(code: $code, sector: $sector) }`;
const COVERAGE_CSV = `query ($code: String!, $sector: SchoolSector) { municipalityCoverageCsv(code: $code, sector: $sector) }`;

interface Coalitions {
  municipalityCode: string;
  collaborations: {
    id: string;
    vestigingscode: string;
    schoolName: string;
    offeringTitle: string;
    organisationName: string;
    status: string;
    since: string;
    updatedAt: string;
  }[];
  bySchool: {
    vestigingscode: string;
    schoolName: string;
    partners: number;
    collaborations: unknown[];
  }[];
  byPartner: { organisationName: string; schools: number; collaborations: unknown[] }[];
}

type Caller = 'anonymous' | 'operator' | 'admin' | 'officer' | 'otherOfficer' | 'staff' | 'editor';

describe('municipality view: exports and coalition access', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  const sessions = new Map<Caller, Session>();

  beforeAll(async () => {
    const [org] = (await t.db.query(`SELECT id FROM organisation ORDER BY name LIMIT 1`)) as {
      id: string;
    }[];
    await signInMunicipalityCallers(t, CODE, sessions, {
      admin: { email: 'admin@test.nl', role: 'ADMIN' },
      editor: { email: 'editor@partner.nl', role: 'PARTNER_EDITOR', organisationId: org!.id },
    });

    // Collaborations in Schiedam: contact requests in every state; three count as coalitions.
    // The partner's inbox moves requests on; here the database does.
    await contactRequestsInStatuses(t.db, CODE, [
      'ACCEPTED',
      'IN_CONVERSATION',
      'STARTED',
      'DECLINED',
      'REQUESTED',
    ]);
  }, 120_000);

  function headersFor(caller: Caller): Record<string, string> {
    if (caller === 'anonymous') return {};
    if (caller === 'operator') return { authorization: `Bearer ${OPERATOR_TOKEN}` };
    return headersOf(sessions.get(caller)!);
  }

  async function coverage(code: string, sector?: SchoolSector): Promise<Coverage> {
    const res = await t.gql(COVERAGE, { code, sector });
    expect(res.errors).toBeUndefined();
    return res.data!.municipalityCoverage;
  }

  describe('coalitions: officers of the municipality and admins only', () => {
    const outcomes: [Caller, string][] = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['operator', 'OK'],
      ['admin', 'OK'],
      ['officer', 'OK'],
      ['otherOfficer', 'FORBIDDEN'],
      ['staff', 'FORBIDDEN'],
      ['editor', 'FORBIDDEN'],
    ];
    const queries = {
      municipalityCoalitions: COALITIONS,
      municipalityCoalitionsCsv: COALITIONS_CSV,
      municipalityCoalitionsXlsx: COALITIONS_XLSX,
    };
    const cases = Object.entries(queries).flatMap(([name, query]) =>
      outcomes.map(([caller, outcome]) => [name, caller, outcome, query] as const),
    );

    it.each(cases)('%s as %s → %s', async (_name, caller, expected, query) => {
      const res = await post(t, query, { code: CODE }, headersFor(caller));
      const outcome = res.errors?.length ? res.errors[0]!.extensions?.code : 'OK';
      expect(outcome).toBe(expected);
      if (expected !== 'OK') expect(res.data ?? null).toBeNull();
    });

    it('refuses an officer for another municipality without telling whether the code exists', async () => {
      const other = headersFor('otherOfficer');
      for (const code of ['GM9999', 'nonsense', 'GM0606']) {
        const res = await post(t, COALITIONS, { code }, other);
        expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      }
      // Its own municipality, written loosely, is fine.
      const own = await post<{ municipalityCoalitions: Coalitions }>(
        t,
        COALITIONS,
        { code: ' gm0402 ' },
        other,
      );
      expect(own.errors).toBeUndefined();
      expect(own.data!.municipalityCoalitions.municipalityCode).toBe('GM0402');
      // An admin gets BAD_USER_INPUT for codes that are malformed or unknown.
      const admin = headersFor('admin');
      for (const [code, reason] of [
        ['GM9999', 'NOT_FOUND'],
        ['nonsense', 'INVALID'],
      ]) {
        const res = await post(t, COALITIONS_XLSX, { code }, admin);
        expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      }
    });

    it('lists accepted, in-conversation and started requests, and the CSV and XLSX hold the same', async () => {
      const res = await post<{ municipalityCoalitions: Coalitions }>(
        t,
        COALITIONS,
        { code: CODE },
        headersFor('officer'),
      );
      expect(res.errors).toBeUndefined();
      const c = res.data!.municipalityCoalitions;
      expect(c.collaborations.map((x) => x.status).sort()).toEqual([
        'ACCEPTED',
        'IN_CONVERSATION',
        'STARTED',
      ]);
      const statusText: Record<string, string> = {
        ACCEPTED: 'geaccepteerd',
        IN_CONVERSATION: 'in gesprek',
        STARTED: 'gestart',
      };
      // No records here: every line is a contact request (records: collaborations e2e).
      const expectedRows = c.collaborations.map((x) => [
        'contactaanvraag',
        x.vestigingscode,
        x.schoolName,
        x.organisationName,
        x.offeringTitle,
        statusText[x.status],
        x.since.slice(0, 10),
        x.updatedAt.slice(0, 10),
      ]);
      const header = [
        'soort',
        'vestigingscode',
        'school',
        'partner',
        'aanbod',
        'status',
        'sinds',
        'bijgewerkt',
      ];

      const csv = await post<{ municipalityCoalitionsCsv: string }>(
        t,
        COALITIONS_CSV,
        { code: CODE },
        headersFor('officer'),
      );
      expect(csv.errors).toBeUndefined();
      expect(parseCsv(csv.data!.municipalityCoalitionsCsv)).toEqual([header, ...expectedRows]);

      const xlsx = await post<{ municipalityCoalitionsXlsx: string }>(
        t,
        COALITIONS_XLSX,
        { code: CODE },
        headersFor('officer'),
      );
      const book = answeredXlsx(xlsx, 'municipalityCoalitionsXlsx');
      expect(sheetNames(book)).toEqual(['Samenwerkingen', 'Per partner', 'Per school']);
      expect(book.sheets[0]!.rows).toEqual([header, ...expectedRows]);
      // The counts say what they count: the contact requests (the page's "Contactaanvragen per
      // partner/school"), and the records in a column of their own (none here).
      expect(book.sheets[1]!.rows).toEqual([
        COALITION_COUNT_HEADERS.partner,
        ...c.byPartner.map((p) => [p.organisationName, p.schools, p.collaborations.length, 0]),
      ]);
      expect(book.sheets[2]!.rows).toEqual([
        COALITION_COUNT_HEADERS.school,
        ...c.bySchool.map((s) => [
          s.vestigingscode,
          s.schoolName,
          s.partners,
          s.collaborations.length,
          0,
        ]),
      ]);
    });
  });

  describe('coverage exports (public)', () => {
    it.each<[string, SchoolSector | undefined]>([
      [CODE, undefined],
      ['GM0402', 'PO'],
    ])(
      'the XLSX of %s (%s) unzips into a valid workbook whose cells equal the matrix',
      async (code, sector) => {
        const m = await coverage(code, sector);
        expect(m.schools.length).toBeGreaterThan(0);
        const res = await t.gql<{ municipalityCoverageXlsx: string }>(COVERAGE_XLSX, {
          code,
          sector,
        });
        const book = answeredXlsx(res, 'municipalityCoverageXlsx');
        expect(book.files).toEqual(
          expect.arrayContaining([
            '[Content_Types].xml',
            '_rels/.rels',
            'xl/workbook.xml',
            'xl/_rels/workbook.xml.rels',
            'xl/worksheets/sheet1.xml',
            'xl/worksheets/sheet2.xml',
            'xl/styles.xml',
            'xl/sharedStrings.xml',
          ]),
        );
        for (const part of [
          '/xl/workbook.xml',
          '/xl/worksheets/sheet1.xml',
          '/xl/worksheets/sheet2.xml',
          '/xl/styles.xml',
          '/xl/sharedStrings.xml',
        ]) {
          expect(book.contentTypes).toContain(`PartName="${part}"`);
        }
        expect(sheetNames(book)).toEqual(['Dekking', 'Totalen']);

        const [header, ...rows] = book.sheets[0]!.rows;
        expect(header!.slice(0, 4)).toEqual(['vestigingscode', 'naam', 'sector', 'schooltype']);
        expect(header).toHaveLength(4 + 4 * m.interventionTypes.length);
        // Numbers stay numbers; names are never altered (no formula defusing needed in XLSX).
        expect(rows).toEqual(
          m.schools.map((r) => [
            r.vestigingscode,
            r.name,
            r.sector,
            r.schoolType,
            ...r.cells.flatMap((c) =>
              c.status === 'NOT_APPLICABLE'
                ? ['n.v.t.', 'n.v.t.', 'n.v.t.', 'n.v.t.']
                : [c.offerings, c.verified, c.local, STATUS_TEXT[c.status]],
            ),
          ]),
        );
        // Gaps stand out: exactly the status cells of gap cells carry the emphasis style.
        const emphasised = [...book.sheets[0]!.styles].filter(([, s]) => s === 2).length;
        const gaps = m.schools.reduce(
          (n, r) => n + r.cells.filter((c) => c.status === 'GAP').length,
          0,
        );
        expect(emphasised).toBe(gaps);
        expect(book.sheets[1]!.rows.slice(1).map((r) => r.slice(1))).toEqual(
          m.totals.map((x) => [
            x.gapSchools,
            x.onlyNationalSchools,
            x.localSchools,
            x.notApplicableSchools,
          ]),
        );

        // The CSV holds the same cells (as text).
        const csv = await t.gql<{ municipalityCoverageCsv: string }>(COVERAGE_CSV, {
          code,
          sector,
        });
        const csvRows = parseCsv(csv.data!.municipalityCoverageCsv);
        expect(csvRows[0]).toEqual(header);
        expect(csvRows.slice(1).map((r) => r.slice(4))).toEqual(
          rows.map((r) => r.slice(4).map(String)),
        );
      },
    );

    it('refuses bad input like the matrix does', async () => {
      const res = await t.gql(COVERAGE_XLSX, { code: 'Schiedam' });
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID',
      });
    });
  });

  describe('comparison', () => {
    it('gives provincial and national totals that add up the municipalities', async () => {
      const res = await t.gql<{
        province: Summary;
        national: Summary;
      }>(
        `query { province: coverageSummary(level: PROVINCE, provinceCode: "PV27") { ...S }
                 national: coverageSummary(level: NATIONAL) { ...S } }
         fragment S on CoverageSummary { municipalities { schools shares { schoolsApplicable schoolsWithLocal } }
           totals { interventionType schools schoolsWithLocal share } }`,
      );
      expect(res.errors).toBeUndefined();
      for (const s of [res.data!.province, res.data!.national]) {
        expect(s.totals).toHaveLength(11);
        s.totals.forEach((total, i) => {
          // Per type over the schools it applies to (n.v.t. left out).
          const schools = s.municipalities.reduce((n, m) => n + m.shares[i]!.schoolsApplicable, 0);
          const withLocal = s.municipalities.reduce((n, m) => n + m.shares[i]!.schoolsWithLocal, 0);
          expect(total.schools).toBe(schools);
          expect(total.schoolsWithLocal).toBe(withLocal);
          expect(total.share).toBe(
            schools === 0 ? null : Math.round((withLocal / schools) * 1000) / 1000,
          );
        });
      }
      expect(res.data!.national.totals[0]!.schools).toBeGreaterThan(
        res.data!.province.totals[0]!.schools,
      );
    });

    it('follows a change to the offerings (the cached summary is not served stale)', async () => {
      const SUMMARY = `{ coverageSummary(level: NATIONAL) { municipalities { municipalityCode shares { schoolsWithLocal } } } }`;
      const schiedam = async () => {
        const res = await t.gql<{
          coverageSummary: {
            municipalities: { municipalityCode: string; shares: { schoolsWithLocal: number }[] }[];
          };
        }>(SUMMARY);
        expect(res.errors).toBeUndefined();
        return res
          .data!.coverageSummary.municipalities.find((m) => m.municipalityCode === CODE)!
          .shares.map((x) => x.schoolsWithLocal);
      };
      const fromMatrix = (m: Coverage) =>
        m.interventionTypes.map((_, i) => m.schools.filter((r) => r.cells[i]!.local > 0).length);
      const before = await schiedam();
      expect(before).toEqual(fromMatrix(await coverage(CODE)));
      // Pause every local offering of one school's best-covered type.
      const m = await coverage(CODE);
      const row = m.schools.find((r) => r.cells.some((c) => c.local > 0))!;
      const cell = row.cells.find((c) => c.local > 0)!;
      const list = await t.gql<{
        coverageCell: { offeringId: string; matchedArea: { kind: string } }[];
      }>(
        `query ($v: String!, $i: InterventionCode!) { coverageCell(code: "${CODE}", vestigingscode: $v, interventionType: $i) { offeringId matchedArea { kind } } }`,
        { v: row.vestigingscode, i: cell.interventionType },
      );
      const ids = list
        .data!.coverageCell.filter((x) => x.matchedArea.kind !== 'NATIONAL')
        .map((x) => x.offeringId);
      expect(ids).toHaveLength(cell.local);
      const auth = { authorization: `Bearer ${OPERATOR_TOKEN}` };
      const set = (id: string, status: string) =>
        t.gql(
          `mutation ($id: ID!, $s: OfferingStatus!) { setOfferingStatus(offeringId: $id, status: $s) { id } }`,
          { id, s: status },
          auth,
        );
      try {
        for (const id of ids) expect((await set(id, 'PAUSED')).errors).toBeUndefined();
        const after = await schiedam();
        expect(after).toEqual(fromMatrix(await coverage(CODE)));
        const i = m.interventionTypes.indexOf(cell.interventionType);
        expect(after[i]).toBeLessThan(before[i]!);
      } finally {
        for (const id of ids) await set(id, 'ACTIVE');
      }
      expect(await schiedam()).toEqual(before);
    }, 60_000);
  });
});

interface Summary {
  municipalities: {
    schools: number;
    shares: { schoolsApplicable: number; schoolsWithLocal: number }[];
  }[];
  totals: {
    interventionType: string;
    schools: number;
    schoolsWithLocal: number;
    share: number | null;
  }[];
}
