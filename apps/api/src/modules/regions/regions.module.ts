import { Module } from '@nestjs/common';
import { RegionLoaders } from './region-loaders.js';
import { MunicipalitiesResolver, ProvincesResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Module({
  providers: [RegionsService, ProvincesResolver, MunicipalitiesResolver, RegionLoaders],
  exports: [RegionsService],
})
export class RegionsModule {}
