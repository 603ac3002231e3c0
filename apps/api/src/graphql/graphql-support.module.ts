import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../modules/organisations/index.js';
import { RegionsModule } from '../modules/regions/index.js';
import { LoadersFactory } from './loaders.factory.js';
import { ReadModelWarmup } from './read-model-warmup.js';

@Module({
  imports: [RegionsModule, OrganisationsModule],
  providers: [LoadersFactory, ReadModelWarmup],
  exports: [LoadersFactory, ReadModelWarmup],
})
export class GraphqlSupportModule {}
