import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

// Codes that describe the caller's mistake; their message is safe to show as is.
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

/** Shapes every error leaving the API: client errors keep their message, the rest is masked. */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = originalErrorOf(error);
  const code =
    typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};

  if (original instanceof HttpException) {
    const status = original.getStatus();
    if (status >= 400 && status < 500) {
      return {
        message: httpMessage(original),
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code:
            status === 403 ? 'FORBIDDEN' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT',
        },
      };
    }
  }
  if (code && CLIENT_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Er ging intern iets mis (internal error)',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function originalErrorOf(error: unknown): unknown {
  let current = error;
  // Apollo wraps resolver errors; walk to the root cause.
  while (
    current &&
    typeof current === 'object' &&
    'originalError' in current &&
    current.originalError
  ) {
    current = current.originalError;
  }
  return current;
}

function httpMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  if (response && typeof response === 'object' && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return error.message;
}
