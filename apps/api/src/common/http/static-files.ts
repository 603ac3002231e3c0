import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// The built web client, served by the API itself (decision 0015). The build writes a `.br` and a
// `.gz` next to every compressible file; this picks the best one the browser accepts. Files
// under /assets/ carry a content hash in their name, so they may be cached for a year and never
// revalidated; index.html (which names those files) must be revalidated on every visit.

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

interface StaticFile {
  path: string;
  size: number;
  /** Precompressed neighbours, when the build wrote them. */
  br?: { path: string; size: number };
  gzip?: { path: string; size: number };
}

/** Every file under `dir`, keyed by URL path (`/assets/index-abc.js`), read once at start. */
function catalogue(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) {
        const url = '/' + relative(dir, full).split(sep).join('/');
        const file: StaticFile = { path: full, size: statSync(full).size };
        if (existsSync(`${full}.br`))
          file.br = { path: `${full}.br`, size: statSync(`${full}.br`).size };
        if (existsSync(`${full}.gz`))
          file.gzip = { path: `${full}.gz`, size: statSync(`${full}.gz`).size };
        files.set(url, file);
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * The encoding to send for an Accept-Encoding header: `br` before `gzip`, neither when the
 * browser refuses it with q=0 or does not name it (an identity answer is always acceptable).
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: { br: boolean; gzip: boolean },
): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (available.br && ok('br')) return 'br';
  if (available.gzip && ok('gzip')) return 'gzip';
  return null;
}

/** The cache rule for a URL path: hashed build output forever, everything else revalidated. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built client from `dir`: exact files with their precompressed variant when the
 * browser accepts it (Vary: Accept-Encoding), and `index.html` for any other GET that wants
 * HTML and is not an API path (client-side routes). Unknown files under /assets/ are 404.
 */
export function staticClient(
  dir: string,
  isApiPath: (path: string) => boolean,
  notBuilt: (res: Response) => void,
): RequestHandler {
  const indexPath = join(dir, 'index.html');
  const files = existsSync(indexPath) ? catalogue(dir) : new Map<string, StaticFile>();
  const index = files.get('/index.html');

  const send = (req: Request, res: Response, urlPath: string, file: StaticFile) => {
    const encoding = chooseEncoding(req.headers['accept-encoding'], {
      br: file.br !== undefined,
      gzip: file.gzip !== undefined,
    });
    const variant = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : undefined;
    res.setHeader('Content-Type', TYPES[extname(file.path)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', cacheControlFor(urlPath));
    if (file.br || file.gzip) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    // `sendFile` adds Last-Modified and ETag (per variant file) and answers conditional requests;
    // the headers set above win over its defaults.
    res.sendFile(variant?.path ?? file.path, { cacheControl: false });
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path)) return next();
    const file = req.path === '/index.html' ? undefined : files.get(req.path);
    if (file) return send(req, res, req.path, file);
    if (req.path.startsWith('/assets/')) return next();
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    if (index) return send(req, res, '/index.html', index);
    notBuilt(res);
  };
}
