import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import {
  OptionalTextField,
  OptionalWholeNumberField,
  TextField,
  TOO_LONG,
  TOO_MANY,
} from '../../../common/graphql/text-fields.js';

// Shapes and generous size caps only (see common/graphql/text-fields.ts); the rules — dates, periods,
// lengths, who may do what — are checked by the services, naming each field.

@InputType('FundingLineInput')
export class FundingLineInput {
  @Field(() => FundingRouteCodeEnum)
  @IsString()
  routeCode!: string;

  @OptionalTextField(1000, { description: 'Naam van het fonds (verplicht bij FONDS)' })
  fundName?: string | null;

  @OptionalWholeNumberField('Bedrag in hele euro')
  amountEur?: number | null;

  @OptionalTextField(40, { description: 'Vanaf (ISO-datum)' })
  validFrom?: string | null;

  @OptionalTextField(40, { description: 'Tot en met (ISO-datum)' })
  validUntil?: string | null;
}

/** A collaboration's goals: at most 50 texts of at most 2000 characters each. */
function GoalTexts(): PropertyDecorator {
  return applyDecorators(
    MaxLength(2000, { each: true, ...TOO_LONG }),
    IsString({ each: true }),
    ArrayMaxSize(50, TOO_MANY),
  );
}

/** Optional funding lines (at most 50), each checked as a FundingLineInput. */
function FundingLines(): PropertyDecorator {
  return applyDecorators(
    Type(() => FundingLineInput),
    ValidateNested({ each: true }),
    ArrayMaxSize(50, TOO_MANY),
    IsOptional(),
  );
}

@InputType('CreateCollaborationInput')
export class CreateCollaborationInput {
  @TextField(1000)
  title!: string;

  /** DUO-vestigingscodes (1–50) */
  @ArrayMaxSize(200, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(40, { each: true, ...TOO_LONG })
  vestigingscodes!: string[];

  @Field(() => [ID], { description: 'Partnerorganisaties (1–20)' })
  @ArrayMaxSize(200, TOO_MANY)
  @IsString({ each: true })
  @MaxLength(60, { each: true, ...TOO_LONG })
  organisationIds!: string[];

  @OptionalTextField(20, {
    description: 'De gemeente als partij (de gemeente van een van de scholen)',
  })
  municipalityCode?: string | null;

  @OptionalTextField(1000, { description: 'Schoolbestuur (naam)' })
  schoolBoard?: string | null;

  @Field(() => [InterventionCodeEnum])
  @ArrayMaxSize(50, TOO_MANY)
  interventionCodes!: InterventionCode[];

  @GoalTexts()
  goals!: string[];

  @TextField(40, { description: 'Begindatum (ISO, bv. 2026-08-01)' })
  startsOn!: string;

  @TextField(40, { description: 'Einddatum (ISO); meerjarig mag, hoogstens 10 jaar' })
  endsOn!: string;

  @FundingLines()
  funding?: FundingLineInput[] | null;

  @Field(() => CollaborationStatusEnum, {
    nullable: true,
    description: 'PLANNED (standaard) of ACTIVE',
  })
  @IsOptional()
  @IsString()
  status?: CollaborationStatus | null;

  @OptionalTextField(60, { description: 'De geaccepteerde contactaanvraag', id: true })
  contactRequestId?: string | null;
}

@InputType('UpdateCollaborationInput', {
  description: 'Wijzigt een samenwerking (partijen); weggelaten velden blijven zoals ze zijn',
})
export class UpdateCollaborationInput {
  @TextField(60, { id: true })
  collaborationId!: string;

  @OptionalTextField(1000)
  title?: string | null;

  /** Vervangt alle doelen (1–10) */
  @IsOptional()
  @GoalTexts()
  goals?: string[] | null;

  @OptionalTextField(40, { description: 'Begindatum (ISO)' })
  startsOn?: string | null;

  @OptionalTextField(40, { description: 'Einddatum (ISO)' })
  endsOn?: string | null;

  /** Vervangt alle financieringsregels ([] = geen) */
  @FundingLines()
  funding?: FundingLineInput[] | null;

  @OptionalTextField(2000, { description: 'Waarom (komt in de geschiedenis)' })
  note?: string | null;
}

@InputType('CollaborationMonitoringInput', {
  description: 'Monitoring van één schooljaar: alleen aantallen, nooit gegevens over een leerling',
})
export class MonitoringInput {
  @TextField(60, { id: true })
  collaborationId!: string;

  @TextField(20, { description: 'Schooljaar, bv. 2026-2027' })
  schoolYear!: string;

  @OptionalWholeNumberField()
  pupilsReached?: number | null;

  @OptionalWholeNumberField()
  groupsReached?: number | null;

  @OptionalWholeNumberField()
  sessionsDelivered?: number | null;

  @IsOptional()
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  hoursDelivered?: number | null;

  @Field(() => GoalAttainmentEnum, { nullable: true })
  @IsOptional()
  @IsString()
  goalAttainment?: GoalAttainment | null;

  @OptionalTextField(10_000)
  evaluationNote?: string | null;

  @OptionalTextField(2000, { description: 'Link naar bewijs (https://…)' })
  evidenceUrl?: string | null;
}

@InputType('LeaAgreementThemeInput')
export class AgreementThemeInput {
  @Field(() => InterventionCodeEnum)
  interventionCode!: InterventionCode;

  @TextField(2000)
  goal!: string;
}

@InputType('LeaAgreementInput')
export class AgreementInput {
  @OptionalTextField(60, { description: 'Leeg: nieuwe afspraak', id: true })
  id?: string | null;

  @TextField(20)
  municipalityCode!: string;

  @TextField(1000)
  title!: string;

  @TextField(40)
  startsOn!: string;

  @TextField(40)
  endsOn!: string;

  @ArrayMaxSize(50, TOO_MANY)
  @ValidateNested({ each: true })
  @Type(() => AgreementThemeInput)
  themes!: AgreementThemeInput[];
}
