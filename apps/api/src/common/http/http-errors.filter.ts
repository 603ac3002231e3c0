import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { httpMessage } from '../errors/format-graphql-error.js';

// Nest answers a path no controller has ("Cannot GET /hsds/x"), a guard's refusal and any
// HttpException on a plain route with its own body ({ message, error, statusCode }), often in
// English only. Answered here like every other API error: `errors[0].message`, Dutch first, and
// `extensions.code`.
const ROUTE_MISS = /^Cannot [A-Z]+ /;

const BY_STATUS: Readonly<Record<number, readonly [code: string, nl: string, en: string]>> = {
  400: ['BAD_REQUEST', 'Ongeldig verzoek', 'bad request'],
  401: ['UNAUTHENTICATED', 'Niet ingelogd', 'not signed in'],
  403: ['FORBIDDEN', 'Geen toegang', 'forbidden'],
  404: ['NOT_FOUND', 'Niet gevonden', 'not found'],
  405: ['METHOD_NOT_ALLOWED', 'Deze methode kan hier niet', 'method not allowed'],
  413: ['PAYLOAD_TOO_LARGE', 'Verzoek te groot', 'request too large'],
  429: ['RATE_LIMITED', 'Te veel verzoeken', 'too many requests'],
};

@Catch(HttpException)
export class HttpErrorsFilter implements ExceptionFilter {
  catch(error: HttpException, host: ArgumentsHost): HttpException | undefined {
    // In a resolver the GraphQL error formatter shapes it (format-graphql-error.ts).
    if (host.getType() !== 'http') return error;
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const status = error.getStatus();
    if (status >= 500) {
      res.status(status).json({
        errors: [
          {
            message: 'Interne fout (internal error)',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      return undefined;
    }
    const [code, nl, en] = BY_STATUS[status] ?? BY_STATUS[400];
    const text = httpMessage(error);
    // Our own texts put the English in brackets after the Dutch; Nest's are English only.
    const message = ROUTE_MISS.test(text)
      ? `Onbekend adres (no such address): ${req.method} ${req.path.slice(0, 200)}`
      : text.includes('(')
        ? text
        : `${nl} (${en}): ${text}`;
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
    return undefined;
  }
}
