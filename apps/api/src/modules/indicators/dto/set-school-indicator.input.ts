import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { INDICATOR_KINDS, type IndicatorKind } from '../indicator-values.js';
import { IndicatorKindEnum } from '../models/school-indicator.model.js';

// Shapes are checked here; ranges and formats by manualIndicatorProblems in the service.
const TOO_LONG = { message: 'is te lang (too long)' };

@InputType('SetSchoolIndicatorInput')
export class SetSchoolIndicatorInput {
  @Field({ description: 'DUO-vestigingscode' })
  @IsString()
  @MaxLength(20, TOO_LONG)
  vestigingscode!: string;

  @Field(() => IndicatorKindEnum)
  @IsIn(INDICATOR_KINDS)
  kind!: IndicatorKind;

  @Field({ description: '2023-2024, 2021-2024 (driejaarsgemiddelde) of 2019 (CBS)' })
  @IsString()
  @MaxLength(20, TOO_LONG)
  period!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'is geen getal (not a number)' })
  value!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'is geen getal (not a number)' })
  spread?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'is geen getal (not a number)' })
  pupils?: number | null;

  @Field(() => String, { nullable: true, description: 'OVT of vestigingscode in het bronbestand' })
  @IsOptional()
  @IsString()
  @MaxLength(20, TOO_LONG)
  sourceKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom (hoogstens 500 tekens)' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'hoogstens 500 tekens (at most 500 characters)' })
  note?: string | null;
}
