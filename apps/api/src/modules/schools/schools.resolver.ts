import { UseGuards } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { Connection } from '../../common/pagination/connection.model.js';
import { QueryRateLimitGuard } from '../../common/rate-limit/query-rate-limit.guard.js';
import { MunicipalityModel } from '../regions/index.js';
import { SchoolsArgs } from './dto/schools.args.js';
import { SchoolPointsModel } from './models/school-points.model.js';
import { SchoolModel } from './models/school.model.js';
import { SchoolsService } from './schools.service.js';

const SchoolConnection = Connection(SchoolModel, 'SchoolConnection');

@Resolver(() => SchoolModel)
export class SchoolsResolver {
  constructor(private readonly service: SchoolsService) {}

  @Query(() => SchoolConnection, { description: 'Schoolvestigingen, op vestigingscode gesorteerd' })
  schools(@Args() args: SchoolsArgs) {
    return this.service.list(args);
  }

  @Query(() => SchoolPointsModel, {
    description: 'Alle actieve schoolvestigingen als punten voor de overzichtskaart',
  })
  @UseGuards(QueryRateLimitGuard)
  schoolPoints() {
    return this.service.points();
  }

  @Query(() => SchoolModel)
  school(@Args('vestigingscode') vestigingscode: string) {
    return this.service.get(vestigingscode);
  }

  @ResolveField(() => MunicipalityModel)
  municipality(@Parent() school: SchoolModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.municipality.load(school.municipalityCode);
  }
}
