import { Field, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import type { FundingRouteCode, InterventionCode, SchoolSector } from '@partnerwijzer/domain';
import {
  FundingRouteCodeEnum,
  InterventionCodeEnum,
  SchoolSectorEnum,
} from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { MunicipalityModel } from '../../regions/index.js';

/** How one school is reached for one intervention type. */
export const CoverageStatusEnum = {
  GAP: 'GAP',
  ONLY_NATIONAL: 'ONLY_NATIONAL',
  LOCAL: 'LOCAL',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
} as const;
export type CoverageStatus = keyof typeof CoverageStatusEnum;
registerEnumType(CoverageStatusEnum, {
  name: 'CoverageStatus',
  description:
    'GAP: geen aanbod dat de school bereikt en past; ONLY_NATIONAL: alleen landelijk aanbod; LOCAL: minstens één lokaal aanbod; NOT_APPLICABLE: deze interventiesoort geldt niet voor de sector van de school (n.v.t., nooit een gat)',
});

export const CoverageSummaryLevelEnum = { NATIONAL: 'NATIONAL', PROVINCE: 'PROVINCE' } as const;
export type CoverageSummaryLevel = keyof typeof CoverageSummaryLevelEnum;
registerEnumType(CoverageSummaryLevelEnum, { name: 'CoverageSummaryLevel' });

/**
 * An intervention type as one column of the municipality's tables: the cells, totals and shares
 * of coverage and need name it alike.
 */
@ObjectType({ isAbstract: true })
export abstract class InterventionTypeColumnBase {
  @Field(() => InterventionCodeEnum)
  interventionType!: InterventionCode;
}

@ObjectType('CoverageCell', {
  description:
    'Eén school × één interventiesoort: aantal actieve aanbiedingen dat de school bereikt en past',
})
export class CoverageCellModel extends InterventionTypeColumnBase {
  @Field(() => Int, { description: 'Aanbiedingen die de school bereiken en passen' })
  offerings!: number;

  @Field(() => Int, { description: 'Waarvan van een geverifieerde partner' })
  verified!: number;

  @Field(() => Int, { description: 'Waarvan lokaal (werkgebied niet landelijk)' })
  local!: number;

  @Field(() => CoverageStatusEnum)
  status!: CoverageStatus;
}

/** A school as the rows of the municipality's tables name and place it. */
@ObjectType({ isAbstract: true })
export abstract class SchoolRowBase {
  vestigingscode!: string;

  name!: string;

  @Field(() => SchoolSectorEnum)
  sector!: SchoolSector;

  schoolType!: string;

  location!: GeoPointModel;
}

@ObjectType('SchoolCoverageRow', { description: 'Eén schoolvestiging in de dekkingsmatrix' })
export class SchoolCoverageRowModel extends SchoolRowBase {
  /** In de volgorde van interventionCodes */
  cells!: CoverageCellModel[];

  @Field(() => Int, {
    description: 'Interventiesoorten die voor deze school gelden (de rest is n.v.t.)',
  })
  typesApplicable!: number;

  @Field(() => Int, {
    description: 'Interventiesoorten met minstens één aanbod (alleen die gelden)',
  })
  typesCovered!: number;

  @Field(() => Int, { description: 'Interventiesoorten met minstens één lokaal aanbod' })
  typesCoveredLocally!: number;
}

@ObjectType('CoverageColumnTotal', {
  description: 'Telling per interventiesoort over alle scholen',
})
export class CoverageColumnTotalModel extends InterventionTypeColumnBase {
  @Field(() => Int)
  gapSchools!: number;

  @Field(() => Int)
  onlyNationalSchools!: number;

  @Field(() => Int)
  localSchools!: number;

  @Field(() => Int, { description: 'Scholen waarvoor deze interventiesoort niet geldt (n.v.t.)' })
  notApplicableSchools!: number;
}

@ObjectType('MunicipalityCoverage', {
  description:
    'Dekkingsmatrix van een gemeente: scholen × interventiesoorten (openbaar, geaggregeerd)',
})
export class MunicipalityCoverageModel {
  municipality!: MunicipalityModel;

  @Field(() => SchoolSectorEnum, { nullable: true })
  sector!: SchoolSector | null;

  @Field(() => [InterventionCodeEnum], { description: 'Kolommen, in taxonomievolgorde' })
  interventionCodes!: InterventionCode[];

  schools!: SchoolCoverageRowModel[];

  totals!: CoverageColumnTotalModel[];

  @Field(() => [FundingRouteCodeEnum], {
    description: 'Alleen aanbod met een van deze financieringsroutes telde mee; leeg = alle aanbod',
  })
  fundingRoutes!: FundingRouteCode[];
}

@ObjectType('CoverageShare')
export class CoverageShareModel extends InterventionTypeColumnBase {
  @Field(() => Int, { description: 'Scholen waarvoor deze interventiesoort geldt' })
  schoolsApplicable!: number;

  @Field(() => Int, { description: 'Scholen met minstens één lokaal aanbod' })
  schoolsWithLocal!: number;

  /** Aandeel 0–1 van de scholen waarvoor het geldt; null zonder zulke scholen */
  share!: number | null;
}

@ObjectType('MunicipalityCoverageSummary')
export class MunicipalityCoverageSummaryModel {
  municipalityCode!: string;

  municipalityName!: string;

  provinceCode!: string;

  @Field(() => Int)
  schools!: number;

  /** In de volgorde van interventionCodes */
  shares!: CoverageShareModel[];
}

// A CoverageShare over all municipalities; its count of applicable schools is called `schools`.
@ObjectType('CoverageSummaryTotal', {
  description: 'Over alle gemeenten in het overzicht samen: scholen met lokaal aanbod',
})
export class CoverageSummaryTotalModel extends PickType(CoverageShareModel, [
  'interventionType',
  'schoolsWithLocal',
] as const) {
  @Field(() => Int, { description: 'Scholen waarvoor deze interventiesoort geldt' })
  schools!: number;

  /** Aandeel 0–1; null zonder scholen */
  share!: number | null;
}

@ObjectType('CoverageSummary', {
  description: 'Per gemeente het aandeel scholen met lokaal aanbod per interventiesoort',
})
export class CoverageSummaryModel {
  @Field(() => CoverageSummaryLevelEnum)
  level!: CoverageSummaryLevel;

  provinceCode!: string | null;

  @Field(() => SchoolSectorEnum, { nullable: true })
  sector!: SchoolSector | null;

  @Field(() => [InterventionCodeEnum])
  interventionCodes!: InterventionCode[];

  municipalities!: MunicipalityCoverageSummaryModel[];

  /** Per interventiesoort over alle gemeenten hierboven (provincie of land) */
  totals!: CoverageSummaryTotalModel[];
}
