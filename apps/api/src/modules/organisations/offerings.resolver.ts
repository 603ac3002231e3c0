import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { InterventionTypeModel } from '../taxonomy/models/intervention-type.model.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { CoverageAreaModel } from './models/coverage-area.model.js';
import { OfferingModel } from './models/offering.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OfferingsService } from './offerings.service.js';

@Resolver(() => OfferingModel)
export class OfferingsResolver {
  constructor(
    private readonly offerings: OfferingsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => OfferingModel)
  offering(@Args('id', { type: () => ID }) id: string) {
    return this.offerings.get(id);
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
