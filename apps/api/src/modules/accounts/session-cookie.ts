import type { Response } from 'express';
import { cookieSecure, type AppConfig } from '../../config/config.schema.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import type { ViewerModel } from './models/account.model.js';
import type { Actor } from '../../common/auth/roles.js';
import { SESSION_COOKIE } from './session.middleware.js';

// The session cookie and the viewer it signs in: shared by login and partner registration.
export function toViewer(actor: Actor, csrfToken: string | null): ViewerModel {
  return {
    id: actor.userId,
    email: actor.label,
    role: actor.role,
    organisationId: actor.organisationId,
    schoolCodes: actor.schoolCodes,
    municipalityCodes: actor.municipalityCodes,
    csrfToken,
  };
}

function cookieOptions(config: AppConfig) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: cookieSecure(config),
    path: '/',
  };
}

function responseOf(ctx: GraphqlContext): Response {
  return ctx.req.res as Response;
}

export function setSessionCookie(ctx: GraphqlContext, config: AppConfig, token: string): void {
  responseOf(ctx).cookie(SESSION_COOKIE, token, {
    ...cookieOptions(config),
    maxAge: config.SESSION_MAX_DAYS * 86_400_000,
  });
}

export function clearSessionCookie(ctx: GraphqlContext, config: AppConfig): void {
  responseOf(ctx).clearCookie(SESSION_COOKIE, cookieOptions(config));
}
