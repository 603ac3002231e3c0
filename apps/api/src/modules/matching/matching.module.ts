import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/index.js';
import { SchoolsModule } from '../schools/index.js';
import { MatchingIndexService } from './matching-index.service.js';
import { MatchBundleResolver, MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';

@Module({
  imports: [SchoolsModule, RegionsModule],
  providers: [MatchingIndexService, MatchingService, MatchingResolver, MatchBundleResolver],
  exports: [MatchingIndexService],
})
export class MatchingModule {}
