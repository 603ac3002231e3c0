import { Module } from '@nestjs/common';
import { MunicipalitiesResolver, ProvincesResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Module({
  providers: [RegionsService, ProvincesResolver, MunicipalitiesResolver],
  exports: [RegionsService],
})
export class RegionsModule {}
