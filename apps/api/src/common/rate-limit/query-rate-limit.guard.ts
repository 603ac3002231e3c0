import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { clientIp } from './client-ip.js';
import { RateLimitsService } from './rate-limits.service.js';

// For the public queries that cost real work (matchPartners, searchOfferings): a generous
// per-IP budget (RATE_LIMIT_QUERIES_PER_IP a minute). Runs per field, so aliases count too.
@Injectable()
export class QueryRateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimitsService) {}

  canActivate(context: ExecutionContext): boolean {
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    this.limits.assertQueryAllowed(clientIp(req));
    return true;
  }
}
