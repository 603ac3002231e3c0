import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CoverageAreaModel } from './models/coverage-area.model.js';

@Resolver(() => CoverageAreaModel)
export class CoverageAreaResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Naam van de gemeente of provincie (bij MUNICIPALITY of PROVINCE)',
  })
  async regionName(
    @Parent() area: CoverageAreaModel,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    // Batched per request; an unknown code (cannot happen through the API) gives null.
    if (area.kind === 'MUNICIPALITY' && area.municipalityCode) {
      const found = await ctx.loaders.municipality.load(area.municipalityCode).catch(() => null);
      return found?.name ?? null;
    }
    if (area.kind === 'PROVINCE' && area.provinceCode) {
      const found = await ctx.loaders.province.load(area.provinceCode).catch(() => null);
      return found?.name ?? null;
    }
    return null;
  }
}
