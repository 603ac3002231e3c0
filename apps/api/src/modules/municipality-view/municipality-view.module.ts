import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/index.js';
import { MatchingModule } from '../matching/index.js';
import { RegionsModule } from '../regions/index.js';
import { SchoolNeedsModule } from '../school-needs/index.js';
import { CoalitionsService } from './coalitions.service.js';
import { CoverageService } from './coverage.service.js';
import { DownloadsController } from './export/downloads.controller.js';
import { MunicipalityExportService } from './export/municipality-export.service.js';
import { NeedGapResolver } from './needs/need-gap.resolver.js';
import { NeedGapService } from './needs/need-gap.service.js';
import { ScenarioResolver, ScenarioResultTextResolver } from './needs/scenario.resolver.js';
import { ScenarioService } from './needs/scenario.service.js';
import { LocalOfferingResolver, MunicipalityViewResolver } from './municipality-view.resolver.js';
import { RENAMED_FIELD_RESOLVERS } from './renamed-fields.resolver.js';

// The municipality's view for the local education agenda (LEA): coverage, gaps, coalitions.
@Module({
  imports: [MatchingModule, RegionsModule, IndicatorsModule, SchoolNeedsModule],
  controllers: [DownloadsController],
  providers: [
    CoverageService,
    CoalitionsService,
    MunicipalityExportService,
    MunicipalityViewResolver,
    LocalOfferingResolver,
    NeedGapService,
    NeedGapResolver,
    ScenarioService,
    ScenarioResolver,
    ScenarioResultTextResolver,
    ...RENAMED_FIELD_RESOLVERS,
  ],
  exports: [NeedGapService, CoverageService],
})
export class MunicipalityViewModule {}
