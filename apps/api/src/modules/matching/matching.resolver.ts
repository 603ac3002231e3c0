import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStale } from '@partnerwijzer/domain';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
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
  @UseGuards(QueryRateLimitGuard)
  matchPartners(@Args('input') input: MatchPartnersInput) {
    return this.matching.matchPartners(input);
  }
}

@Resolver(() => PartnerMatchModel)
export class PartnerMatchResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => Boolean, {
    description: 'Het aanbod is STALE_AFTER_MONTHS maanden niet bevestigd (of nooit)',
  })
  async isStale(@Parent() match: PartnerMatchModel, @Context() ctx: GraphqlContext) {
    const offering = await ctx.loaders.offering.load(match.offeringId);
    return isStale(offering.lastConfirmedAt, new Date(), this.config.STALE_AFTER_MONTHS);
  }

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
