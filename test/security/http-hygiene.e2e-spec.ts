import { jest } from '@jest/globals';
import request from 'supertest';
import { tileSource } from '../../apps/api/src/common/http/security-headers.js';
import type { TestApp } from '../support/test-app.js';
import { healthyAppPerSuite, MODES, writableCounts } from './security-support.js';

jest.setTimeout(180_000);

const TILES = 'https://{s}.tiles.example.nl/{z}/{x}/{y}.png';

describe('tileSource', () => {
  it('gives the tile origin, with a wildcard for a {s} subdomain, and none for none', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileSource(TILES)).toBe('https://*.tiles.example.nl');
    expect(tileSource('none')).toBeNull();
  });
});

// Headers and body limits on the running server, in development and in production mode.
describe.each(MODES)('HTTP hygiene (NODE_ENV=%s)', (mode) => {
  let t: TestApp;

  healthyAppPerSuite(
    {
      NODE_ENV: mode,
      MAP_TILE_URL: TILES,
      HTTP_BODY_LIMIT_BYTES: '100000',
    },
    (app) => (t = app),
  );

  it.each(['/', '/graphql', '/health/ready'])('sends the security headers on %s', async (path) => {
    const server = t.app.getHttpServer();
    const res =
      path === '/graphql'
        ? await request(server).post(path).send({ query: '{ appInfo { version } }' })
        : await request(server).get(path).set('accept', 'text/html');
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.nl(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    if (mode === 'production') {
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(csp).toContain('upgrade-insecure-requests');
    } else {
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('refuses a body over HTTP_BODY_LIMIT_BYTES with a JSON 413, and writes nothing', async () => {
    const before = await writableCounts(t);
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: `mutation ($i: RegisterPartnerInput!) { registerPartner(input: $i) { message } }`,
        variables: {
          i: {
            organisationName: 'x'.repeat(150_000),
            kvkNumber: '12345678',
            email: 'groot@example.nl',
            password: 'een lang genoeg wachtwoord',
          },
        },
      });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'Verzoek te groot: hoogstens 100000 bytes (request body too large: at most 100000 bytes)',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect(await writableCounts(t)).toEqual(before);
  });

  it('answers a body that is not JSON with a JSON 400, no stack trace', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ appInfo { version } }"');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body).toEqual({
      errors: [
        {
          message: 'Verzoek is geen geldige JSON (request body is not valid JSON)',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect(res.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('says in words, Dutch first, why a body in another charset or encoding is not read', async () => {
    const send = (headers: Record<string, string>) =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send('{"query": "{ appInfo { version } }"}');
    const charset = await send({ 'content-type': 'application/json; charset=latin1' });
    const encoding = await send({ 'content-encoding': 'compress' });
    for (const [res, dutch] of [
      [charset, /^Verzoek in een tekenset die de server niet leest: stuur UTF-8 \(.+UTF-8\)$/],
      [encoding, /^Verzoek ingepakt op een manier die de server niet uitpakt.*\(.+\)$/],
    ] as const) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const error = (res.body as { errors: { message: string; extensions: object }[] }).errors[0]!;
      expect(error.message).toMatch(dutch);
      // No body-parser code such as charset.unsupported in the sentence.
      expect(error.message).not.toMatch(/(charset|encoding)\.unsupported/);
      expect(error.extensions).toEqual({ code: 'BAD_REQUEST' });
    }
  });
});
