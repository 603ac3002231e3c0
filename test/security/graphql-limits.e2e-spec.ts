import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import request from 'supertest';
import { jitExecutionStats } from '../../apps/api/src/graphql/jit-execution.plugin.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';
import { expectRefused, healthyAppPerSuite, MODES, writableCounts } from './security-support.js';

jest.setTimeout(180_000);

/** organisations → nodes → offerings → organisation → offerings … with `hops` relation hops. */
function offeringLoop(hops: number): string {
  let open = '';
  for (let i = 0; i < hops; i++) open += i % 2 === 0 ? 'offerings { ' : 'organisation { ';
  return `{ organisations(first: 1) { nodes { ${open} id ${'} '.repeat(hops)} } } }`;
}

// GraphQL armour, attacked the way the issue did it: every request is refused before it is
// executed, with QUERY_TOO_COMPLEX naming the limit, and nothing is written.
describe.each(MODES)('GraphQL limits (NODE_ENV=%s)', (mode) => {
  let t: TestApp;

  healthyAppPerSuite({ NODE_ENV: mode }, (app) => (t = app));

  it('refuses the deep offering → organisation → offerings loop on its depth', async () => {
    const res = await t.gql(offeringLoop(25));
    expectRefused(res, 'QUERY_TOO_COMPLEX', { limit: 'depth', max: 12, found: 28 });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(
      /^Query te groot: nestingsdiepte is 28, hoogstens 12 toegestaan.*\(query too large: depth is 28/,
    );
    // Within the depth limit a shorter loop still works (three rounds of up to 100 offerings
    // each pass the cost limit: 100³).
    const fine = await t.gql(offeringLoop(4));
    expect(fine.errors).toBeUndefined();
  });

  it('refuses a query within the depth limit whose lists multiply past the cost limit', async () => {
    const big = `organisations(first: 200) { nodes { offerings { organisation { offerings {
      organisation { offerings { coverage { id } } } } } } } }`;
    const res = await t.gql(`{ a: ${big} b: ${big} }`);
    expectRefused(res, 'QUERY_TOO_COMPLEX', { limit: 'cost', max: 200_000 });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toHaveProperty('found');
  });

  it('refuses the polygons of a page of organisations up front, and answers one organisation', async () => {
    // Measured before: 3 offerings × 18 polygons × 4,900 corners made this anonymous query
    // answer 5 MB in 2.3 s, growing with every offering a hostile partner added.
    const res = await t.gql(
      '{ organisations(first: 200) { nodes { offerings { coverage { geometry } } } } }',
    );
    expectRefused(res, 'QUERY_TOO_COMPLEX', { limit: 'cost', max: 200_000 });
    expect(res.errors![0]!.message).toMatch(/^Query te groot: kosten .*\(query too large: cost/);
    // The map's own page of partners (no offerings) and its list of areas still pass.
    const page = await t.gql(
      '{ organisations(first: 200) { nodes { id interventionTypes { code labelNl } } } }',
    );
    expect(page.errors).toBeUndefined();
  });

  it('refuses many or deeply chained fragments before validation compares their fields', async () => {
    // 17 KB of such fragments held validation's overlapping-fields rule ~0.7 s of CPU.
    const chain = (n: number, width: number) =>
      Array.from({ length: n }, (_, i) => {
        const next = i === n - 1 ? 'appInfo { version }' : `...F${i + 1} `.repeat(width);
        return `fragment F${i} on Query { ${next} appInfo { version } }`;
      }).join('\n');
    const many = await t.gql(`{ ...F0 }\n${chain(40, 2)}`);
    expectRefused(many, 'QUERY_TOO_COMPLEX', { limit: 'fragments', max: 30, found: 40 });
    expect(many.errors![0]!.message).toMatch(/aantal fragmenten.*number of fragments/);
    const deep = await t.gql(`{ ...F0 }\n${chain(8, 1)}`);
    expectRefused(deep, 'QUERY_TOO_COMPLEX', { limit: 'fragmentDepth', max: 6, found: 8 });
    // Without fragments: 900 copies of one field (18 KB) held validation ~0.26 s.
    const wide = await t.gql(`{ ${'appInfo { version } '.repeat(900)} }`);
    expectRefused(wide, 'QUERY_TOO_COMPLEX', { limit: 'selections', max: 100, found: 900 });
    // Within the limits the same chain is answered.
    const fine = await t.gql<{ appInfo: { version: string } }>(`{ ...F0 }\n${chain(6, 1)}`);
    expect(fine.errors).toBeUndefined();
    expect(fine.data!.appInfo.version).toBeTruthy();
  });

  it('refuses 50,000 aliases at parse time, on the token limit', async () => {
    const fields = Array.from({ length: 50_000 }, (_, i) => `a${i}: appInfo { version }`);
    const res = await t.gql(`{ ${fields.join(' ')} }`);
    expectRefused(res, 'QUERY_TOO_COMPLEX', { limit: 'tokens', max: 4000 });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/^Query te groot: meer dan 4000 tokens/);
  });

  it('refuses more aliases than allowed even in a small document', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: appInfo { version }`);
    expectRefused(await t.gql(`{ ${fields.join(' ')} }`), 'QUERY_TOO_COMPLEX', {
      limit: 'aliases',
      max: 30,
      found: 31,
    });
  });

  it('holds on the compiled (graphql-jit) path: matchPartners aliased or deep is not run', async () => {
    const before = jitExecutionStats();
    const match = (alias: string) =>
      `${alias}: matchPartners(input: { vestigingscode: "00AA00", limit: 100 }) {
        matches { offering { organisation { offerings { organisation { offerings {
          organisation { offerings { organisation { offerings { organisation { id } } } } } } } } } } } }`;
    const deep = await t.gql(`{ ${match('m')} }`);
    expectRefused(deep, 'QUERY_TOO_COMPLEX', { limit: 'depth' });
    const many = Array.from(
      { length: 31 },
      (_, i) => `m${i}: matchPartners(input: { vestigingscode: "00AA00" }) { uncoveredNeeds }`,
    );
    expectRefused(await t.gql(`{ ${many.join(' ')} }`), 'QUERY_TOO_COMPLEX', { limit: 'aliases' });
    expect(jitExecutionStats()).toEqual(before);
  });

  it('refuses the same side-effect mutation twice in one request, and writes nothing', async () => {
    const before = await writableCounts(t);
    const resets = Array.from(
      { length: 25 },
      (_, i) => `r${i}: requestPasswordReset(email: "beheer@example.nl")`,
    );
    const reset = await t.gql(`mutation { ${resets.join(' ')} }`);
    expectRefused(reset, 'QUERY_TOO_COMPLEX', {
      limit: 'repeatedMutation',
      max: 1,
      found: 25,
    });
    expect(reset.errors![0]!.message).toContain('requestPasswordReset');

    const registrations = Array.from(
      { length: 10 },
      (
        _,
        i,
      ) => `p${i}: registerPartner(input: { organisationName: "Aanval ${i}", kvkNumber: "1234567${i}",
        email: "aanval${i}@example.nl", password: "een lang genoeg wachtwoord ${i}" }) { message }`,
    );
    expectRefused(await t.gql(`mutation { ${registrations.join(' ')} }`), 'QUERY_TOO_COMPLEX', {
      limit: 'repeatedMutation',
      found: 10,
    });
    // Hidden in fragments it is the same request.
    const hidden = await t.gql(`mutation { ...A ...B }
      fragment A on Mutation { a: requestPasswordReset(email: "beheer@example.nl") }
      fragment B on Mutation { b: requestPasswordReset(email: "beheer@example.nl") }`);
    expectRefused(hidden, 'QUERY_TOO_COMPLEX', { limit: 'repeatedMutation', found: 2 });
    expect(await writableCounts(t)).toEqual(before);
  });

  it('answers introspection only outside production', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    if (mode === 'production') {
      expectRefused(res, 'GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0]!.message).toMatch(/^Introspectie staat uit/);
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it('suggests field, argument and enum names only where introspection is on', async () => {
    const typos = [
      '{ organisaton(id: "x") { id } }',
      '{ offering(idd: "x") { id } }',
      '{ organisations(first: 1, status: VERIFIEDD) { totalCount } }',
      '{ schools(first: 1) { nodes { naam } } }',
    ];
    for (const typo of typos) {
      const res = await t.gql(typo);
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const message = res.errors![0]!.message;
      // Dutch lead either way; the detail with or without a guess at the right name.
      expect(message).toMatch(/^De query past niet bij het schema/);
      const suggests = /Did you mean/.test(message);
      expect({ typo, suggests }).toEqual({ typo, suggests: mode !== 'production' });
    }
  });

  it('refuses a persisted query whose hash does not match, clearly and with 400', async () => {
    const server = t.app.getHttpServer();
    const query = '{ appInfo { version } }';
    const post = async (body: object): Promise<GqlResponse<unknown>> => {
      const res = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(body);
      const parsed = res.body as Omit<GqlResponse<unknown>, 'status'>;
      return { status: res.status, data: parsed.data ?? undefined, errors: parsed.errors };
    };
    const wrong = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expectRefused(wrong, 'BAD_REQUEST', { reason: 'PERSISTED_QUERY_HASH_MISMATCH' });
    expect(wrong.status).toBe(400);
    const version = await post({
      query,
      extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } },
    });
    expectRefused(version, 'BAD_REQUEST', { reason: 'PERSISTED_QUERY_VERSION' });
    // The right hash registers the query and answers it.
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const right = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(right.errors).toBeUndefined();
  });
});
