// The API refuses with extensions.code RATE_LIMITED and retryAfterSeconds when one address or
// sender asks too often (see apps/api/src/common/rate-limit).
interface ErrorWithExtensions {
  extensions?: { code?: unknown; retryAfterSeconds?: unknown };
}

/** Seconds to wait when `error` (an Apollo error) is a RATE_LIMITED refusal, else null. */
export function retryAfterOf(error: unknown): number | null {
  const errors = (error as { errors?: ErrorWithExtensions[] } | null | undefined)?.errors;
  const limited = errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
  if (!limited) return null;
  const seconds = Number(limited.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}
