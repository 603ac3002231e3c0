import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { cacheControlFor, chooseEncoding, IMMUTABLE, staticClient } from './static-files.js';

describe('chooseEncoding', () => {
  const both = { br: true, gzip: true };
  it('prefers brotli, then gzip, then none', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('br', { br: false, gzip: true })).toBeNull();
    expect(chooseEncoding(undefined, both)).toBeNull();
    expect(chooseEncoding('identity', both)).toBeNull();
  });
  it('honours q=0 and the wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0', both)).toBeNull();
  });
});

describe('cacheControlFor', () => {
  it('caches hashed assets for a year and revalidates the rest', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/favicon.svg')).toBe('no-cache');
  });
});

describe('staticClient', () => {
  let dir: string;
  let app: express.Express;
  const js = 'export const answer = 42;\n'.repeat(200);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'index.html.gz'), gzipSync('<!doctype html><title>x</title>'));
    writeFileSync(join(dir, 'assets/app-1a2b.js'), js);
    writeFileSync(join(dir, 'assets/app-1a2b.js.br'), brotliCompressSync(js));
    writeFileSync(join(dir, 'assets/app-1a2b.js.gz'), gzipSync(js));
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = express();
    app.use(
      staticClient(
        dir,
        (path) => path.startsWith('/graphql'),
        (res) => res.status(503).send('not built'),
      ),
    );
    app.use((_req, res) => res.status(404).send('nothing here'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** GET with this Accept-Encoding, the body kept as the bytes that came over the wire. */
  const getBytes = (path: string, acceptEncoding: string) =>
    request(app)
      .get(path)
      .set('Accept-Encoding', acceptEncoding)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('sends brotli to a browser that accepts it, immutable, varying on Accept-Encoding', async () => {
    const res = await getBytes('/assets/app-1a2b.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['vary']).toBe('Accept-Encoding');
    // The client library may already have decoded it; either way the bytes are the file's.
    const body = res.body as Buffer;
    let text: string;
    try {
      text = brotliDecompressSync(body).toString();
    } catch {
      text = body.toString();
    }
    expect(text).toBe(js);
  });

  it('sends gzip when brotli is not accepted, and the plain file when neither is', async () => {
    const gz = await getBytes('/assets/app-1a2b.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    // supertest may already have inflated it; either way the text is the file.
    const body = gz.body as Buffer;
    const text = body[0] === 0x1f ? gunzipSync(body).toString() : body.toString();
    expect(text).toBe(js);

    const plain = await request(app).get('/assets/app-1a2b.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(js);
  });

  it('answers client routes with index.html, never cached without revalidation', async () => {
    const res = await request(app).get('/gemeente?code=GM0363').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const direct = await request(app).get('/index.html').set('Accept', 'text/html');
    expect(direct.headers['cache-control']).toBe('no-cache');
  });

  it('leaves API paths, unknown assets and non-GET requests alone', async () => {
    expect((await request(app).get('/graphql').set('Accept', 'text/html')).status).toBe(404);
    expect((await request(app).get('/assets/gone-0000.js')).status).toBe(404);
    expect((await request(app).post('/overzicht')).status).toBe(404);
    const svg = await request(app).get('/favicon.svg');
    expect(svg.headers['cache-control']).toBe('no-cache');
    expect(svg.headers['content-encoding']).toBeUndefined();
  });

  it('says the client is not built when there is no index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pw-static-empty-'));
    const bare = express();
    bare.use(
      staticClient(
        empty,
        () => false,
        (res) => res.status(503).send('not built'),
      ),
    );
    const res = await request(bare).get('/').set('Accept', 'text/html');
    expect(res.status).toBe(503);
    rmSync(empty, { recursive: true, force: true });
  });
});
