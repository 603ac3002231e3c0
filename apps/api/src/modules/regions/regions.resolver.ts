import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/graphql/json.scalar.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { Connection } from '../../common/pagination/connection.model.js';
import { MunicipalitiesArgs } from './dto/municipalities.args.js';
import { MunicipalityModel } from './models/municipality.model.js';
import { ProvinceModel } from './models/province.model.js';
import { RegionsService } from './regions.service.js';

const MunicipalityConnection = Connection(MunicipalityModel, 'MunicipalityConnection');

@Resolver(() => ProvinceModel)
export class ProvincesResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => [ProvinceModel], { description: 'Alle provincies' })
  provinces() {
    return this.regions.listProvinces();
  }

  @Query(() => ProvinceModel)
  province(@Args('code') code: string) {
    return this.regions.getProvince(code);
  }

  @ResolveField(() => GraphQLJSON, {
    nullable: true,
    description: 'Grens als GeoJSON (Multi)Polygon',
  })
  boundary(@Parent() p: ProvinceModel, @Context() ctx: GraphqlContext) {
    return p.hasBoundary ? ctx.loaders.provinceBoundary.load(p.code) : null;
  }
}

@Resolver(() => MunicipalityModel)
export class MunicipalitiesResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => MunicipalityConnection, { description: 'Gemeenten, op code gesorteerd' })
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.regions.listMunicipalities(args);
  }

  @Query(() => MunicipalityModel)
  municipality(@Args('code') code: string) {
    return this.regions.getMunicipality(code);
  }

  @ResolveField(() => ProvinceModel)
  province(@Parent() m: MunicipalityModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.province.load(m.provinceCode);
  }

  @ResolveField(() => GraphQLJSON, {
    nullable: true,
    description: 'Grens als GeoJSON (Multi)Polygon',
  })
  boundary(@Parent() m: MunicipalityModel, @Context() ctx: GraphqlContext) {
    return m.hasBoundary ? ctx.loaders.municipalityBoundary.load(m.code) : null;
  }
}
