import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStale } from '@partnerwijzer/domain';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { OfferingModel } from '../organisations/models/offering.model.js';
import { OrganisationModel } from '../organisations/models/organisation.model.js';
import { SearchOfferingsInput } from './dto/search-offerings.input.js';
import { SearchHitModel, SearchOfferingsResultModel } from './models/search-result.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchOfferingsResultModel)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchOfferingsResultModel, {
    description:
      'Zoeken in het aanbod (tikfouttolerant), met facetten; met een school alleen aanbod dat die school bereikt',
  })
  @UseGuards(QueryRateLimitGuard)
  searchOfferings(@Args('input') input: SearchOfferingsInput) {
    return this.search.searchOfferings(input);
  }
}

@Resolver(() => SearchHitModel)
export class SearchHitResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => Boolean, {
    description: 'Het aanbod is STALE_AFTER_MONTHS maanden niet bevestigd (of nooit)',
  })
  async isStale(@Parent() hit: SearchHitModel, @Context() ctx: GraphqlContext): Promise<boolean> {
    const offering = await ctx.loaders.offering.load(hit.offeringId);
    return isStale(offering.lastConfirmedAt, new Date(), this.config.STALE_AFTER_MONTHS);
  }

  @ResolveField(() => OfferingModel)
  offering(@Parent() hit: SearchHitModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offering.load(hit.offeringId);
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() hit: SearchHitModel, @Context() ctx: GraphqlContext) {
    const offering = await ctx.loaders.offering.load(hit.offeringId);
    return ctx.loaders.organisation.load(offering.organisationId);
  }
}
