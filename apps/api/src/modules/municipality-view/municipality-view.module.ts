import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/index.js';
import { RegionsModule } from '../regions/index.js';
import { CoalitionsService } from './coalitions.service.js';
import { CoverageService } from './coverage.service.js';
import { MunicipalityExportService } from './export/municipality-export.service.js';
import { LocalOfferingResolver, MunicipalityViewResolver } from './municipality-view.resolver.js';

// The municipality's view for the local education agenda (LEA): coverage, gaps, coalitions.
@Module({
  imports: [MatchingModule, RegionsModule],
  providers: [
    CoverageService,
    CoalitionsService,
    MunicipalityExportService,
    MunicipalityViewResolver,
    LocalOfferingResolver,
  ],
})
export class MunicipalityViewModule {}
