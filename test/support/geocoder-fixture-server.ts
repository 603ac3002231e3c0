import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A stand-in for the PDOK Locatieserver on 127.0.0.1: answers /free with the documents in
// test/fixtures/geocoder/ (written in the documented shape; see its README). It records what it
// was asked, and can be told to fail, so tests see our adapter handle a real HTTP exchange.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'geocoder');

export type GeocoderMode = 'ok' | 'error' | 'garbage' | 'slow';

export interface GeocoderFixtureServer {
  /** The base URL to put in GEOCODER_URL (the adapter appends /free). */
  url: string;
  requests: URL[];
  mode: GeocoderMode;
  close(): Promise<void>;
}

export function fixtureFor(q: string): string {
  const text = q.toLowerCase().replace(/\s+/g, '');
  if (text.includes('broersvest')) return 'free-broersvest-schiedam.json';
  if (text.startsWith('3111')) return 'free-postcode-3111ea.json';
  if (text.includes('vreemd')) return 'free-odd-documents.json';
  return 'free-none.json';
}

export async function startGeocoderFixtureServer(): Promise<GeocoderFixtureServer> {
  const state: GeocoderFixtureServer = {
    url: '',
    requests: [],
    mode: 'ok',
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push(url);
    if (url.pathname !== '/bzk/locatieserver/search/v3_1/free') {
      res.writeHead(404).end();
      return;
    }
    if (state.mode === 'error') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    if (state.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"response": "nee"');
      return;
    }
    const body = readFileSync(join(FIXTURES, fixtureFor(url.searchParams.get('q') ?? '')));
    const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (state.mode === 'slow') setTimeout(send, 2_000);
    else send();
  });
  // Idle keep-alive sockets must not hold the test process open.
  server.keepAliveTimeout = 100;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`;
  return state;
}
