import request from 'supertest';
import { headersOf, OPERATOR_TOKEN, post, type Session } from '../accounts/accounts-support.js';
import { suiteTestApp } from '../support/test-app.js';
import { getBytes } from '../support/binary-get.js';
import { signInMunicipalityCallers } from './municipality-callers.js';
import { readXlsx } from './coverage-support.js';

// Every CSV/XLSX export of the municipality view as a plain GET link: the same bytes as its
// GraphQL field, Content-Disposition, and the same authorization (session cookie or operator
// token) — the HTTP status follows the GraphQL outcome for every caller.

const CODE = 'GM0606';
const candidates = [
  { title: 'Armoedefonds', interventionTypes: ['ARMOEDE_BASIS'], costEur: 20000 },
  { title: 'Mentoren', interventionTypes: ['MENTORING'], capacitySchools: 3, costEur: 5000 },
];
const SAVE = `mutation ($i: ScenarioInput!) { saveScenario(input: $i) { id } }`;

/** A download's name, path, GraphQL query and variables, and kind. */
type Route = [string, string, string, Record<string, unknown>, 'csv' | 'xlsx'];
type Caller = 'anonymous' | 'operator' | 'officer' | 'otherOfficer' | 'staff';
const STATUS: Record<string, number> = {
  OK: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
};

describe('municipality downloads as plain links', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  const sessions = new Map<Caller, Session>();
  let scenarioId = '';

  beforeAll(async () => {
    await signInMunicipalityCallers(t, CODE, sessions);
    const saved = await post<{ saveScenario: { id: string } }>(
      t,
      SAVE,
      { i: { code: CODE, name: 'Twee', budgetKind: 'COUNT', budget: 2, candidates } },
      headersOf(sessions.get('officer')!),
    );
    expect(saved.errors).toBeUndefined();
    scenarioId = saved.data!.saveScenario.id;
  }, 120_000);

  function headersFor(caller: Caller): Record<string, string> {
    if (caller === 'anonymous') return {};
    if (caller === 'operator') return { authorization: `Bearer ${OPERATOR_TOKEN}` };
    // Only the cookie: a GET link carries no CSRF header.
    return { cookie: sessions.get(caller)!.cookie };
  }

  /** A file under /downloads/municipality/CODE and the GraphQL field that answers the same bytes. */
  const municipalityRoute = (file: string, field: string, sector?: 'PO'): Route => [
    file,
    `/downloads/municipality/${CODE}/${file}${sector ? `?sector=${sector}` : ''}`,
    sector
      ? `query ($c: String!, $s: SchoolSector) { v: ${field}(code: $c, sector: $s) }`
      : `query ($c: String!) { v: ${field}(code: $c) }`,
    sector ? { c: CODE, s: sector } : { c: CODE },
    file.endsWith('.xlsx') ? 'xlsx' : 'csv',
  ];

  const routes = (): Route[] => [
    municipalityRoute('coverage.csv', 'municipalityCoverageCsv', 'PO'),
    municipalityRoute('coverage.xlsx', 'municipalityCoverageXlsx'),
    municipalityRoute('coalitions.csv', 'municipalityCoalitionsCsv'),
    municipalityRoute('coalitions.xlsx', 'municipalityCoalitionsXlsx'),
    municipalityRoute('needs.csv', 'municipalityNeedsCsv'),
    municipalityRoute('needs.xlsx', 'municipalityNeedsXlsx', 'PO'),
    [
      'scenario.csv',
      `/downloads/scenario/${scenarioId}/steps.csv`,
      'query ($i: ID!) { v: scenarioCsv(id: $i) }',
      { i: scenarioId },
      'csv',
    ],
    [
      'scenarios.xlsx',
      `/downloads/scenarios.xlsx?ids=${scenarioId}`,
      'query ($i: [ID!]!) { v: scenariosXlsx(ids: $i) }',
      { i: [scenarioId] },
      'xlsx',
    ],
  ];

  it('gives each file with the GraphQL field’s bytes and authorization, for every caller', async () => {
    const callers: Caller[] = ['anonymous', 'operator', 'officer', 'otherOfficer', 'staff'];
    for (const [name, path, query, variables, kind] of routes()) {
      for (const caller of callers) {
        const gql = await post<{ v: string }>(t, query, variables, {
          ...(caller === 'anonymous' || caller === 'operator'
            ? headersFor(caller)
            : headersOf(sessions.get(caller)!)),
        });
        const outcome = gql.errors?.length ? String(gql.errors[0]!.extensions?.code) : 'OK';
        const res = await getBytes(t, path, headersFor(caller));
        // The id in the path unknown (or another municipality's, which reads as unknown): 404,
        // as rest-errors.ts answers NOT_FOUND on the path's `id`.
        const ext = gql.errors?.[0]?.extensions;
        const unknownPathId = ext?.reason === 'NOT_FOUND' && ext.fields?.[0]?.field === 'id';
        expect({ name, caller, status: res.status }).toEqual({
          name,
          caller,
          status: unknownPathId ? 404 : STATUS[outcome],
        });
        if (outcome !== 'OK') continue;
        expect(res.headers['content-disposition']).toMatch(
          /^attachment; filename="[A-Za-z0-9._-]+"$/,
        );
        const body = res.body;
        if (kind === 'csv') {
          expect(res.headers['content-type']).toMatch(/^text\/csv/);
          expect(body.toString('utf8')).toBe(gql.data!.v);
        } else {
          expect(res.headers['content-type']).toContain('spreadsheetml');
          // The workbook's creation time differs per call; its sheets must not.
          expect(readXlsx(body.toString('base64'))).toEqual(readXlsx(gql.data!.v));
        }
      }
    }
  }, 240_000);

  it('follows ?fundingRoutes= as the GraphQL fields follow fundingRoutes', async () => {
    for (const [file, field] of [
      ['needs.csv', 'municipalityNeedsCsv'],
      ['needs.xlsx', 'municipalityNeedsXlsx'],
      ['coverage.csv', 'municipalityCoverageCsv'],
    ] as const) {
      const query = `query ($c: String!, $f: [FundingRouteCode!]) { v: ${field}(code: $c, fundingRoutes: $f) }`;
      const filtered = await post<{ v: string }>(t, query, { c: CODE, f: ['NPO'] }, {});
      const unfiltered = await post<{ v: string }>(t, query, { c: CODE }, {});
      expect(filtered.errors).toBeUndefined();
      // The route must change the file, or equal bytes would prove nothing.
      const read = (v: string) => (file.endsWith('.xlsx') ? readXlsx(v) : v);
      expect(read(filtered.data!.v)).not.toEqual(read(unfiltered.data!.v));
      const res = await getBytes(
        t,
        `/downloads/municipality/${CODE}/${file}?fundingRoutes=NPO`,
        headersFor('operator'),
      );
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
      expect(
        file.endsWith('.xlsx') ? readXlsx(res.body.toString('base64')) : res.body.toString('utf8'),
      ).toEqual(read(filtered.data!.v));
    }
  }, 60_000);

  it('refuses hostile parameters with 400 naming the field, and a wrong token with 403', async () => {
    const server = t.app.getHttpServer();
    const cases: [string, string][] = [
      [`/downloads/municipality/${CODE}/coverage.csv?sector=XX`, 'sector'],
      [`/downloads/municipality/${CODE}/coverage.csv?sector=PO&sector=VO`, 'sector'],
      [`/downloads/municipality/${CODE}/needs.csv?fundingRoutes=NPO,LOTERIJ`, 'fundingRoutes'],
      [
        `/downloads/municipality/${CODE}/needs.xlsx?fundingRoutes=NPO&fundingRoutes=NPO`,
        'fundingRoutes',
      ],
      [`/downloads/municipality/${'G'.repeat(200)}/coverage.csv`, 'code'],
      ['/downloads/scenarios.xlsx', 'ids'],
    ];
    for (const [path, field] of cases) {
      const res = await request(server).get(path).set(headersFor('operator'));
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      const body = res.body as { errors: { extensions: { fields: { field: string }[] } }[] };
      expect(body.errors[0]!.extensions.fields[0]!.field).toBe(field);
    }
    const bad = await request(server)
      .get(`/downloads/municipality/${CODE}/coalitions.csv`)
      .set({ authorization: 'Bearer wrong-token-wrong-token-wrong' });
    expect(bad.status).toBe(403);
    const notUuid = await request(server)
      .get('/downloads/scenario/nope/steps.csv')
      .set(headersFor('officer'));
    expect(notUuid.status).toBe(400);
  }, 60_000);

  it('answers 404 for a file that is not one of the tables', async () => {
    const server = t.app.getHttpServer();
    for (const file of ['coverage.pdf', 'constructor.csv', 'needs', 'needs.csv.xlsx', 'x.csv']) {
      const res = await request(server)
        .get(`/downloads/municipality/${CODE}/${file}`)
        .set(headersFor('operator'));
      expect({ file, status: res.status }).toEqual({ file, status: 404 });
    }
  }, 60_000);
});
