import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/index.js';
import { CoverageAreaResolver } from './coverage-area.resolver.js';
import { OfferingWritesService } from './offering-writes.service.js';
import { OfferingsResolver } from './offerings.resolver.js';
import { OfferingsService } from './offerings.service.js';
import { OrganisationWritesService } from './organisation-writes.service.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { PartnerRegistrationResolver } from './partner-registration.resolver.js';
import { PartnerRegistrationService } from './partner-registration.service.js';

@Module({
  imports: [TaxonomyModule],
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
  ],
  exports: [OrganisationsService, OfferingsService],
})
export class OrganisationsModule {}
