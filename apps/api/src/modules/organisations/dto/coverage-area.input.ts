import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { CoverageKind } from '@partnerwijzer/domain';
import { CoverageKindEnum } from '../../../common/graphql/enums.js';
import { GeoPointInput } from '../../../common/graphql/geo-point.input.js';
import { GraphQLJSON } from '../../../common/graphql/json.scalar.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';
import { AREA_LABEL_TOO_LONG, MAX_AREA_LABEL_CHARS } from '../coverage-input.validation.js';

@InputType('CoverageAreaInput', {
  description: 'Eén werkgebied; welke velden nodig zijn hangt af van kind',
})
export class CoverageAreaInput {
  @Field(() => CoverageKindEnum)
  @IsEnum(CoverageKindEnum, { message: 'is geen bekend soort werkgebied (unknown coverage kind)' })
  kind!: CoverageKind;

  /** Bij PROVINCE: PVxx */
  @IsOptional()
  @IsString()
  @MaxLength(10)
  provinceCode?: string;

  /** Bij MUNICIPALITY: GMxxxx */
  @IsOptional()
  @IsString()
  @MaxLength(10)
  municipalityCode?: string;

  @OptionalNestedField(() => GeoPointInput, 'Bij RADIUS: middelpunt')
  center?: GeoPointInput;

  /** Bij RADIUS: straal in km (0,1–400) */
  @IsOptional()
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  radiusKm?: number;

  /** Bij RADIUS: naam van het middelpunt, bijv. "Schiedam-Oost"; leeg: de vestiging van de partner of een gekozen punt */
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'mag hoogstens 120 tekens zijn (at most 120 characters)' })
  centerLabel?: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Bij POLYGON: GeoJSON Polygon of MultiPolygon',
  })
  @IsOptional()
  geometry?: unknown;

  /** Bij POLYGON: naam van het gebied, bijv. de naam van het geüploade bestand */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_AREA_LABEL_CHARS, { message: AREA_LABEL_TOO_LONG })
  areaLabel?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'mag hoogstens 300 tekens zijn (at most 300 characters)' })
  note?: string;
}

@InputType('SetOfferingCoverageInput')
export class SetOfferingCoverageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is geen geldig id (not a valid id)' })
  offeringId!: string;

  @ArrayMaxSize(200, { message: 'hoogstens 200 werkgebieden (at most 200 areas)' })
  @ValidateNested({ each: true })
  @Type(() => CoverageAreaInput)
  areas!: CoverageAreaInput[];
}
