import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalTextField, TextField } from '../../../common/graphql/text-fields.js';
import { INDICATOR_KINDS, type IndicatorKind } from '../indicator-values.js';
import { IndicatorKindEnum } from '../models/school-indicator.model.js';

// Shapes are checked here; ranges and formats by manualIndicatorProblems in the service.

@InputType('SetSchoolIndicatorInput')
export class SetSchoolIndicatorInput {
  @TextField(20, { description: 'DUO-vestigingscode' })
  vestigingscode!: string;

  @Field(() => IndicatorKindEnum)
  @IsIn(INDICATOR_KINDS)
  kind!: IndicatorKind;

  @TextField(20, { description: '2023-2024, 2021-2024 (driejaarsgemiddelde) of 2019 (CBS)' })
  period!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'is geen getal (not a number)' })
  value!: number;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'is geen getal (not a number)' })
  spread?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'is geen getal (not a number)' })
  pupils?: number | null;

  @OptionalTextField(20, { description: 'OVT of vestigingscode in het bronbestand' })
  sourceKey?: string | null;

  /** Waarom (hoogstens 500 tekens) */
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'hoogstens 500 tekens (at most 500 characters)' })
  note?: string | null;
}
