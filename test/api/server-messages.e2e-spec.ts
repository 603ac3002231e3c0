import request from 'supertest';
import { suiteTestApp } from '../support/test-app.js';

// Every refusal the API sends is worded Dutch first, English second: also the ones graphql-js,
// Apollo and Nest word in English (a lead goes first, their detail stays), and a path no route
// has is answered in the API's error shape, not Nest's.
describe('Server messages, Dutch first', () => {
  const t = suiteTestApp({ SEED_DEMO_DATA: 'false' });

  async function graphqlErrors(body: unknown, contentType = 'application/json') {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));
    return {
      status: res.status,
      errors: (res.body as { errors: { message: string; extensions: Record<string, unknown> }[] })
        .errors,
    };
  }

  it.each([
    [
      'a syntax error',
      { query: '{ appInfo { ' },
      'GRAPHQL_PARSE_FAILED',
      'De query is geen geldige GraphQL (the query is not valid GraphQL): Syntax Error: Expected Name, found <EOF>.',
    ],
    [
      'a field the schema lacks',
      { query: '{ nope }' },
      'GRAPHQL_VALIDATION_FAILED',
      'De query past niet bij het schema (the query does not fit the schema): Cannot query field "nope" on type "Query".',
    ],
    [
      'a variable of the wrong type',
      { query: 'query ($c: String!) { municipality(code: $c) { name } }', variables: { c: 5 } },
      'BAD_USER_INPUT',
      'Een waarde in de query of in de variabelen is ongeldig (a value in the query or its variables is invalid): Variable "$c" got invalid value 5; String cannot represent a non string value: 5',
    ],
    [
      'two operations and no name',
      { query: 'query A { appInfo { version } } query B { appInfo { version } }' },
      'OPERATION_RESOLUTION_FAILURE',
      'Niet duidelijk welke operatie moet worden uitgevoerd (unclear which operation to run): Must provide operation name if query contains multiple operations.',
    ],
    [
      'no query at all',
      { variables: {} },
      'BAD_REQUEST',
      'Dit verzoek kan de server niet gebruiken (the server cannot use this request): GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
    ],
  ])('leads with Dutch for %s, keeping the detail', async (_what, body, code, message) => {
    const { status, errors } = await graphqlErrors(body);
    expect(status).toBe(400);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(message);
    expect(errors[0].extensions).toEqual({ code });
  });

  it.each([
    [
      'that one request holds one operation',
      [{ query: '{ appInfo { version } }' }],
      'application/json',
      'Eén operatie per verzoek: stuur een object, geen lijst (one operation per request: send an object, not a list)',
      'BATCHING_DISABLED',
    ],
    [
      'what to send when it blocks a possible CSRF',
      '{"query":"{ appInfo { version } }"}',
      'text/plain',
      'Geweigerd als mogelijke cross-site request forgery: stuur Content-Type: application/json of de header apollo-require-preflight (blocked as a possible CSRF: send Content-Type: application/json or an apollo-require-preflight header)',
      'CSRF',
    ],
  ])('says in both languages %s', async (_what, body, contentType, message, reason) => {
    const { status, errors } = await graphqlErrors(body, contentType);
    expect(status).toBe(400);
    expect(errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST', reason } }]);
  });

  it('leaves our own refusals and the persisted-query token as they are', async () => {
    const own = await graphqlErrors({ query: '{ municipality(code: "XX") { name } }' });
    expect(own.errors[0].message).toBe('code: moet de vorm GMxxxx hebben (must look like GM0363)');
    const persisted = await graphqlErrors({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(persisted.errors[0]).toEqual({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  it.each([
    ['GET', '/hsds/nope'],
    ['GET', '/health/nope'],
    ['POST', '/hsds/services'],
    ['DELETE', '/downloads/municipality/GM0363/needs.csv'],
  ])(
    'answers %s %s, which no route has, with a 404 in the API error shape',
    async (method, path) => {
      const server = t.app.getHttpServer();
      const res =
        method === 'GET'
          ? await request(server).get(path)
          : method === 'POST'
            ? await request(server).post(path)
            : await request(server).delete(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body).toEqual({
        errors: [
          {
            message: `Onbekend adres (no such address): ${method} ${path}`,
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      });
    },
  );

  it('answers an unknown download file in the API error shape', async () => {
    const res = await request(t.app.getHttpServer()).get('/downloads/municipality/GM0363/foo.csv');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      errors: [
        { message: 'Onbekend bestand (unknown file): foo.csv', extensions: { code: 'NOT_FOUND' } },
      ],
    });
  });
});
