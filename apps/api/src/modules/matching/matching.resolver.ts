import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { OfferingModel, ReadModelCache, withOfferingRelations } from '../organisations/index.js';
import { MatchPartnersInput } from './dto/match-partners.input.js';
import { MatchingService } from './matching.service.js';
import { MatchBundleModel, MatchPartnersResultModel } from './models/match-outcome.model.js';

@Resolver(() => MatchPartnersResultModel)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readModels: ReadModelCache,
  ) {}

  @Query(() => MatchPartnersResultModel, {
    description:
      'Partners die deze school bereiken en bij de behoeften passen, gerangschikt met redenen',
  })
  @UseGuards(QueryRateLimitGuard)
  async matchPartners(
    @Args('input') input: MatchPartnersInput,
    @Context() ctx: GraphqlContext,
  ): Promise<MatchPartnersResultModel> {
    const result = await this.matching.matchPartners(input);
    result.matches = withOfferingRelations(
      result.matches,
      ctx.loaders,
      this.readModels,
      this.config.STALE_AFTER_MONTHS,
    );
    return result;
  }
}

@Resolver(() => MatchBundleModel)
export class MatchBundleResolver {
  @ResolveField(() => [OfferingModel])
  offerings(@Parent() bundle: MatchBundleModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offering.loadMany(bundle.offeringIds);
  }
}
