import { UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { OfferingModel, OfferingRelations } from '../organisations/index.js';
import { MatchPartnersInput } from './dto/match-partners.input.js';
import { MatchingService } from './matching.service.js';
import { MatchBundleModel, MatchPartnersResultModel } from './models/match-outcome.model.js';

@Resolver(() => MatchPartnersResultModel)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly relations: OfferingRelations,
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
    result.matches = this.relations.attach(result.matches, ctx.loaders);
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
