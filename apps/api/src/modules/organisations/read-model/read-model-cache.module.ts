import { Global, Module } from '@nestjs/common';
import { OfferingRelations } from './offering-relations.js';
import { ReadModelCache } from './read-model-cache.js';

// Global: the matching index invalidates it from the change feed, and the match, search and
// municipality resolvers read through it.
@Global()
@Module({
  providers: [ReadModelCache, OfferingRelations],
  exports: [ReadModelCache, OfferingRelations],
})
export class ReadModelCacheModule {}
