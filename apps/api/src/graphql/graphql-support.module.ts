import { Global, Module } from '@nestjs/common';
import { LoadersFactory } from './loaders.factory.js';

// Global so that every module can register its request loaders with the one factory.
@Global()
@Module({
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class GraphqlSupportModule {}
