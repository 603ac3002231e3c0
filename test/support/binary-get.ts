import request from 'supertest';
import type { TestApp } from './test-app.js';

// supertest parses only text-like bodies by itself; zip and xlsx downloads are read whole as
// bytes here.

/** GET `path` from the app with `headers`; the response's body is a Buffer of every byte. */
export async function getBytes(
  t: TestApp,
  path: string,
  headers: Record<string, string> = {},
): Promise<request.Response & { body: Buffer }> {
  return request(t.app.getHttpServer())
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
