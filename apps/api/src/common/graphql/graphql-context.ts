import type { Request } from 'express';
import type { Loaders } from '../../graphql/loaders.factory.js';

export interface GraphqlContext {
  req: Request;
  loaders: Loaders;
}
