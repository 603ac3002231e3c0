import type { NextFunction, Request, Response } from 'express';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * Answers body-parser's refusals (too large, not JSON, unknown charset) as a short GraphQL-shaped
 * JSON error with the right status, instead of Express's default page with a stack trace.
 */
export function bodyErrorHandler(
  error: BodyParserError,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const status = error.status ?? 500;
  if (!error.type || status < 400 || status >= 500) return next(error);
  const [message, code] =
    error.type === 'entity.too.large'
      ? [
          `Verzoek te groot: hoogstens ${error.limit} bytes (request body too large: at most ${error.limit} bytes)`,
          'PAYLOAD_TOO_LARGE',
        ]
      : error.type === 'entity.parse.failed'
        ? ['Verzoek is geen geldige JSON (request body is not valid JSON)', 'BAD_REQUEST']
        : [`Verzoek niet leesbaar (request body not readable): ${error.type}`, 'BAD_REQUEST'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
