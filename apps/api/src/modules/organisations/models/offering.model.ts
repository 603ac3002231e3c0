import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  FundingRouteCode,
  CostType,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  OfferingStatus,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';
import {
  CostTypeEnum,
  FundingRouteCodeEnum,
  DeliveryModeEnum,
  EvidenceLevelEnum,
  EvidenceRegisterEnum,
  InterventionCodeEnum,
  OfferingStatusEnum,
  SectorEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';

@ObjectType('Cost')
export class CostModel {
  @Field(() => CostTypeEnum)
  type!: CostType;

  @Field(() => Float, { nullable: true, description: 'Bedrag in euro' })
  amountEur!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Evidence')
export class EvidenceModel {
  @Field(() => EvidenceRegisterEnum)
  register!: EvidenceRegister;

  @Field(() => EvidenceLevelEnum)
  level!: EvidenceLevel;

  @Field(() => String, { nullable: true })
  source!: string | null;
}

@ObjectType('IntRange')
export class IntRangeModel {
  @Field(() => Int, { nullable: true })
  min!: number | null;

  @Field(() => Int, { nullable: true })
  max!: number | null;
}

@ObjectType('Offering', { description: 'Aanbod van een partner' })
export class OfferingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [InterventionCodeEnum])
  interventionCodes!: InterventionCode[];

  @Field(() => [SectorEnum])
  sectors!: Sector[];

  @Field(() => [TargetGroupEnum])
  targetGroups!: TargetGroup[];

  @Field(() => IntRangeModel, { description: 'Groepen (PO groep 1–8)' })
  groep!: IntRangeModel;

  @Field(() => IntRangeModel, { description: 'Leeftijd in jaren' })
  age!: IntRangeModel;

  @Field(() => [DeliveryModeEnum])
  deliveryModes!: DeliveryMode[];

  @Field(() => CostModel)
  cost!: CostModel;

  @Field(() => [String], { description: 'Financieringsroutes zoals de partner ze schreef' })
  fundingRoutes!: string[];

  @Field(() => [FundingRouteCodeEnum], {
    description: 'Financieringsroutes uit de catalogus (fundingRoutes-query)',
  })
  fundingRouteCodes!: FundingRouteCode[];

  @Field(() => EvidenceModel)
  evidence!: EvidenceModel;

  @Field(() => Int, { nullable: true, description: 'Aantal scholen per schooljaar' })
  capacityPerYear!: number | null;

  @Field(() => [String])
  languages!: string[];

  @Field(() => OfferingStatusEnum)
  status!: OfferingStatus;

  @Field(() => Date, { nullable: true })
  lastConfirmedAt!: Date | null;

  @Field()
  isDemo!: boolean;

  @Field(() => Date)
  updatedAt!: Date;
}
