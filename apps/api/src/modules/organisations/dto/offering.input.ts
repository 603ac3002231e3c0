import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
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
import { OptionalCodesField } from '../../../common/graphql/code-list-field.js';
import { OptionalLanguagesField } from '../../../common/validation/search-fields.js';

// Field + validator stacks that several offering fields take alike; listed bottom-up, like
// common/validation/search-fields.ts (the order of the same decorators above a property).

/** An optional whole number from `min` to `max`. */
function OptionalIntField(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    Max(max),
    Min(min),
    IsInt(),
    IsOptional(),
    Field(() => Int, { nullable: true }),
  );
}

/** An optional text of at most `maxLength` characters. */
function OptionalTextField(maxLength: number): PropertyDecorator {
  return applyDecorators(
    MaxLength(maxLength),
    IsString(),
    IsOptional(),
    Field(() => String, { nullable: true }),
  );
}

/** An optional code of one enum. */
function OptionalCodeField(codes: Record<string, string>): PropertyDecorator {
  return applyDecorators(
    IsEnum(codes),
    IsOptional(),
    Field(() => codes, { nullable: true }),
  );
}

// The editable fields of an offering. On update every field is optional: only given ones change.
@InputType('OfferingFieldsInput')
export class OfferingFieldsInput {
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'minstens 3 tekens (at least 3 characters)' })
  @MaxLength(200)
  title?: string;

  @OptionalTextField(5000)
  description?: string;

  @Field(() => [InterventionCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, {
    message: 'kies minstens één soort interventie (choose at least one intervention type)',
  })
  @ArrayMaxSize(20)
  @IsEnum(InterventionCodeEnum, { each: true })
  interventionCodes?: InterventionCode[];

  @OptionalCodesField(SectorEnum, { max: 10 })
  sectors?: Sector[];

  @OptionalCodesField(TargetGroupEnum, { max: 10 })
  targetGroups?: TargetGroup[];

  @OptionalIntField(1, 8)
  groepMin?: number;

  @OptionalIntField(1, 8)
  groepMax?: number;

  @OptionalIntField(0, 99)
  ageMin?: number;

  @OptionalIntField(0, 99)
  ageMax?: number;

  @OptionalCodesField(DeliveryModeEnum, { max: 10 })
  deliveryModes?: DeliveryMode[];

  @OptionalCodeField(CostTypeEnum)
  costType?: CostType;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  costAmountEur?: number;

  @OptionalTextField(500)
  costNote?: string;

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

  @OptionalCodeField(EvidenceRegisterEnum)
  evidenceRegister?: EvidenceRegister;

  @OptionalCodeField(EvidenceLevelEnum)
  evidenceLevel?: EvidenceLevel;

  @OptionalTextField(500)
  evidenceSource?: string;

  @OptionalIntField(0, 100_000)
  capacityPerYear?: number;

  @OptionalLanguagesField(undefined, 20)
  languages?: string[];
}

@InputType('CreateOfferingInput')
export class CreateOfferingInput extends OfferingFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'geen geldig id (not a valid id)' })
  organisationId!: string;
}
