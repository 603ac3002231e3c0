import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MATCH_SORTS,
  type CostType,
  type DeliveryMode,
  type FundingRouteCode,
  type InterventionCode,
  type MatchSort,
  type TargetGroup,
} from '@partnerwijzer/domain';
import {
  CostTypeEnum,
  DeliveryModeEnum,
  enumOf,
  InterventionCodeEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';
import { MAX_FILTER_CODES, OptionalCodesField } from '../../../common/graphql/code-list-field.js';
import { OptionalGroepField } from '../../../common/validation/groep-range.js';
import {
  OptionalFundingRoutesField,
  OptionalLanguagesField,
  VestigingscodeField,
} from '../../../common/validation/search-fields.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

export const MAX_MATCH_LIMIT = 100;
/** How far a client may page: offset + limit is at most this many matches. */
export const MAX_MATCH_OFFSET = 900;

export const MatchSortEnum = enumOf(MATCH_SORTS);
registerEnumType(MatchSortEnum, {
  name: 'MatchSort',
  description:
    'RELEVANCE (best passend), DISTANCE (dichtstbijzijnde partner eerst) of RECENTLY_CONFIRMED (laatst bevestigd eerst)',
});

const FILTER = { max: MAX_FILTER_CODES };

@InputType('MatchLocationInput', {
  description: 'Een punt plus de gemeente, als er geen vestigingscode is',
})
export class MatchLocationInput {
  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  lat!: number;

  @IsNumber({}, { message: 'moet een getal zijn (must be a number)' })
  lng!: number;

  /** CBS-code (GMxxxx); leeg = de gemeente van de dichtstbijzijnde actieve school (bijv. voor de locatie van de browser) */
  @IsOptional()
  @IsString()
  @MaxLength(10)
  municipalityCode?: string | null;

  /** BAO, SBO, SO, VSO, SO/VSO of VO */
  @IsOptional()
  @IsString()
  @MaxLength(10)
  schoolType?: string;
}

@InputType('NeedInput')
export class NeedInput {
  @Field(() => InterventionCodeEnum)
  @IsEnum(InterventionCodeEnum, { message: 'is geen bekende behoefte (unknown need code)' })
  code!: InterventionCode;

  @Field(() => Float, { defaultValue: 1, description: 'Gewicht (0,1–10); standaard 1' })
  @IsNumber({}, { message: 'moet een eindig getal zijn (must be a finite number)' })
  @Min(0.1, { message: 'moet minstens 0,1 zijn (at least 0.1)' })
  @Max(10, { message: 'mag hoogstens 10 zijn (at most 10)' })
  weight: number = 1;
}

@InputType('MatchFiltersInput')
export class MatchFiltersInput {
  /** Alleen geverifieerde partners */
  @IsOptional()
  @IsBoolean()
  verifiedOnly?: boolean;

  @OptionalCodesField(DeliveryModeEnum, FILTER)
  deliveryModes?: DeliveryMode[];

  @OptionalCodesField(CostTypeEnum, { ...FILTER, description: 'Bijvoorbeeld alleen FREE' })
  costTypes?: CostType[];

  @OptionalFundingRoutesField()
  fundingRoutes?: FundingRouteCode[];

  /** Hoogste prijs in euro */
  @IsOptional()
  @IsNumber({}, { message: 'moet een eindig getal zijn (must be a finite number)' })
  @Min(0, { message: 'mag niet negatief zijn (must not be negative)' })
  maxCostEur?: number;

  /** Hoogste afstand tot de partner in km */
  @IsOptional()
  @IsNumber({}, { message: 'moet een eindig getal zijn (must be a finite number)' })
  @Min(0.1, { message: 'moet minstens 0,1 km zijn (at least 0.1 km)' })
  @Max(400, { message: 'mag hoogstens 400 km zijn (at most 400 km)' })
  maxDistanceKm?: number;

  /** Aanbod zonder plaats dit schooljaar weglaten */
  @IsOptional()
  @IsBoolean()
  hideFull?: boolean;

  @OptionalLanguagesField('Alleen aanbod in een van deze talen (ISO-taalcodes, bijv. nl, tr)')
  languages?: string[];
}

@InputType('MatchPartnersInput')
export class MatchPartnersInput {
  @VestigingscodeField('DUO-vestigingscode van de school', { nullable: true })
  vestigingscode?: string;

  @OptionalNestedField(() => MatchLocationInput)
  location?: MatchLocationInput;

  @Field(() => [NeedInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(11, { message: 'hoogstens 11 behoeften (at most 11 needs)' })
  @ValidateNested({ each: true })
  @Type(() => NeedInput)
  needs: NeedInput[] = [];

  @OptionalGroepField('Laagste groep (1–8)')
  groepMin?: number;

  @OptionalGroepField('Hoogste groep (1–8)')
  groepMax?: number;

  @OptionalCodesField(TargetGroupEnum, FILTER)
  targetGroups?: TargetGroup[];

  @OptionalNestedField(() => MatchFiltersInput)
  filters?: MatchFiltersInput;

  @Field(() => MatchSortEnum, { defaultValue: 'RELEVANCE', description: 'Volgorde van matches' })
  @IsEnum(MatchSortEnum, { message: 'is geen bekende volgorde (unknown sort)' })
  sort: MatchSort = 'RELEVANCE';

  @Field(() => Int, {
    defaultValue: 0,
    description: `Aantal matches overslaan, om verder te bladeren (0–${MAX_MATCH_OFFSET})`,
  })
  @IsInt({ message: 'moet een geheel getal zijn (must be a whole number)' })
  @Min(0, { message: 'mag niet negatief zijn (must not be negative)' })
  @Max(MAX_MATCH_OFFSET, {
    message: `mag hoogstens ${MAX_MATCH_OFFSET} zijn (at most ${MAX_MATCH_OFFSET})`,
  })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20, description: `Aantal resultaten (1–${MAX_MATCH_LIMIT})` })
  @IsInt()
  @Min(1, {
    message: `moet tussen 1 en ${MAX_MATCH_LIMIT} liggen (between 1 and ${MAX_MATCH_LIMIT})`,
  })
  @Max(MAX_MATCH_LIMIT, {
    message: `moet tussen 1 en ${MAX_MATCH_LIMIT} liggen (between 1 and ${MAX_MATCH_LIMIT})`,
  })
  limit: number = 20;
}
