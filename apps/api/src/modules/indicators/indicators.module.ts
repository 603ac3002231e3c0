import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/index.js';
import { IndicatorLoaders } from './indicator-loaders.js';
import { IndicatorsResolver, SchoolIndicatorsFieldResolver } from './indicators.resolver.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  imports: [SchoolsModule],
  providers: [
    IndicatorsService,
    IndicatorLoaders,
    IndicatorsResolver,
    SchoolIndicatorsFieldResolver,
  ],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
