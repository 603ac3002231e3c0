import { suiteTestApp, type GqlResponse } from '../support/test-app.js';

// Bad input must come back as a clear BAD_USER_INPUT-style error naming the field —
// never a 500 and never a stack trace.
describe('GraphQL bad input', () => {
  const TOKEN = 'bad-input-operator-token-0123456789';
  const t = suiteTestApp({ SEED_DEMO_DATA: 'false', ADMIN_API_TOKEN: TOKEN });

  function expectUserError(res: GqlResponse<unknown>, field?: string): void {
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    const error = res.errors![0]!;
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
    if (field) expect(error.message).toContain(field);
  }

  it('rejects an unknown vestigingscode with NOT_FOUND as reason', async () => {
    const res = await t.gql(`{ school(vestigingscode: "99ZZ99") { name } }`);
    expectUserError(res, 'vestigingscode');
    expect(res.errors![0]!.extensions?.reason).toBe('NOT_FOUND');
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed vestigingscode', async () => {
    const res = await t.gql(`{ school(vestigingscode: "not a code") { name } }`);
    expectUserError(res, 'vestigingscode');
  });

  it('rejects unknown and malformed ids', async () => {
    expectUserError(await t.gql(`{ organisation(id: "123") { name } }`), 'id');
    const unknown = await t.gql(
      `{ organisation(id: "00000000-0000-4000-8000-000000000000") { name } }`,
    );
    expectUserError(unknown, 'id');
    expect(unknown.errors![0]!.extensions?.reason).toBe('NOT_FOUND');
    expectUserError(await t.gql(`{ offering(id: "x'; DROP TABLE offering; --") { title } }`), 'id');
    expectUserError(await t.gql(`{ municipality(code: "GM9999") { name } }`), 'code');
    expectUserError(await t.gql(`{ municipality(code: "Amsterdam") { name } }`), 'code');
    expectUserError(await t.gql(`{ province(code: "PV99") { name } }`), 'code');
    expectUserError(await t.gql(`{ interventionType(code: "TOVERKUNST") { labelNl } }`), 'code');
  });

  it('refuses an admin an inbox of an organisation that does not exist (not an empty inbox)', async () => {
    const admin = { authorization: `Bearer ${TOKEN}` };
    const id = '00000000-0000-4000-8000-000000000000';
    for (const query of [
      `query ($id: ID) { contactRequestInbox(organisationId: $id) { id } }`,
      `query ($id: ID) { contactRequestUnreadCount(organisationId: $id) }`,
      `query ($id: ID) { contactRequestInboxTotal(organisationId: $id) }`,
    ]) {
      const res = await t.gql(query, { id }, admin);
      expectUserError(res, 'organisationId');
      expect(res.errors![0]!.extensions?.reason).toBe('NOT_FOUND');
    }
  });

  it('refuses a well-formed municipality or school code that does not exist (not an empty answer)', async () => {
    const admin = { authorization: `Bearer ${TOKEN}` };
    const cases: [string, string, Record<string, string>][] = [
      ['{ collaborations(municipalityCode: "GM9999") { id } }', 'municipalityCode', admin],
      ['{ leaAgreements(municipalityCode: "GM9999") { id } }', 'municipalityCode', admin],
      [
        '{ municipalityMonitoring(municipalityCode: "GM9999") { schoolYear } }',
        'municipalityCode',
        admin,
      ],
      [
        '{ municipalityIndicators(municipalityCode: "GM9999") { vestigingscode } }',
        'municipalityCode',
        {},
      ],
      ['{ schoolContactRequests(vestigingscode: "99ZZ99") { id } }', 'vestigingscode', admin],
    ];
    for (const [query, field, headers] of cases) {
      const res = await t.gql(query, {}, headers);
      expectUserError(res, field);
      expect({ query, reason: res.errors![0]!.extensions?.reason }).toEqual({
        query,
        reason: 'NOT_FOUND',
      });
      // The value goes along, so the web's sentence can name it ("Niet gevonden: GM9999.").
      const sent = /"([^"]+)"/.exec(query)![1];
      expect({ query, problem: res.errors![0]!.extensions?.fields?.[0] }).toMatchObject({
        query,
        problem: { field, code: 'NOT_FOUND', params: { value: sent } },
      });
    }
    // A code with something after it is not read as the code before it.
    const longer = await t.gql(
      '{ schoolContactRequests(vestigingscode: "ZZ0100XYZ") { id } }',
      {},
      admin,
    );
    expectUserError(longer, 'vestigingscode');
    expect(longer.errors![0]!.extensions?.reason).toBe('INVALID');
  });

  it('rejects negative, zero and too large page sizes', async () => {
    for (const first of [-1, 0, 201, 1_000_000]) {
      const res = await t.gql(`query ($first: Int) { schools(first: $first) { totalCount } }`, {
        first,
      });
      expectUserError(res, 'first');
    }
    expectUserError(await t.gql(`{ organisations(first: -5) { totalCount } }`), 'first');
    expectUserError(await t.gql(`{ municipalities(first: 500) { totalCount } }`), 'first');
  });

  it('rejects bad cursors', async () => {
    expectUserError(await t.gql(`{ schools(after: "!!!not base64!!!") { totalCount } }`), 'after');
    expectUserError(await t.gql(`{ organisations(after: "AAAA") { totalCount } }`), 'after');
  });

  it('rejects over-long strings', async () => {
    const long = 'x'.repeat(5000);
    expectUserError(
      await t.gql(`query ($s: String) { schools(search: $s) { totalCount } }`, { s: long }),
      'search',
    );
    expectUserError(
      await t.gql(`query ($s: String) { organisations(search: $s) { totalCount } }`, { s: long }),
      'search',
    );
    expectUserError(
      await t.gql(`query ($c: String!) { school(vestigingscode: $c) { name } }`, { c: long }),
      'vestigingscode',
    );
  });

  it('rejects malformed codes in filters', async () => {
    expectUserError(
      await t.gql(`{ schools(municipalityCode: "0363") { totalCount } }`),
      'municipalityCode',
    );
    expectUserError(
      await t.gql(`{ schools(provinceCode: "Noord-Holland") { totalCount } }`),
      'provinceCode',
    );
  });

  it('rejects wrong variable types and unknown enum values with 400, not 500', async () => {
    const wrongType = await t.gql(`query ($first: Int) { schools(first: $first) { totalCount } }`, {
      first: 'ten',
    });
    expectUserError(wrongType);
    expect(wrongType.status).toBe(400);
    const badEnum = await t.gql(`query ($s: SchoolSector) { schools(sector: $s) { totalCount } }`, {
      s: 'MBO',
    });
    expectUserError(badEnum);
    const unknownField = await t.gql(`{ schools { nope } }`);
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a syntax error without a stack trace', async () => {
    const res = await t.gql(`{ schools( `);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('treats LIKE wildcards in search as plain text', async () => {
    const res = await t.gql<{ schools: { totalCount: number } }>(
      `{ schools(search: "%_%") { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.schools.totalCount).toBe(0);
  });
});
