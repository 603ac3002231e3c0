// A database that is slow or gone is not an internal bug: the caller gets a code it can act
// on (retry later) and a message in Dutch and English, and the request ends instead of hanging.

export type DatabaseErrorCode = 'DATABASE_TIMEOUT' | 'DATABASE_UNAVAILABLE';

export const DATABASE_ERROR_MESSAGES: Record<DatabaseErrorCode, string> = {
  DATABASE_TIMEOUT:
    'De database antwoordde niet op tijd; probeer het later opnieuw (the database did not answer in time; try again later)',
  DATABASE_UNAVAILABLE:
    'De database is niet bereikbaar; probeer het later opnieuw (the database is unavailable; try again later)',
};

// SQLSTATEs: 57014 query_canceled (statement_timeout), class 08 connection exceptions,
// 57P01–57P03 server shutting down / cannot connect now, 53300 too many connections.
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_NET = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/** DATABASE_TIMEOUT / DATABASE_UNAVAILABLE when the error (or its cause) is one; else undefined. */
export function databaseErrorCode(error: unknown): DatabaseErrorCode | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return undefined;
    const e = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (code === '57014' || /Query read timeout/i.test(message)) return 'DATABASE_TIMEOUT';
    if (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_NET.has(code)) return 'DATABASE_UNAVAILABLE';
    if (
      /timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error|Connection is not established/i.test(
        message,
      )
    ) {
      return 'DATABASE_UNAVAILABLE';
    }
    current = e.driverError ?? e.cause;
  }
  return undefined;
}
