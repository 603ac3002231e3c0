import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { rateLimitEn, rateLimitNl } from '../../shared/contact/rate-limit.messages';
import { retryAfterOf } from './rate-limited';

describe('retryAfterOf', () => {
  it('reads the wait from a RATE_LIMITED GraphQL error, and nothing from other errors', () => {
    const limited = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Te veel contactverzoeken…',
          extensions: { code: 'RATE_LIMITED', scope: 'IP', retryAfterSeconds: 180 },
        },
      ],
    });
    expect(retryAfterOf(limited)).toBe(180);
    const badInput = new CombinedGraphQLErrors({
      errors: [{ message: 'senderEmail: …', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(retryAfterOf(badInput)).toBeNull();
    expect(retryAfterOf(new Error('Failed to fetch'))).toBeNull();
    expect(retryAfterOf(undefined)).toBeNull();
  });

  it('says the wait in whole minutes or seconds, in Dutch and English', () => {
    expect(rateLimitNl.contact(180)).toContain('over 3 minuten opnieuw');
    expect(rateLimitNl.queries(1)).toContain('over 1 seconde opnieuw');
    expect(rateLimitEn.contact(3600)).toContain('try again in 60 minutes');
    expect(rateLimitEn.queries(10)).toContain('try again in 10 seconds');
  });
});
