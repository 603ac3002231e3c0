import { GraphQLError } from 'graphql';

/** Per client address, per email address, or per email + address (the sign-in back-off). */
export type RateLimitScope = 'IP' | 'EMAIL' | 'EMAIL_AND_IP';

/** A wait in Dutch and in English: ['3 minuten', '3 minutes']. */
export function waitInWords(seconds: number): [nl: string, en: string] {
  if (seconds < 90) return [`${seconds} seconden`, `${seconds} seconds`];
  const minutes = Math.ceil(seconds / 60);
  return [`${minutes} minuten`, `${minutes} minutes`];
}

// Too many requests from one client: GraphQL code RATE_LIMITED with the seconds to wait, so a
// client can say when to try again. Nothing was done for the refused request.
export class RateLimitedError extends GraphQLError {
  constructor(
    what: { nl: string; en: string },
    scope: RateLimitScope,
    retryAfterSeconds: number,
    extra: Record<string, unknown> = {},
  ) {
    const [nl, en] = waitInWords(retryAfterSeconds);
    super(
      `Te veel ${what.nl} kort na elkaar; probeer het over ${nl} opnieuw (too many ${what.en}; try again in ${en})`,
      { extensions: { ...extra, code: 'RATE_LIMITED', scope, retryAfterSeconds } },
    );
  }
}
