import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DATABASE_ERROR_MESSAGES, databaseErrorCode } from './database-error.js';
import { withDutchLead } from './dutch-lead.js';

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
  'QUERY_TOO_COMPLEX',
]);

// Errors Apollo and graphql-js raise without a fitting code or in English only, by message.
const RESTATED: { match: RegExp; restate: (m: RegExpExecArray) => GraphQLFormattedError }[] = [
  {
    match: /^Syntax Error: Document contains more (?:than|that) (\d+) tokens/,
    restate: (m) => ({
      message: `Query te groot: meer dan ${m[1]} tokens; er is niets uitgevoerd (query too large: more than ${m[1]} tokens; nothing was executed)`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: Number(m[1]) },
    }),
  },
  {
    match: /^GraphQL introspection is not allowed/,
    restate: () => ({
      message:
        'Introspectie staat uit op deze server (GRAPHQL_INTROSPECTION); het schema staat in apps/api/schema.gql (introspection is disabled on this server)',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INTROSPECTION_DISABLED' },
    }),
  },
  {
    match: /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    restate: () => ({
      message:
        'Geweigerd als mogelijke cross-site request forgery: stuur Content-Type: application/json of de header apollo-require-preflight (blocked as a possible CSRF: send Content-Type: application/json or an apollo-require-preflight header)',
      extensions: { code: 'BAD_REQUEST', reason: 'CSRF' },
    }),
  },
  {
    match: /^Operation batching disabled\.?$/,
    restate: () => ({
      message:
        'Eén operatie per verzoek: stuur een object, geen lijst (one operation per request: send an object, not a list)',
      extensions: { code: 'BAD_REQUEST', reason: 'BATCHING_DISABLED' },
    }),
  },
  {
    match: /^provided sha does not match query$/,
    restate: () => ({
      message:
        'extensions.persistedQuery.sha256Hash: de hash hoort niet bij deze query (the hash does not match the query)',
      extensions: { code: 'BAD_REQUEST', reason: 'PERSISTED_QUERY_HASH_MISMATCH' },
    }),
  },
  {
    match: /^Unsupported persisted query version$/,
    restate: () => ({
      message:
        'extensions.persistedQuery.version: alleen versie 1 wordt ondersteund (only version 1 is supported)',
      extensions: { code: 'BAD_REQUEST', reason: 'PERSISTED_QUERY_VERSION' },
    }),
  },
];

/** Shapes every error leaving the API: client errors keep their message, the rest is masked. */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = originalErrorOf(error);
  const code =
    typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  for (const { match, restate } of RESTATED) {
    const found = match.exec(formatted.message);
    if (found) return { ...restate(found), locations: formatted.locations };
  }

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
    return { ...formatted, message: withDutchLead(formatted, code), extensions };
  }
  const database = databaseErrorCode(original);
  if (database) {
    logger.warn(`${database}: ${original instanceof Error ? original.message : String(original)}`);
    return {
      message: DATABASE_ERROR_MESSAGES[database],
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: database },
    };
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

export function httpMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  if (response && typeof response === 'object' && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return error.message;
}
