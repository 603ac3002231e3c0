import { isNetworkFailure } from '../../app/graphql/network-failure';
import type { Language } from '../../app/i18n/i18n-context';
import { inLanguage, problemText } from './problem-catalogue';

// The one reader of the API's errors: BAD_USER_INPUT names each field (extensions.fields, each
// with a code and parameters), login refusals say why (extensions.reason), and
// UNAUTHENTICATED / FORBIDDEN say who may not. Every text it returns is in the user's language:
// the catalogue by code, else the matching half of the server's "Nederlands (English)" message.

export interface FieldProblem {
  field: string;
  /** Already in the user's language. */
  message: string;
  code?: string | null;
  params?: Record<string, string | number>;
}

export interface ServerErrorInfo {
  code: string | null;
  reason: string | null;
  retryAfterSeconds: number | null;
  /** Seconds to wait when refused for asking too often (login: reason, elsewhere: code). */
  rateLimitedSeconds: number | null;
  fields: FieldProblem[];
  message: string;
}

interface GraphqlErrorLike {
  message?: string;
  extensions?: {
    code?: unknown;
    reason?: unknown;
    retryAfterSeconds?: unknown;
    fields?: unknown;
  };
}

function errorsOf(error: unknown): GraphqlErrorLike[] {
  const errors = (error as { errors?: GraphqlErrorLike[] } | null)?.errors;
  return Array.isArray(errors) ? errors : [];
}

function isProblem(value: unknown): value is FieldProblem {
  const p = value as FieldProblem | null;
  return typeof p?.field === 'string' && typeof p.message === 'string';
}

/** Every field problem of every error, each in the user's language (all at once, not the first). */
export function fieldProblems(error: unknown, lang: Language): FieldProblem[] {
  return errorsOf(error).flatMap((e) =>
    Array.isArray(e.extensions?.fields)
      ? e.extensions.fields.filter(isProblem).map((p) => ({ ...p, message: problemText(p, lang) }))
      : [],
  );
}

/** The GraphQL error code of the first error (UNAUTHENTICATED, FORBIDDEN, …), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = errorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

const CONNECTION = {
  nl: {
    offline:
      'Geen verbinding met de server. Controleer de internetverbinding en probeer het opnieuw.',
    status: (status: string) =>
      `De server gaf geen bruikbaar antwoord (HTTP ${status}). Probeer het zo opnieuw.`,
    unexpected:
      'Er ging onverwacht iets mis. Probeer het opnieuw of laad de pagina opnieuw; blijft het zo, meld het ons dan.',
  },
  en: {
    offline: 'No connection to the server. Check the internet connection and try again.',
    status: (status: string) =>
      `The server gave no usable answer (HTTP ${status}). Please try again shortly.`,
    unexpected:
      'Something unexpected went wrong. Try again or reload the page; if it keeps happening, please let us know.',
  },
} satisfies Record<Language, unknown>;

// JavaScript's own error types: a bug in the client (or a library), worded in the engine's
// English for developers. Never "no connection": only a NetworkFailure (the request got no
// answer, app/graphql/network-failure.ts) says that.
const PROGRAMMING_ERRORS = new Set([
  'TypeError',
  'ReferenceError',
  'RangeError',
  'SyntaxError',
  'EvalError',
  'URIError',
]);

/**
 * A failure before any GraphQL answer, in the user's words: a request that got no answer, an
 * HTTP error page (a proxy's 502: "HTTP 502 …" from the light client or `statusCode` from
 * Apollo), or an error of the client itself. Null otherwise.
 */
function connectionMessage(error: unknown, lang: Language): string | null {
  if (isNetworkFailure(error)) return CONNECTION[lang].offline;
  if (!(error instanceof Error) || errorsOf(error).length > 0) return null;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  const status =
    typeof statusCode === 'number'
      ? String(statusCode)
      : /^HTTP (\d{3})\b/.exec(error.message)?.[1];
  if (status) return CONNECTION[lang].status(status);
  return PROGRAMMING_ERRORS.has(error.name) ? CONNECTION[lang].unexpected : null;
}

/** The first error's own message in the user's language (or the thrown error's). */
export function errorMessage(error: unknown, lang: Language): string {
  const connection = connectionMessage(error, lang);
  if (connection) return connection;
  // An Error, or an object with only a message (a page's own error state).
  const own = (error as { message?: unknown } | null)?.message;
  const message = errorsOf(error)[0]?.message ?? (typeof own === 'string' ? own : null);
  return message ? inLanguage(message, lang) : CONNECTION[lang].unexpected;
}

/** A message for problems that belong to no field of the form (null when all are placed). */
export function generalMessage(
  error: unknown,
  known: (field: string) => boolean,
  lang: Language = 'nl',
): string | null {
  const problems = fieldProblems(error, lang);
  if (problems.length > 0) {
    const other = problems.filter((p) => !known(p.field)).map((p) => `${p.field}: ${p.message}`);
    return other.length > 0 ? other.join(' ') : null;
  }
  return errorMessage(error, lang);
}

/**
 * The first error read for a form: code, reason, retry time, field problems and message, all in
 * `lang` (no default: a caller that forgot the reader's language showed Dutch to everyone).
 */
export function serverError(error: unknown, lang: Language): ServerErrorInfo {
  const errors = errorsOf(error);
  const first = errors[0]?.extensions;
  const fields = fieldProblems(error, lang);
  const code = typeof first?.code === 'string' ? first.code : null;
  const reason = typeof first?.reason === 'string' ? first.reason : null;
  const retryAfterSeconds =
    typeof first?.retryAfterSeconds === 'number' ? first.retryAfterSeconds : null;
  const limited = code === 'RATE_LIMITED' || reason === 'RATE_LIMITED';
  return {
    code,
    reason,
    retryAfterSeconds,
    rateLimitedSeconds: limited ? Math.max(1, Math.ceil(retryAfterSeconds ?? 60)) : null,
    fields,
    message: errorMessage(error, lang),
  };
}

/** Splits field problems into those for the form's own fields and the rest. */
export function splitFieldProblems<F extends string>(
  problems: FieldProblem[],
  ownFields: readonly F[],
): { own: Partial<Record<F, string>>; other: string[] } {
  const own: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const p of problems) {
    if ((ownFields as readonly string[]).includes(p.field)) own[p.field as F] ??= p.message;
    else other.push(p.message);
  }
  return { own, other };
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PASSWORD_MIN = 12;

/** A path inside this app to go back to after logging in; anything else is ignored. */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  return value;
}
