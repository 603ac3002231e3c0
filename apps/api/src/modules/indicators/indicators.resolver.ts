import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { SchoolModel } from '../schools/index.js';
import { SetSchoolIndicatorInput } from './dto/set-school-indicator.input.js';
import { IndicatorsService } from './indicators.service.js';
import { SchoolIndicatorModel, SchoolIndicatorsModel } from './models/school-indicator.model.js';

// Indicators are public open data: reading needs no account; setting one by hand is ADMIN.
@Resolver(() => SchoolModel)
export class SchoolIndicatorsFieldResolver {
  @ResolveField(() => SchoolIndicatorsModel, {
    description: 'Behoefte-indicatoren (schoolweging, achterstandsscore), open data',
  })
  indicators(@Parent() school: SchoolModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.schoolIndicators.load(school.vestigingscode);
  }
}

@Resolver()
export class IndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @Query(() => [SchoolIndicatorsModel], {
    description: 'Indicatoren van alle actieve scholen van een gemeente (open data)',
  })
  @UseGuards(QueryRateLimitGuard)
  async municipalityIndicators(@Args('municipalityCode') municipalityCode: string) {
    return [...(await this.indicators.forMunicipality(municipalityCode)).values()];
  }

  @Mutation(() => SchoolIndicatorModel, {
    description: 'Zet of corrigeer de waarde en koppeling van een school met de hand (ADMIN)',
  })
  setSchoolIndicator(
    @Args('input') input: SetSchoolIndicatorInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.indicators.setByHand(actor, input);
  }
}
