import { UseGuards } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { OfferingRelations } from '../organisations/index.js';
import { SearchOfferingsInput } from './dto/search-offerings.input.js';
import { SearchOfferingsResultModel } from './models/search-result.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchOfferingsResultModel)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly relations: OfferingRelations,
  ) {}

  @Query(() => SearchOfferingsResultModel, {
    description:
      'Zoeken in het aanbod (tikfouttolerant), met facetten; met een school alleen aanbod dat die school bereikt',
  })
  @UseGuards(QueryRateLimitGuard)
  async searchOfferings(
    @Args('input') input: SearchOfferingsInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SearchOfferingsResultModel> {
    const result = await this.search.searchOfferings(input);
    result.hits = this.relations.attach(result.hits, ctx.loaders);
    return result;
  }
}
