import { jest } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectHealthy, expectRefused, MODES, writableCounts } from './security-support.js';
import { stringInputCases } from './string-inputs.js';

jest.setTimeout(600_000);

const TOKEN = 'operator-token-for-the-hostile-input-suite-0123';

// What no string may hold, each with the reason and the start of the problem text it gets.
// A lone surrogate is half of a character (JSON may carry it as "\ud800"); PostgreSQL refuses it
// in JSON and validator.js throws on it, so it used to end as INTERNAL_SERVER_ERROR. Direction
// overrides and isolates make a name or message show other than it reads.
const HOSTILE = [
  {
    kind: 'a NUL byte',
    text: 'a\u0000b',
    reason: 'CONTROL_CHARACTER',
    lead: 'bevat een stuurteken',
  },
  {
    kind: 'a lone UTF-16 surrogate',
    text: 'a\ud800b',
    reason: 'BROKEN_CHARACTER',
    lead: 'bevat een half teken',
  },
  {
    kind: 'a right-to-left override',
    text: 'a\u202eb',
    reason: 'DIRECTION_CONTROL',
    lead: 'bevat een teken dat de leesrichting',
  },
] as const;
const CASES = stringInputCases(HOSTILE[0].text);

// The 14 NUL-byte paths (contact message, names, searches, login email, a cursor, …),
// replayed for every string a client can send: each public and signed-in query and mutation in
// apps/api/schema.gql, each String/ID/DateTime/JSON in its arguments. Sent as an ADMIN (bearer
// token), so a string that slipped through would reach the resolver. Each is refused with
// BAD_USER_INPUT naming the field, nothing is written (10 tables read back), and /health/ready
// stays ready; in development and in production mode. The same for each of HOSTILE.
describe.each(MODES)('hostile characters in every string input (NODE_ENV=%s)', (mode) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: mode, ADMIN_API_TOKEN: TOKEN });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('finds the strings the issue named among the inputs', () => {
    const names = CASES.map((c) => c.name);
    for (const expected of [
      'mutation requestContact $input.message',
      'mutation registerPartner $input.organisationName',
      'mutation login $email',
      'mutation requestPasswordReset $email',
      'mutation confirmRegistration $token',
      'query schools $search',
      'query organisations $after',
      'query searchOfferings $input.text',
      'mutation setOfferingCoverage $input.areas[0].geometry.text',
    ]) {
      expect(names).toContain(expected);
    }
    expect(CASES.length).toBeGreaterThan(100);
  });

  it.each(HOSTILE)(
    'refuses $kind in each one naming the field, writes nothing, and stays ready',
    async ({ kind, text, reason, lead }) => {
      const failures: string[] = [];
      let refused = 0;
      for (const c of stringInputCases(text)) {
        const before = await writableCounts(t);
        const res = await t.gql(c.query, c.variables, { authorization: `Bearer ${TOKEN}` });
        try {
          expectRefused(res, 'BAD_USER_INPUT', { reason });
          expect(res.status).toBe(400);
          expect(res.errors![0]!.message.startsWith(`${c.field}: ${lead}`)).toBe(true);
          expect(await writableCounts(t)).toEqual(before);
          refused++;
        } catch {
          failures.push(`${c.name}: ${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
        }
      }
      await expectHealthy(t);
      expect(failures).toEqual([]);
      console.log(`${mode}: ${refused} of ${CASES.length} string inputs refused with ${kind}`);
    },
  );

  it('refuses coverage coordinates nested 5,000 deep at the body, naming the field', async () => {
    const before = await writableCounts(t);
    // Written as text: JSON.stringify itself recurses too deep for 5,000 levels.
    const coordinates = `${'['.repeat(5000)}5.1,52.1${']'.repeat(5000)}`;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${TOKEN}`)
      .send(
        `{"query":"mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }",` +
          `"variables":{"i":{"offeringId":"00000000-0000-4000-8000-000000000000",` +
          `"areas":[{"kind":"POLYGON","geometry":{"type":"Polygon","coordinates":${coordinates}}}]}}}`,
      );
    const body = res.body as { errors: { message: string; extensions: object }[] };
    expectRefused({ status: res.status, errors: body.errors as never }, 'BAD_USER_INPUT', {
      reason: 'TOO_DEEP',
    });
    expect(body.errors[0]!.message).toMatch(
      /^\$i\.areas\[0\]\.geometry\.coordinates(\[0\])+: te diep genest: hoogstens \d+ niveaus \(nested too deeply/,
    );
    // The field carries the code TOO_DEEP and the limit, which the web's catalogue words.
    const ext = body.errors[0]!.extensions as { fields: { code: string; params: object }[] };
    const max = Number(/hoogstens (\d+) niveaus/.exec(body.errors[0]!.message)![1]);
    expect(ext.fields).toEqual([expect.objectContaining({ code: 'TOO_DEEP', params: { max } })]);
    expect(await writableCounts(t)).toEqual(before);
    await expectHealthy(t);
  });
});
