import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { InterventionCode, SchoolSector } from '@partnerwijzer/domain';
import { AdminTokenGuard } from '../../common/auth/admin-token.guard.js';
import { InterventionCodeEnum, SchoolSectorEnum } from '../../common/graphql/enums.js';
import { PartnerMatchModel } from '../matching/models/match-outcome.model.js';
import { CoalitionsService } from './coalitions.service.js';
import { coverageCsv } from './coverage-csv.js';
import { CoverageService } from './coverage.service.js';
import { MunicipalityCoalitionsModel } from './models/coalition.model.js';
import {
  CoverageSummaryLevelEnum,
  CoverageSummaryModel,
  MunicipalityCoverageModel,
  type CoverageSummaryLevel,
} from './models/coverage.model.js';

@Resolver()
export class MunicipalityViewResolver {
  constructor(
    private readonly coverage: CoverageService,
    private readonly coalitions: CoalitionsService,
  ) {}

  @Query(() => MunicipalityCoverageModel, {
    description:
      'Dekkingsmatrix van een gemeente: per actieve school en interventiesoort het aantal passende aanbiedingen (openbaar)',
  })
  municipalityCoverage(
    @Args('code', { description: 'CBS-gemeentecode, bijvoorbeeld GM0606' }) code: string,
    @Args('sector', { type: () => SchoolSectorEnum, nullable: true }) sector?: SchoolSector | null,
  ) {
    return this.coverage.municipalityCoverage(code, sector ?? null);
  }

  @Query(() => String, {
    description:
      'De dekkingsmatrix als CSV (scheidingsteken ;, UTF-8 met BOM), zoals Excel hem opent',
  })
  async municipalityCoverageCsv(
    @Args('code') code: string,
    @Args('sector', { type: () => SchoolSectorEnum, nullable: true }) sector?: SchoolSector | null,
  ) {
    return coverageCsv(await this.coverage.municipalityCoverage(code, sector ?? null));
  }

  @Query(() => [PartnerMatchModel], {
    description: 'De aanbiedingen achter één cel van de dekkingsmatrix, gerangschikt',
  })
  coverageCell(
    @Args('code') code: string,
    @Args('vestigingscode') vestigingscode: string,
    @Args('interventionType', { type: () => InterventionCodeEnum })
    interventionType: InterventionCode,
  ) {
    return this.coverage.coverageCell(code, vestigingscode, interventionType);
  }

  @Query(() => CoverageSummaryModel, {
    description:
      'Per gemeente het aandeel scholen met minstens één lokaal aanbod per interventiesoort (openbaar)',
  })
  coverageSummary(
    @Args('level', { type: () => CoverageSummaryLevelEnum }) level: CoverageSummaryLevel,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode?: string | null,
    @Args('sector', { type: () => SchoolSectorEnum, nullable: true }) sector?: SchoolSector | null,
  ) {
    return this.coverage.coverageSummary(level, provinceCode ?? null, sector ?? null);
  }

  // Admin token only for now: issue #7 (accounts and roles) replaces this guard with
  // "MUNICIPALITY_OFFICER of this municipality, or admin".
  @Query(() => MunicipalityCoalitionsModel, {
    description:
      'Samenwerkingen (geaccepteerd, in gesprek, gestart) per school en per partner (vereist ADMIN_API_TOKEN tot er accounts zijn)',
  })
  @UseGuards(AdminTokenGuard)
  municipalityCoalitions(@Args('code') code: string) {
    return this.coalitions.municipalityCoalitions(code);
  }
}
