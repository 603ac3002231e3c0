import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/index.js';
import { MatchingModule } from '../matching/index.js';
import { SchoolsModule } from '../schools/index.js';
import { OfferingDemandResolver } from './demand/offering-demand.resolver.js';
import { OfferingDemandService } from './demand/offering-demand.service.js';
import { SchoolNeedsResolver } from './school-needs.resolver.js';
import { SchoolNeedsService } from './school-needs.service.js';

@Module({
  imports: [SchoolsModule, MatchingModule, IndicatorsModule],
  providers: [
    SchoolNeedsService,
    SchoolNeedsResolver,
    OfferingDemandService,
    OfferingDemandResolver,
  ],
  exports: [SchoolNeedsService],
})
export class SchoolNeedsModule {}
