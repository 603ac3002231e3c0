import type { Request } from 'express';

/**
 * The per-request DataLoaders. Empty here on purpose: each module adds its own loaders by
 * declaration merging (`declare module '…/graphql-context.js' { interface Loaders { … } }`)
 * and registers their factory with graphql/LoadersFactory, so this room knows no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export interface GraphqlContext {
  req: Request;
  loaders: Loaders;
}
