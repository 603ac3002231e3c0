import { jest } from '@jest/globals';
import type { TestApp } from '../support/test-app.js';
import { expectRefused, healthyAppPerSuite, MODES, writableCounts } from './security-support.js';

jest.setTimeout(180_000);

const NUL = 'a\u0000b';

/** Public operations with a string argument, each sent with a NUL byte in that string. */
const CASES: [name: string, query: string, variables: Record<string, unknown>, field: string][] = [
  [
    'contact message',
    'mutation ($i: RequestContactInput!) { requestContact(input: $i) { id } }',
    {
      i: {
        offeringId: '00000000-0000-4000-8000-000000000000',
        vestigingscode: '00AA00',
        senderName: 'Juf',
        senderEmail: 'juf@example.nl',
        message: `Hallo ${NUL}`,
      },
    },
    '$i.message',
  ],
  [
    'organisation name at registration',
    'mutation ($i: RegisterPartnerInput!) { registerPartner(input: $i) { message } }',
    {
      i: {
        organisationName: NUL,
        kvkNumber: '12345678',
        email: 'nul@example.nl',
        password: 'een lang genoeg wachtwoord',
      },
    },
    '$i.organisationName',
  ],
  [
    'login email',
    'mutation ($e: String!) { login(email: $e, password: "x") { role } }',
    { e: `beheer@example.nl${NUL}` },
    '$e',
  ],
  ['school search', 'query ($s: String) { schools(search: $s) { totalCount } }', { s: NUL }, '$s'],
  [
    'cursor',
    'query ($c: String) { organisations(after: $c) { totalCount } }',
    { c: `eyJ${NUL}` },
    '$c',
  ],
  [
    'search text',
    'query ($t: String!) { searchOfferings(input: { text: $t }) { total } }',
    { t: NUL },
    '$t',
  ],
  [
    'password reset email, inline literal',
    'mutation { requestPasswordReset(email: "a\\u0000@example.nl") }',
    {},
    'email',
  ],
  [
    'nested literal',
    '{ searchOfferings(input: { text: "x\\u0007" }) { total } }',
    {},
    'input.text',
  ],
];

describe.each(MODES)('input hygiene (NODE_ENV=%s)', (mode) => {
  let t: TestApp;

  healthyAppPerSuite({ NODE_ENV: mode }, (app) => (t = app));

  it.each(CASES)(
    'refuses a control character in the %s, naming the field',
    async (_n, query, variables, field) => {
      const before = await writableCounts(t);
      const res = await t.gql(query, variables);
      expectRefused(res, 'BAD_USER_INPUT', { reason: 'CONTROL_CHARACTER' });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.message).toMatch(
        new RegExp(`^${field.replace(/[$.[\]]/g, '\\$&')}: bevat een stuurteken`),
      );
      expect(await writableCounts(t)).toEqual(before);
    },
  );

  it('lets tab and newline through in free text', async () => {
    const res = await t.gql('query ($s: String) { schools(search: $s) { totalCount } }', {
      s: 'a\tb\nc',
    });
    expect(res.errors).toBeUndefined();
  });

  it('refuses coverage coordinates nested a thousand deep before anything recurses', async () => {
    let deep: unknown = [5.1, 52.1];
    for (let i = 0; i < 1_000; i++) deep = [deep];
    const before = await writableCounts(t);
    const res = await t.gql(
      'mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }',
      {
        i: {
          offeringId: '00000000-0000-4000-8000-000000000000',
          areas: [{ kind: 'POLYGON', geometry: { type: 'Polygon', coordinates: deep } }],
        },
      },
    );
    expectRefused(res, 'BAD_USER_INPUT', { reason: 'TOO_DEEP' });
    expect(res.errors![0]!.message).toMatch(
      /^\$i\.areas\[0\]\.geometry\.coordinates(\[0\])+: te diep genest/,
    );
    const max = Number(/hoogstens (\d+) niveaus/.exec(res.errors![0]!.message)![1]);
    expect(res.errors![0]!.extensions!['fields']).toEqual([
      expect.objectContaining({ code: 'TOO_DEEP', params: { max } }),
    ]);
    expect(await writableCounts(t)).toEqual(before);
  });
});
