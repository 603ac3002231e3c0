import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { parse, type OperationDefinitionNode } from 'graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { AccountsService } from './accounts.service.js';
import type { AuthedRequest, RequestAuth } from '../../common/auth/request-auth.js';
import type { Actor } from '../../common/auth/roles.js';

export const SESSION_COOKIE = 'pw_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The operator's token stands in for an ADMIN: scripts and the earlier e2e suites use it. */
export const OPERATOR_ACTOR: Actor = {
  userId: null,
  label: 'operator (ADMIN_API_TOKEN)',
  role: 'ADMIN',
  organisationId: null,
  schoolCodes: [],
  municipalityCodes: [],
};

// Works out who is calling /graphql before Apollo runs: a bearer token (the operator) or the
// session cookie. A cookie-authenticated mutation must also send the session's CSRF token in
// `x-csrf-token`; without it the request counts as anonymous and protected calls are refused.
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: AuthedRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.auth = await this.authenticate(req);
      next();
    } catch (error) {
      next(error);
    }
  }

  private async authenticate(req: AuthedRequest): Promise<RequestAuth> {
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Bearer ')) {
      const given = Buffer.from(header.slice('Bearer '.length));
      const expected = Buffer.from(this.config.ADMIN_API_TOKEN ?? '');
      const ok =
        expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
      return ok ? { actor: OPERATOR_ACTOR, problem: null } : { actor: null, problem: 'BAD_TOKEN' };
    }
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token || token.length > 100) return { actor: null, problem: null };
    const session = await this.accounts.resolveSession(token);
    if (!session) return { actor: null, problem: null, sessionToken: token };
    if (isMutation(req) && !sameToken(req.headers[CSRF_HEADER], session.csrfToken)) {
      return { actor: null, problem: 'CSRF', sessionToken: token, csrfToken: session.csrfToken };
    }
    return {
      actor: session.actor,
      problem: null,
      sessionToken: token,
      csrfToken: session.csrfToken,
    };
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// GET requests never run mutations (Apollo refuses); for POST, parse the document. A POST
// without a document (an automatic persisted query sent by its hash alone) may be a mutation
// we cannot see, so it needs the CSRF token too.
function isMutation(req: Request): boolean {
  if (req.method !== 'POST') return false;
  const bodies = (Array.isArray(req.body) ? req.body : [req.body]) as unknown[];
  return bodies.some((body) => {
    const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return true;
    try {
      const ops = parse(query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      const op =
        typeof operationName === 'string'
          ? ops.find((o) => o.name?.value === operationName)
          : ops[0];
      return (
        (op ?? ops[0])?.operation === 'mutation' || ops.some((o) => o.operation === 'mutation')
      );
    } catch {
      return false; // Apollo answers the parse error itself
    }
  });
}
