import request from 'supertest';
import { suiteTestApp } from '../support/test-app.js';

// What a browser on another site meets when it reads the HSDS API: every answer under /hsds is
// readable cross-origin (also the 404 of a path we do not offer, and a 400), a preflight gets
// its answer, and the directory's text is marked Dutch. The import stays same-site.

describe('HSDS API for other sites (CORS, language)', () => {
  const t = suiteTestApp({ SEED_DEMO_DATA: 'false' });
  const origin = 'https://consument.example.org';
  const get = (path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('origin', origin)
      .set('accept', 'application/json');

  it('lets another site read the 404 of a path it may guess, and a 400', async () => {
    // /service_at_locations/{id} is in the reference OpenAPI; we do not offer it (0019).
    const missing = await get('/hsds/service_at_locations/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    const bad = await get('/hsds/services?per_page=0');
    expect(bad.status).toBe(400);
    expect(bad.headers['access-control-allow-origin']).toBe('*');
    const unknown = await get('/hsds/services/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['access-control-allow-origin']).toBe('*');
  }, 30_000);

  it('answers a preflight for a read with the headers the client asked for', async () => {
    const res = await request(t.app.getHttpServer())
      .options('/hsds/services?per_page=5')
      .set('origin', origin)
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'x-requested-with, accept-language');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD');
    expect(res.headers['access-control-allow-headers']).toBe('x-requested-with, accept-language');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    // The import is not for other sites: its preflight allows no POST.
    const imp = await request(t.app.getHttpServer())
      .options('/hsds/import')
      .set('origin', origin)
      .set('access-control-request-method', 'POST');
    expect(String(imp.headers['access-control-allow-methods'])).not.toMatch(/POST/);
  }, 30_000);

  it('marks the directory text as Dutch and lets a client read the download name', async () => {
    const list = await get('/hsds/taxonomies');
    expect(list.status).toBe(200);
    expect(list.headers['access-control-allow-origin']).toBe('*');
    expect(list.headers['content-language']).toBe('nl');
    const zip = await get('/hsds/datapackage.zip');
    expect(zip.status).toBe(200);
    expect(zip.headers['content-language']).toBe('nl');
    expect(String(zip.headers['access-control-expose-headers'])).toContain('content-disposition');
    // Outside /hsds nothing changes: GraphQL stays same-site.
    const gql = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('origin', origin)
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(gql.headers['access-control-allow-origin']).toBeUndefined();
  }, 60_000);
});
