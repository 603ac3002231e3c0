import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import type { AuthedRequest, RequestAuth } from './request-auth.js';
import type { Actor } from './roles.js';

export function authOf(ctx: GraphqlContext): RequestAuth {
  return (ctx.req as AuthedRequest).auth ?? { actor: null, problem: null };
}

/**
 * The caller (null when anonymous). A wrong bearer token or a cookie mutation without its
 * CSRF token is refused here, so it never silently acts as anonymous.
 */
export function actorOf(ctx: GraphqlContext): Actor | null {
  const auth = authOf(ctx);
  if (auth.problem === 'BAD_TOKEN') {
    throw new GraphQLError('Geen toegang (forbidden)', { extensions: { code: 'FORBIDDEN' } });
  }
  if (auth.problem === 'CSRF') {
    throw new GraphQLError('CSRF-token ontbreekt of klopt niet (missing x-csrf-token header)', {
      extensions: { code: 'FORBIDDEN', reason: 'CSRF' },
    });
  }
  return auth.actor;
}

/**
 * Resolver parameter for the caller, as `actorOf` gives it (null when anonymous; a bad token
 * or missing CSRF token is refused before the resolver runs).
 */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null =>
    actorOf(GqlExecutionContext.create(context).getContext<GraphqlContext>()),
);
