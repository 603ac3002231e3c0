import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/schools.module.js';
import { MatchingIndexService } from './matching-index.service.js';
import {
  MatchBundleResolver,
  MatchingResolver,
  PartnerMatchResolver,
} from './matching.resolver.js';
import { MatchingService } from './matching.service.js';

@Module({
  imports: [SchoolsModule],
  providers: [
    MatchingIndexService,
    MatchingService,
    MatchingResolver,
    PartnerMatchResolver,
    MatchBundleResolver,
  ],
  exports: [MatchingIndexService],
})
export class MatchingModule {}
