import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

// A caller's id is kept when it is a plausible token (a proxy's or a client's trace id);
// anything else — too long, spaces, control characters — is replaced, never logged raw.
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/** The id of the request being handled, when called while handling one. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && ACCEPTED_ID.test(given) ? given : randomUUID();
}

export interface AccessLog {
  log(message: string, fields: Record<string, unknown>): void;
}

/**
 * Gives every request an id (the caller's `X-Request-Id` or a new one), echoes it in the
 * answer, makes it available to every log line written while the request runs, and writes
 * one access line when the answer is sent.
 */
export function requestContext(access: AccessLog) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const started = performance.now();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.on('finish', () => {
      // originalUrl: req.path is rewritten by mounted routers; the query string is left out.
      const path = req.originalUrl.split('?')[0];
      access.log(`${req.method} ${path} ${res.statusCode}`, {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    storage.run({ requestId }, next);
  };
}
