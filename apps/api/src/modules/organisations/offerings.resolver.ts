import { UseGuards } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { OfferingStatus } from '@partnerwijzer/domain';
import { AdminTokenGuard } from '../../common/auth/admin-token.guard.js';
import { OfferingStatusEnum } from '../../common/graphql/enums.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { InterventionTypeModel } from '../taxonomy/models/intervention-type.model.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { SetOfferingCoverageInput } from './dto/coverage-area.input.js';
import { CoverageAreaModel } from './models/coverage-area.model.js';
import { OfferingModel } from './models/offering.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OfferingWritesService } from './offering-writes.service.js';
import { OfferingsService } from './offerings.service.js';

@Resolver(() => OfferingModel)
export class OfferingsResolver {
  constructor(
    private readonly offerings: OfferingsService,
    private readonly taxonomy: TaxonomyService,
    private readonly writes: OfferingWritesService,
  ) {}

  @Query(() => OfferingModel)
  offering(@Args('id', { type: () => ID }) id: string) {
    return this.offerings.get(id);
  }

  @Mutation(() => OfferingModel, {
    description:
      'Vervangt alle werkgebieden van een aanbod (vereist ADMIN_API_TOKEN tot er accounts zijn)',
  })
  @UseGuards(AdminTokenGuard)
  setOfferingCoverage(@Args('input') input: SetOfferingCoverageInput) {
    return this.writes.setCoverage(input);
  }

  @Mutation(() => OfferingModel, {
    description: 'Zet een aanbod actief, gepauzeerd of gearchiveerd',
  })
  @UseGuards(AdminTokenGuard)
  setOfferingStatus(
    @Args('offeringId', { type: () => ID }) offeringId: string,
    @Args('status', { type: () => OfferingStatusEnum }) status: OfferingStatus,
  ) {
    return this.writes.setStatus(offeringId, status);
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() offering: OfferingModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.organisation.load(offering.organisationId);
  }

  @ResolveField(() => [CoverageAreaModel], {
    description: 'Werkgebieden: waar dit aanbod scholen bereikt',
  })
  coverage(@Parent() offering: OfferingModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.coverageByOffering.load(offering.id);
  }

  @ResolveField(() => [InterventionTypeModel])
  interventionTypes(@Parent() offering: OfferingModel) {
    return this.taxonomy.manyByCodes(offering.interventionCodes);
  }
}
