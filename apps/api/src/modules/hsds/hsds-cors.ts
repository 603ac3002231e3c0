import type { NextFunction, Request, Response } from 'express';

// The HSDS read API is for other sites too (decision 0019): every answer under /hsds carries
// `Access-Control-Allow-Origin: *`, not only the handlers' own 200s. Without it a browser
// client got a network error instead of our 404 (an unknown path such as
// /hsds/service_at_locations/{id}), 413 or 503, and a request that needs a preflight (any
// header beyond the simple ones, e.g. X-Requested-With) found no OPTIONS answer at all.
// No credentials: cookies never go along, so the import (session + CSRF token, or the
// operator's token) stays same-site; its preflight allows no POST.

const PREFLIGHT_MAX_AGE_S = 86_400;
const MAX_ASKED_HEADERS = 500;

function isHsdsPath(path: string): boolean {
  return path === '/hsds' || path.startsWith('/hsds/');
}

/** Express middleware: CORS for every /hsds answer, and the preflight for its reads. */
export function hsdsCors(req: Request, res: Response, next: NextFunction): void {
  if (!isHsdsPath(req.path)) {
    next();
    return;
  }
  res.setHeader('access-control-allow-origin', '*');
  // What a client may read besides the simple headers: the file name of the datapackage and
  // the request id to quote in a question to the operator.
  res.setHeader('access-control-expose-headers', 'content-disposition, x-request-id');
  if (req.method !== 'OPTIONS') {
    next();
    return;
  }
  res.setHeader('access-control-allow-methods', 'GET, HEAD');
  const asked = req.headers['access-control-request-headers'];
  if (typeof asked === 'string' && asked !== '') {
    // Any header may come along on a read: without credentials it opens nothing.
    res.setHeader('access-control-allow-headers', asked.slice(0, MAX_ASKED_HEADERS));
  }
  res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_S));
  res.setHeader('vary', 'Access-Control-Request-Headers');
  res.status(204).end();
}
