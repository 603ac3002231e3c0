import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

/**
 * Our errors on a plain HTTP route (HSDS API, downloads): the same body as GraphQL's
 * (`errors[0].message` + `extensions` with the code and the fields), with the HTTP status that
 * fits: 401 UNAUTHENTICATED, 403 FORBIDDEN, 413 PAYLOAD_TOO_LARGE, 404 for an unknown id in the
 * path, 400 for any other bad input.
 */
@Catch(GraphQLError)
export class RestInputErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const ext = error.extensions as {
      code?: string;
      reason?: string;
      fields?: { field: string }[];
    };
    const status =
      ext.code === 'UNAUTHENTICATED'
        ? 401
        : ext.code === 'FORBIDDEN'
          ? 403
          : ext.code === 'PAYLOAD_TOO_LARGE'
            ? 413
            : ext.code === 'RATE_LIMITED'
              ? 429
              : ext.code === 'BAD_USER_INPUT' || ext.code === 'BAD_REQUEST'
                ? ext.reason === 'NOT_FOUND' && ext.fields?.[0]?.field === 'id'
                  ? 404
                  : 400
                : 500;
    if (status === 500) {
      res.status(500).json({ errors: [{ message: 'Interne fout (internal error)' }] });
      return;
    }
    res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}

/** `attachment; filename=…` for a name made of safe characters only. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
