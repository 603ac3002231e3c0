import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/index.js';
import { SchoolsModule } from '../schools/index.js';
import { TaxonomyModule } from '../taxonomy/index.js';
import { CoverageAreaResolver } from './coverage-area.resolver.js';
import { OfferingWritesService } from './offering-writes.service.js';
import { OfferingsResolver } from './offerings.resolver.js';
import { OfferingsService } from './offerings.service.js';
import { OrganisationWritesService } from './organisation-writes.service.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { PendingOrganisationResolver } from './pending-organisation.resolver.js';
import { PartnerRegistrationResolver } from './partner-registration.resolver.js';
import { PartnerRegistrationService } from './partner-registration.service.js';
import { OfferingLoaders } from './read-model/offering-loaders.js';
import { ReadModelCacheModule } from './read-model/read-model-cache.module.js';
import { ReadModelWarmup } from './read-model/read-model-warmup.js';

@Module({
  imports: [TaxonomyModule, RegionsModule, SchoolsModule, ReadModelCacheModule],
  providers: [
    OrganisationsService,
    OfferingsService,
    OfferingWritesService,
    OrganisationWritesService,
    OrganisationsResolver,
    OfferingsResolver,
    CoverageAreaResolver,
    PartnerRegistrationService,
    PartnerRegistrationResolver,
    PendingOrganisationResolver,
    OfferingLoaders,
    ReadModelWarmup,
  ],
  exports: [OrganisationsService, OfferingsService],
})
export class OrganisationsModule {}
