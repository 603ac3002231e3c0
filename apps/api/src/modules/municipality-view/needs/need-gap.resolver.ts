import { Args, Query, Resolver } from '@nestjs/graphql';
import type { FundingRouteCode, InterventionCode, SchoolSector } from '@partnerwijzer/domain';
import { FUNDING_ARG, SECTOR_ARG } from '../filter-args.js';
import { CurrentActor } from '../../../common/auth/current-actor.js';
import type { Actor } from '../../../common/auth/roles.js';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import { MunicipalityExportService } from '../export/municipality-export.service.js';
import { MunicipalityNeedsModel, NeedExplanationModel } from '../models/needs.model.js';
import { NeedGapService } from './need-gap.service.js';

@Resolver()
export class NeedGapResolver {
  constructor(
    private readonly needs: NeedGapService,
    private readonly exports: MunicipalityExportService,
  ) {}

  @Query(() => MunicipalityNeedsModel, {
    description:
      'Behoefte-gewogen witte vlekken van een gemeente (openbaar; behoefteprofielen tellen volledig mee voor beleidsmedewerkers van die gemeente en beheerders, anders alleen openbaar gemaakte)',
  })
  municipalityNeeds(
    @Args('code', { description: 'CBS-gemeentecode, bijvoorbeeld GM0606' }) code: string,
    @Args('sector', SECTOR_ARG) sector: SchoolSector | null,
    @CurrentActor() actor: Actor | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.needs.municipalityNeeds(actor, code, sector ?? null, fundingRoutes ?? []);
  }

  @Query(() => NeedExplanationModel, {
    description: 'Hoe wordt de behoefte van deze school voor dit thema berekend? Stap voor stap',
  })
  municipalityNeedExplanation(
    @Args('code') code: string,
    @Args('vestigingscode') vestigingscode: string,
    @Args('interventionType', { type: () => InterventionCodeEnum })
    interventionType: InterventionCode,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.needs.explain(actor, code, vestigingscode, interventionType);
  }

  @Query(() => String, {
    description:
      'De behoefte per school als CSV (scheidingsteken ;, UTF-8 met BOM); rechten en filters als municipalityNeeds; ook als GET /downloads/municipality/{code}/needs.csv',
  })
  municipalityNeedsCsv(
    @Args('code') code: string,
    @Args('sector', SECTOR_ARG) sector: SchoolSector | null,
    @CurrentActor() actor: Actor | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.exports.needsCsv(actor, code, sector ?? null, fundingRoutes ?? []);
  }

  @Query(() => String, {
    description:
      'Behoefte per school, per thema, de vergelijking en de uitleg als .xlsx, base64-gecodeerd; rechten en filters als municipalityNeeds; ook als GET /downloads/municipality/{code}/needs.xlsx',
  })
  municipalityNeedsXlsx(
    @Args('code') code: string,
    @Args('sector', SECTOR_ARG) sector: SchoolSector | null,
    @CurrentActor() actor: Actor | null,
    @Args('fundingRoutes', FUNDING_ARG) fundingRoutes?: FundingRouteCode[] | null,
  ) {
    return this.exports.needsXlsx(actor, code, sector ?? null, fundingRoutes ?? []);
  }
}
