// Reading the API's errors: BAD_USER_INPUT names each field (extensions.fields), login
// refusals say why (extensions.reason), and UNAUTHENTICATED / FORBIDDEN say who may not.

export interface FieldProblem {
  field: string;
  message: string;
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

export function serverError(error: unknown): ServerErrorInfo {
  const errors = ((error as { errors?: GraphqlErrorLike[] } | null)?.errors ??
    []) as GraphqlErrorLike[];
  const first = errors[0]?.extensions;
  const fields = errors.flatMap((e) =>
    Array.isArray(e.extensions?.fields) ? (e.extensions.fields as FieldProblem[]) : [],
  );
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
    message: errors[0]?.message ?? (error instanceof Error ? error.message : String(error)),
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
