import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { startBootServer } from './boot-server.js';
import { Readiness } from './readiness.js';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function get(
  port: number,
  path: string,
  accept: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { accept } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the boot server (before the app listens)', () => {
  let port: number;
  let close: () => Promise<void>;
  const readiness = new Readiness();

  beforeAll(async () => {
    port = await freePort();
    readiness.set('migrating');
    ({ close } = await startBootServer(port, '127.0.0.1', readiness));
  });

  afterAll(async () => {
    await close();
  });

  it('gives a browser a Dutch-first page that reloads itself, with Retry-After', async () => {
    for (const path of ['/', '/portaal', '/zoeken?school=ZZ0100']) {
      const res = await get(port, path, BROWSER);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('<html lang="nl">');
      expect(res.body).toContain('<meta http-equiv="refresh" content="5">');
      expect(res.body).toMatch(
        /Partnerwijzer wordt gestart: de database wordt bijgewerkt\..*\n<p lang="en">Partnerwijzer is starting: the database is being updated\./,
      );
    }
    const head = await get(port, '/', BROWSER, 'HEAD');
    expect(head.status).toBe(503);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.body).toBe('');
  });

  it('keeps JSON for API clients and health checks, whatever they accept', async () => {
    for (const [path, accept] of [
      ['/graphql', 'application/json'],
      ['/hsds/services', '*/*'],
      ['/health/ready', BROWSER],
    ] as const) {
      const res = await get(port, path, accept);
      expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
        path,
        status: 503,
        type: 'application/json',
      });
      expect(JSON.parse(res.body)).toEqual({
        status: 'migrating',
        message: 'database wordt bijgewerkt (migrating)',
      });
    }
    const live = await get(port, '/health/live', BROWSER);
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body)).toEqual({ status: 'live' });
  });
});
