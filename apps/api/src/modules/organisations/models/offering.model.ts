import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

  /** Bedrag in euro */
  amountEur!: number | null;

  note!: string | null;
}

@ObjectType('Evidence')
export class EvidenceModel {
  @Field(() => EvidenceRegisterEnum)
  register!: EvidenceRegister;

  @Field(() => EvidenceLevelEnum)
  level!: EvidenceLevel;

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

  title!: string;

  description!: string;

  @Field(() => [InterventionCodeEnum])
  interventionCodes!: InterventionCode[];

  @Field(() => [SectorEnum])
  sectors!: Sector[];

  @Field(() => [TargetGroupEnum])
  targetGroups!: TargetGroup[];

  /** Groepen (PO groep 1–8) */
  groep!: IntRangeModel;

  /** Leeftijd in jaren */
  age!: IntRangeModel;

  @Field(() => [DeliveryModeEnum])
  deliveryModes!: DeliveryMode[];

  cost!: CostModel;

  /** Financieringsroutes zoals de partner ze schreef */
  fundingRoutes!: string[];

  @Field(() => [FundingRouteCodeEnum], {
    description: 'Financieringsroutes uit de catalogus (fundingRoutes-query)',
  })
  fundingRouteCodes!: FundingRouteCode[];

  evidence!: EvidenceModel;

  @Field(() => Int, { nullable: true, description: 'Aantal scholen per schooljaar' })
  capacityPerYear!: number | null;

  languages!: string[];

  @Field(() => OfferingStatusEnum)
  status!: OfferingStatus;

  lastConfirmedAt!: Date | null;

  isDemo!: boolean;

  updatedAt!: Date;
}
