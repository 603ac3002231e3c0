import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { clientIp } from './client-ip.js';
import { RateLimitsService } from './rate-limits.service.js';

// Verdicts per HTTP request and field path. A result with errors from the compiled executor
// is executed again by Apollo (see jit-execution.plugin.ts); that second run must neither count
// the same field twice nor let a refused one through.
const verdicts = new WeakMap<object, Map<string, Promise<true>>>();

// For the public queries that cost real work (matchPartners, searchOfferings): a generous
// per-IP budget (RATE_LIMIT_QUERIES_PER_IP a minute). Runs per field, so aliases count too.
@Injectable()
export class QueryRateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimitsService) {}

  canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<GraphqlContext>();
    const key = pathKey(gql.getInfo<GraphQLResolveInfo>());
    let seen = verdicts.get(req);
    if (!seen) verdicts.set(req, (seen = new Map()));
    // The verdict is kept as a promise, so a second execution waits for the first charge
    // instead of charging again (or slipping through while it is pending).
    let verdict = seen.get(key);
    if (!verdict) {
      verdict = this.limits.assertQueryAllowed(clientIp(req)).then(() => true as const);
      seen.set(key, verdict);
    }
    return verdict;
  }
}

function pathKey(info: GraphQLResolveInfo | undefined): string {
  const keys: (string | number)[] = [];
  for (let p = info?.path; p; p = p.prev) keys.push(p.key);
  return keys.reverse().join('.');
}
