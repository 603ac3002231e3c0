import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { ReadModelCache, withOfferingRelations } from '../organisations/index.js';
import { SearchOfferingsInput } from './dto/search-offerings.input.js';
import { SearchOfferingsResultModel } from './models/search-result.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchOfferingsResultModel)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readModels: ReadModelCache,
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
    result.hits = withOfferingRelations(
      result.hits,
      ctx.loaders,
      this.readModels,
      this.config.STALE_AFTER_MONTHS,
    );
    return result;
  }
}
