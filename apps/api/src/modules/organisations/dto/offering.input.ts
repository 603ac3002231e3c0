import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type {
  FundingRouteCode,
  CostType,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';
import { LANGUAGE_TAG } from '@partnerwijzer/domain';
import {
  CostTypeEnum,
  FundingRouteCodeEnum,
  DeliveryModeEnum,
  EvidenceLevelEnum,
  EvidenceRegisterEnum,
  InterventionCodeEnum,
  SectorEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';

// A language tag ("nl", "nl-NL"), or blank (dropped on write).
const LANGUAGE_TAG_OR_BLANK = new RegExp(`^\\s*$|${LANGUAGE_TAG.source}`, 'i');

// The editable fields of an offering. On update every field is optional: only given ones change.
@InputType('OfferingFieldsInput')
export class OfferingFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'minstens 3 tekens (at least 3 characters)' })
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => [InterventionCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'kies minstens één soort interventie' })
  @ArrayMaxSize(20)
  @IsEnum(InterventionCodeEnum, { each: true })
  interventionCodes?: InterventionCode[];

  @Field(() => [SectorEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SectorEnum, { each: true })
  sectors?: Sector[];

  @Field(() => [TargetGroupEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(TargetGroupEnum, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  groepMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  groepMax?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  ageMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  ageMax?: number;

  @Field(() => [DeliveryModeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(DeliveryModeEnum, { each: true })
  deliveryModes?: DeliveryMode[];

  @Field(() => CostTypeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CostTypeEnum)
  costType?: CostType;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  costAmountEur?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  costNote?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fundingRoutes?: string[];

  @Field(() => [FundingRouteCodeEnum], {
    nullable: true,
    description: 'Financieringsroutes uit de catalogus',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(FundingRouteCodeEnum, {
    each: true,
    message: 'onbekende financieringsroute (unknown funding route)',
  })
  fundingRouteCodes?: FundingRouteCode[];

  @Field(() => EvidenceRegisterEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EvidenceRegisterEnum)
  evidenceRegister?: EvidenceRegister;

  @Field(() => EvidenceLevelEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EvidenceLevelEnum)
  evidenceLevel?: EvidenceLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  evidenceSource?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacityPerYear?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: 'een taalcode is te lang (a language code is too long)' })
  @Matches(LANGUAGE_TAG_OR_BLANK, {
    each: true,
    message:
      'moet een taalcode zijn, zoals nl, tr of nl-NL (must be a language code such as nl, tr or nl-NL)',
  })
  languages?: string[];
}

@InputType('CreateOfferingInput')
export class CreateOfferingInput extends OfferingFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'geen geldig id (not a valid id)' })
  organisationId!: string;
}
