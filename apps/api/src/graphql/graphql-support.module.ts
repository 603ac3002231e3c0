import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../modules/organisations/organisations.module.js';
import { RegionsModule } from '../modules/regions/regions.module.js';
import { LoadersFactory } from './loaders.factory.js';

@Module({
  imports: [RegionsModule, OrganisationsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class GraphqlSupportModule {}
