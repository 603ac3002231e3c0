import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { FundingRouteCode, InterventionCode, SchoolSector } from '@partnerwijzer/domain';
import { InterventionCodeEnum } from '../../common/graphql/enums.js';
import { FUNDING_ARG, SECTOR_ARG } from './filter-args.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { PartnerMatchModel } from '../matching/index.js';
import { CoverageAreaModel, OfferingRelations } from '../organisations/index.js';
import { CoalitionsService } from './coalitions.service.js';
import { CoverageService } from './coverage.service.js';
import { MunicipalityExportService } from './export/municipality-export.service.js';
import { MunicipalityCoalitionsModel } from './models/coalition.model.js';
import {
  CoverageSummaryLevelEnum,
  CoverageSummaryModel,
  MunicipalityCoverageModel,
  type CoverageSummaryLevel,
} from './models/coverage.model.js';
import {
  LOCAL_OFFERINGS_DEFAULT,
  LocalOfferingModel,
  MunicipalityOfferingAreasModel,
} from './models/local-offering.model.js';
import { OptionalTextArg } from '../../common/graphql/args.js';

@Resolver()
export class MunicipalityViewResolver {
  constructor(
    private readonly coverage: CoverageService,
    private readonly coalitions: CoalitionsService,
    private readonly exports: MunicipalityExportService,
    private readonly relations: OfferingRelations,
  ) {}

  @Query(() => MunicipalityCoverageModel, {
    description:
      'Dekkingsmatrix van een gemeente: per actieve school en interventiesoort het aantal passende aanbiedingen (openbaar)',
  })
  municipalityCoverage(
    @Args('code', { description: 'CBS-gemeentecode, bijvoorbeeld GM0606' }) code: string,
    @Args('sector', SECTOR_ARG) sector?: SchoolSector | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.coverage.municipalityCoverage(code, sector ?? null, fundingRoutes ?? []);
  }

  @Query(() => String, {
    description:
      'De dekkingsmatrix als CSV (scheidingsteken ;, UTF-8 met BOM), zoals Excel hem opent',
  })
  municipalityCoverageCsv(
    @Args('code') code: string,
    @Args('sector', SECTOR_ARG) sector?: SchoolSector | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.exports.coverageCsv(code, sector ?? null, fundingRoutes ?? []);
  }

  @Query(() => String, {
    description:
      'De dekkingsmatrix en de totalen als Excel-bestand (.xlsx), base64-gecodeerd (openbaar)',
  })
  municipalityCoverageXlsx(
    @Args('code') code: string,
    @Args('sector', SECTOR_ARG) sector?: SchoolSector | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.exports.coverageXlsx(code, sector ?? null, fundingRoutes ?? []);
  }

  @Query(() => [PartnerMatchModel], {
    description: 'De aanbiedingen achter één cel van de dekkingsmatrix, gerangschikt',
  })
  async coverageCell(
    @Args('code') code: string,
    @Args('vestigingscode') vestigingscode: string,
    @Args('interventionType', { type: () => InterventionCodeEnum })
    interventionType: InterventionCode,
    @Context() ctx: GraphqlContext,
  ) {
    const matches = await this.coverage.coverageCell(code, vestigingscode, interventionType);
    return this.relations.attach(matches, ctx.loaders);
  }

  @Query(() => MunicipalityOfferingAreasModel, {
    description:
      'Het aanbod dat scholen van de gemeente via een eigen werkgebied bereikt, met die werkgebieden (openbaar)',
  })
  municipalityOfferingAreas(
    @Args('code') code: string,
    @Args('sector', SECTOR_ARG) sector?: SchoolSector | null,
    @Args('interventionType', { type: () => InterventionCodeEnum, nullable: true })
    interventionType?: InterventionCode | null,
    @Args('limit', { type: () => Int, defaultValue: LOCAL_OFFERINGS_DEFAULT, description: '1–500' })
    limit?: number,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.coverage.offeringAreas(
      code,
      sector ?? null,
      interventionType ?? null,
      limit,
      fundingRoutes ?? [],
    );
  }

  @Query(() => CoverageSummaryModel, {
    description:
      'Per gemeente het aandeel scholen met minstens één lokaal aanbod per interventiesoort (openbaar)',
  })
  coverageSummary(
    @Args('level', { type: () => CoverageSummaryLevelEnum }) level: CoverageSummaryLevel,
    @OptionalTextArg('provinceCode') provinceCode?: string | null,
    @Args('sector', SECTOR_ARG) sector?: SchoolSector | null,
  ) {
    return this.coverage.coverageSummary(level, provinceCode ?? null, sector ?? null);
  }

  @Query(() => MunicipalityCoalitionsModel, {
    description:
      'Samenwerkingen (geaccepteerd, in gesprek, gestart) per school en per partner (MUNICIPALITY_OFFICER van die gemeente, ADMIN)',
  })
  municipalityCoalitions(@Args('code') code: string, @CurrentActor() actor: Actor | null) {
    return this.coalitions.municipalityCoalitions(actor, code);
  }

  @Query(() => String, {
    description:
      'De samenwerkingen als CSV (scheidingsteken ;, UTF-8 met BOM) (MUNICIPALITY_OFFICER van die gemeente, ADMIN)',
  })
  municipalityCoalitionsCsv(@Args('code') code: string, @CurrentActor() actor: Actor | null) {
    return this.exports.coalitionsCsv(actor, code);
  }

  @Query(() => String, {
    description:
      'De samenwerkingen (lijst, per partner, per school) als .xlsx, base64-gecodeerd (MUNICIPALITY_OFFICER van die gemeente, ADMIN)',
  })
  municipalityCoalitionsXlsx(@Args('code') code: string, @CurrentActor() actor: Actor | null) {
    return this.exports.coalitionsXlsx(actor, code);
  }
}

@Resolver(() => LocalOfferingModel)
export class LocalOfferingResolver {
  @ResolveField(() => [CoverageAreaModel], {
    description: 'De werkgebieden waarmee het deze scholen bereikt (geen landelijke)',
  })
  async areas(@Parent() offering: LocalOfferingModel, @Context() ctx: GraphqlContext) {
    const ids = new Set(offering.areaIds);
    const all = await ctx.loaders.coverageByOffering.load(offering.offeringId);
    return all.filter((area) => ids.has(area.id));
  }
}
