import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { OfferingModel } from '../organisations/models/offering.model.js';
import { OrganisationModel } from '../organisations/models/organisation.model.js';
import { MatchPartnersInput } from './dto/match-partners.input.js';
import { MatchingService } from './matching.service.js';
import {
  MatchBundleModel,
  MatchPartnersResultModel,
  PartnerMatchModel,
} from './models/match-outcome.model.js';

@Resolver(() => MatchPartnersResultModel)
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => MatchPartnersResultModel, {
    description:
      'Partners die deze school bereiken en bij de behoeften passen, gerangschikt met redenen',
  })
  matchPartners(@Args('input') input: MatchPartnersInput) {
    return this.matching.matchPartners(input);
  }
}

@Resolver(() => PartnerMatchModel)
export class PartnerMatchResolver {
  @ResolveField(() => OfferingModel)
  offering(@Parent() match: PartnerMatchModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offering.load(match.offeringId);
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() match: PartnerMatchModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.organisation.load(match.organisationId);
  }
}

@Resolver(() => MatchBundleModel)
export class MatchBundleResolver {
  @ResolveField(() => [OfferingModel])
  offerings(@Parent() bundle: MatchBundleModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offering.loadMany(bundle.offeringIds);
  }
}
