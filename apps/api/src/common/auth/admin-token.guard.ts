import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

// Until accounts and roles arrive (issue #7), every write needs the operator's token
// (`Authorization: Bearer $ADMIN_API_TOKEN`). Without a configured token, writes are off.
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    const expected = this.config.ADMIN_API_TOKEN;
    if (!expected) {
      throw new GraphQLError(
        'Wijzigen is uitgeschakeld: stel ADMIN_API_TOKEN in (writes are disabled)',
        {
          extensions: { code: 'FORBIDDEN' },
        },
      );
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!given) {
      throw new GraphQLError('Inloggen vereist (authentication required)', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new GraphQLError('Geen toegang (forbidden)', { extensions: { code: 'FORBIDDEN' } });
    }
    return true;
  }
}
