import { graphql } from '../generated/gql.js';
import {
  startGeocoderFixtureServer,
  type GeocoderFixtureServer,
} from '../support/geocoder-fixture-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// geocode(query) against a local stand-in for the PDOK Locatieserver that serves documents in
// its documented shape (test/fixtures/geocoder/): our adapter does the real HTTP exchange.
const GEOCODE = graphql(`
  query GeocodePlaces($q: String!) {
    geocode(query: $q) {
      geocoderAvailable
      places { label kind location { lat lng } municipalityCode postcode }
    }
  }`);

const RAW = 'query Raw($q: String!) { geocode(query: $q) { places { label } } }';

// Each test asks as a client of its own (X-Forwarded-For, one trusted proxy hop), so the
// look-ups of one test never count towards another's per-client limit, whatever the order.
const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('geocode', () => {
  let t: TestApp;
  let pdok: GeocoderFixtureServer;

  beforeAll(async () => {
    pdok = await startGeocoderFixtureServer();
    t = await startTestApp({
      GEOCODER_URL: pdok.url,
      GEOCODER_TIMEOUT_MS: '500',
      RATE_LIMIT_GEOCODE_PER_IP: '14',
      TRUST_PROXY_HOPS: '1',
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await pdok?.close();
  }, 60_000);

  beforeEach(() => {
    pdok.mode = 'ok';
    pdok.requests.length = 0;
  });

  it('turns an address into a point through the Locatieserver free service', async () => {
    const res = await t.gql(GEOCODE, { q: '  Broersvest 5   Schiedam ' }, from('192.0.2.1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.geocode.geocoderAvailable).toBe(true);
    expect(res.data!.geocode.places[0]).toEqual({
      label: 'Broersvest 5, 3111EA Schiedam',
      kind: 'ADDRESS',
      location: { lat: 51.91712583, lng: 4.39923412 },
      municipalityCode: 'GM0606',
      postcode: '3111EA',
    });
    expect(res.data!.geocode.places[1]).toMatchObject({ kind: 'STREET', postcode: null });
    // Only parameters from the Locatieserver's OpenAPI document, the text tidied.
    expect(pdok.requests).toHaveLength(1);
    const asked = pdok.requests[0]!;
    expect([...asked.searchParams.keys()].sort()).toEqual(['fl', 'fq', 'q', 'rows']);
    expect(asked.searchParams.get('q')).toBe('Broersvest 5 Schiedam');
  }, 30_000);

  it('finds a postcode, and skips documents without a usable point in the Netherlands', async () => {
    const postcode = await t.gql(GEOCODE, { q: '3111 EA' }, from('192.0.2.2'));
    expect(postcode.data!.geocode.places).toEqual([
      expect.objectContaining({ kind: 'POSTCODE', label: '3111EA Schiedam' }),
    ]);
    const odd = await t.gql(GEOCODE, { q: 'vreemde plek' }, from('192.0.2.2'));
    expect(odd.data!.geocode.places.map((p) => p.label)).toEqual(['Schiedam']);
  }, 30_000);

  it('falls back to municipality centres when the geocoder fails or finds nothing', async () => {
    for (const mode of ['error', 'garbage', 'slow'] as const) {
      pdok.mode = mode;
      const res = await t.gql(GEOCODE, { q: 'Kerkstraat 1 Schiedam' }, from('192.0.2.3'));
      expect([mode, res.errors]).toEqual([mode, undefined]);
      expect(res.data!.geocode.geocoderAvailable).toBe(false);
      expect(res.data!.geocode.places[0]).toMatchObject({
        label: 'Schiedam',
        kind: 'MUNICIPALITY_CENTRE',
        municipalityCode: 'GM0606',
      });
    }
    pdok.mode = 'ok';
    const none = await t.gql(GEOCODE, { q: 'Schiedam' }, from('192.0.2.3'));
    expect(none.data!.geocode).toMatchObject({
      geocoderAvailable: true,
      places: [expect.objectContaining({ kind: 'MUNICIPALITY_CENTRE' })],
    });
  }, 60_000);

  it('refuses hostile queries with a code naming the field, without calling the geocoder', async () => {
    const cases: [string, Record<string, unknown>][] = [
      // NUL is refused before any resolver runs (input hygiene), naming the variable.
      ['Broers\u0000vest', { field: '$q', code: 'CONTROL_CHARACTERS' }],
      ['Broers\u0007vest', { field: '$q', code: 'CONTROL_CHARACTERS' }],
      ['x'.repeat(201), { field: 'query', code: 'TOO_LONG', params: { max: 200 } }],
      ['  a ', { field: 'query', code: 'TOO_SHORT', params: { min: 2 } }],
    ];
    for (const [q, problem] of cases) {
      const res = await t.gql(RAW, { q }, from('192.0.2.4'));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining(problem)]);
    }
    const huge = await t.gql(RAW, { q: 'x'.repeat(100_000) }, from('192.0.2.4'));
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(pdok.requests).toHaveLength(0);
  }, 30_000);

  it('limits look-ups per client (RATE_LIMIT_GEOCODE_PER_IP)', async () => {
    let refused: unknown;
    for (let i = 0; i < 16 && !refused; i++) {
      const res = await t.gql(GEOCODE, { q: '3111 EA' }, from('192.0.2.5'));
      if (res.errors) refused = res.errors[0]!.extensions;
    }
    expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
    // Per client: another one is still answered.
    const other = await t.gql(GEOCODE, { q: '3111 EA' }, from('192.0.2.6'));
    expect(other.errors).toBeUndefined();
  }, 60_000);
});
