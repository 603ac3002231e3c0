import type { NextFunction, Request, Response } from 'express';
import { tooDeepProblem } from '../input-hygiene/input-hygiene.plugin.js';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
  /** From checkJsonDepth (type entity.too.deep): where, the problem and the deepest allowed. */
  field?: string;
  problem?: string;
  max?: number;
}

// body-parser's refusals in words, Dutch first (its own `type` is a code, not a sentence).
const UNREADABLE: Record<string, string> = {
  'entity.parse.failed': 'Verzoek is geen geldige JSON (request body is not valid JSON)',
  'charset.unsupported':
    'Verzoek in een tekenset die de server niet leest: stuur UTF-8 (request body in an unsupported charset: send UTF-8)',
  'encoding.unsupported':
    'Verzoek ingepakt op een manier die de server niet uitpakt: stuur het zonder Content-Encoding of met gzip (request body in an unsupported Content-Encoding: send it plain or gzipped)',
};
const UNREADABLE_OTHER = 'Verzoek niet leesbaar (request body not readable)';

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
  if (error.type === 'entity.too.deep' && error.field && error.max !== undefined) {
    // Refused before parsing, answered as the GraphQL input check answers it: code TOO_DEEP with
    // the deepest nesting allowed, which the web's catalogue words.
    const problem = tooDeepProblem(error.field, error.max);
    res.status(400).json({
      errors: [
        {
          message: `${problem.field}: ${problem.message}`,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'TOO_DEEP',
            fields: [problem],
          },
        },
      ],
    });
    return;
  }
  const [message, code] =
    error.type === 'entity.too.large'
      ? [
          `Verzoek te groot: hoogstens ${error.limit} bytes (request body too large: at most ${error.limit} bytes)`,
          'PAYLOAD_TOO_LARGE',
        ]
      : [UNREADABLE[error.type] ?? UNREADABLE_OTHER, 'BAD_REQUEST'];
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
