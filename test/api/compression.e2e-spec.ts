import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Large answers (the client bundle, the map's school points, a schema introspection) are sent
// gzip-compressed to clients that accept it; small ones, like a match result, are not.
describe('response compression', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const post = (query: string) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', 'accept-encoding': 'gzip' })
      .send({ query });

  it('compresses a large answer and leaves a small one alone', async () => {
    const big = await post(
      `{ __schema { types { name description fields { name description args { name } } } } }`,
    );
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    // supertest inflates the body: it is still the whole, valid answer.
    expect(
      (big.body as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length,
    ).toBeGreaterThan(50);

    const small = await post(`{ __typename }`);
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ data: { __typename: 'Query' } });
  });
});
