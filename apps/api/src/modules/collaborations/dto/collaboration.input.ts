import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { CollaborationStatus, GoalAttainment, InterventionCode } from '@partnerwijzer/domain';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import {
  CollaborationStatusEnum,
  FundingRouteCodeEnum,
  GoalAttainmentEnum,
} from '../models/collaboration.model.js';

// Shapes and generous size caps only (so a huge string is refused before any work); the rules
// — dates, periods, lengths, who may do what — are checked by the services, naming each field.
const TOO_LONG = { message: 'is te lang (too long)' };
const TOO_MANY = { message: 'te veel (too many)' };

@InputType('FundingLineInput')
export class FundingLineInput {
  @Field(() => FundingRouteCodeEnum)
  @IsString()
  routeCode!: string;

  @Field(() => String, { nullable: true, description: 'Naam van het fonds (verplicht bij FONDS)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, TOO_LONG)
  fundName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bedrag in hele euro' })
  @IsOptional()
  @IsInt({ message: 'moet een heel getal zijn (must be a whole number)' })
  amountEur?: number | null;

  @Field(() => String, { nullable: true, description: 'Vanaf (ISO-datum)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, TOO_LONG)
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Tot en met (ISO-datum)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, TOO_LONG)
  validUntil?: string | null;
}

@InputType('CreateCollaborationInput')
export class CreateCollaborationInput {
  @Field()
  @IsString()
  @MaxLength(1000, TOO_LONG)
  title!: string;

  @Field(() => [String], { description: 'DUO-vestigingscodes (1–50)' })
  @ArrayMaxSize(200, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(40, { each: true, ...TOO_LONG })
  vestigingscodes!: string[];

  @Field(() => [ID], { description: 'Partnerorganisaties (1–20)' })
  @ArrayMaxSize(200, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(60, { each: true, ...TOO_LONG })
  organisationIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'De gemeente als partij (de gemeente van een van de scholen)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20, TOO_LONG)
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Schoolbestuur (naam)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, TOO_LONG)
  schoolBoard?: string | null;

  @Field(() => [InterventionCodeEnum])
  @ArrayMaxSize(50, TOO_MANY)
  interventionCodes!: InterventionCode[];

  @Field(() => [String])
  @ArrayMaxSize(50, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(2000, { each: true, ...TOO_LONG })
  goals!: string[];

  @Field({ description: 'Begindatum (ISO, bv. 2026-08-01)' })
  @IsString()
  @MaxLength(40, TOO_LONG)
  startsOn!: string;

  @Field({ description: 'Einddatum (ISO); meerjarig mag, hoogstens 10 jaar' })
  @IsString()
  @MaxLength(40, TOO_LONG)
  endsOn!: string;

  @Field(() => [FundingLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, TOO_MANY)
  @ValidateNested({ each: true })
  @Type(() => FundingLineInput)
  funding?: FundingLineInput[] | null;

  @Field(() => CollaborationStatusEnum, {
    nullable: true,
    description: 'PLANNED (standaard) of ACTIVE',
  })
  @IsOptional()
  @IsString()
  status?: CollaborationStatus | null;

  @Field(() => ID, { nullable: true, description: 'De geaccepteerde contactaanvraag' })
  @IsOptional()
  @IsString()
  @MaxLength(60, TOO_LONG)
  contactRequestId?: string | null;
}

@InputType('UpdateCollaborationInput', {
  description: 'Wijzigt een samenwerking (partijen); weggelaten velden blijven zoals ze zijn',
})
export class UpdateCollaborationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(60, TOO_LONG)
  collaborationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, TOO_LONG)
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Vervangt alle doelen (1–10)' })
  @IsOptional()
  @ArrayMaxSize(50, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(2000, { each: true, ...TOO_LONG })
  goals?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Begindatum (ISO)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, TOO_LONG)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Einddatum (ISO)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, TOO_LONG)
  endsOn?: string | null;

  @Field(() => [FundingLineInput], {
    nullable: true,
    description: 'Vervangt alle financieringsregels ([] = geen)',
  })
  @IsOptional()
  @ArrayMaxSize(50, TOO_MANY)
  @ValidateNested({ each: true })
  @Type(() => FundingLineInput)
  funding?: FundingLineInput[] | null;

  @Field(() => String, { nullable: true, description: 'Waarom (komt in de geschiedenis)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, TOO_LONG)
  note?: string | null;
}

@InputType('CollaborationMonitoringInput', {
  description: 'Monitoring van één schooljaar: alleen aantallen, nooit gegevens over een leerling',
})
export class MonitoringInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(60, TOO_LONG)
  collaborationId!: string;

  @Field({ description: 'Schooljaar, bv. 2026-2027' })
  @IsString()
  @MaxLength(20, TOO_LONG)
  schoolYear!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'moet een heel getal zijn (must be a whole number)' })
  pupilsReached?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'moet een heel getal zijn (must be a whole number)' })
  groupsReached?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'moet een heel getal zijn (must be a whole number)' })
  sessionsDelivered?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  hoursDelivered?: number | null;

  @Field(() => GoalAttainmentEnum, { nullable: true })
  @IsOptional()
  @IsString()
  goalAttainment?: GoalAttainment | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000, TOO_LONG)
  evaluationNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Link naar bewijs (https://…)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, TOO_LONG)
  evidenceUrl?: string | null;
}

@InputType('LeaAgreementThemeInput')
export class AgreementThemeInput {
  @Field(() => InterventionCodeEnum)
  interventionCode!: InterventionCode;

  @Field()
  @IsString()
  @MaxLength(2000, TOO_LONG)
  goal!: string;
}

@InputType('LeaAgreementInput')
export class AgreementInput {
  @Field(() => ID, { nullable: true, description: 'Leeg: nieuwe afspraak' })
  @IsOptional()
  @IsString()
  @MaxLength(60, TOO_LONG)
  id?: string | null;

  @Field()
  @IsString()
  @MaxLength(20, TOO_LONG)
  municipalityCode!: string;

  @Field()
  @IsString()
  @MaxLength(1000, TOO_LONG)
  title!: string;

  @Field()
  @IsString()
  @MaxLength(40, TOO_LONG)
  startsOn!: string;

  @Field()
  @IsString()
  @MaxLength(40, TOO_LONG)
  endsOn!: string;

  @Field(() => [AgreementThemeInput])
  @ArrayMaxSize(50, TOO_MANY)
  @ValidateNested({ each: true })
  @Type(() => AgreementThemeInput)
  themes!: AgreementThemeInput[];
}
