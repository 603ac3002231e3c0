import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../modules/organisations/organisations.module.js';
import { RegionsModule } from '../modules/regions/regions.module.js';
import { LoadersFactory } from './loaders.factory.js';
import { ReadModelWarmup } from './read-model-warmup.js';

@Module({
  imports: [RegionsModule, OrganisationsModule],
  providers: [LoadersFactory, ReadModelWarmup],
  exports: [LoadersFactory, ReadModelWarmup],
})
export class GraphqlSupportModule {}
