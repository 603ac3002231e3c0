import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type {
  CostType,
  DeliveryMode,
  FundingRouteCode,
  InterventionCode,
  OrganisationType,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';
import { SEARCH_SORTS, type SearchSort } from '@partnerwijzer/search';
import {
  CostTypeEnum,
  DeliveryModeEnum,
  InterventionCodeEnum,
  OrganisationTypeEnum,
  SectorEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';
import { GeoPointInput } from '../../../common/graphql/geo-point.input.js';
import { deprecatedFor } from '../../../common/graphql/renamed-field.js';
import {
  OptionalFundingRoutesField,
  OptionalLanguagesField,
  VestigingscodeField,
} from '../../../common/validation/search-fields.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

export const SearchSortEnum = Object.fromEntries(SEARCH_SORTS.map((s) => [s, s])) as {
  [K in SearchSort]: K;
};
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE, DISTANCE (afstand) of UPDATED (recent bijgewerkt)',
});

const EACH = { each: true, message: 'bevat een onbekende waarde (contains an unknown value)' };

@InputType('SearchFiltersInput')
export class SearchFiltersInput {
  @Field(() => [InterventionCodeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(InterventionCodeEnum, EACH)
  interventionCodes?: InterventionCode[];

  @Field(() => [InterventionCodeEnum], {
    nullable: true,
    deprecationReason: deprecatedFor('interventionCodes'),
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(InterventionCodeEnum, EACH)
  interventionTypes?: InterventionCode[];

  @Field(() => [SectorEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(SectorEnum, EACH)
  sectors?: Sector[];

  @Field(() => [TargetGroupEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(TargetGroupEnum, EACH)
  targetGroups?: TargetGroup[];

  @Field(() => [DeliveryModeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(DeliveryModeEnum, EACH)
  deliveryModes?: DeliveryMode[];

  @Field(() => [CostTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(CostTypeEnum, EACH)
  costTypes?: CostType[];

  @Field(() => [OrganisationTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(OrganisationTypeEnum, EACH)
  organisationTypes?: OrganisationType[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  verifiedOnly?: boolean;

  @OptionalFundingRoutesField()
  fundingRoutes?: FundingRouteCode[];

  @OptionalLanguagesField('Alleen aanbod in een van deze talen (ISO 639-codes, bv. nl, tr)')
  languages?: string[];
}

@InputType('SearchOfferingsInput')
export class SearchOfferingsInput {
  @Field(() => String, { defaultValue: '', description: 'Zoektekst, bv. "bijles rekenen groep 8"' })
  @IsString()
  @MaxLength(200, { message: 'mag hoogstens 200 tekens zijn (at most 200 characters)' })
  text: string = '';

  @VestigingscodeField('Alleen aanbod dat deze school bereikt', { nullable: true })
  vestigingscode?: string;

  @OptionalNestedField(() => SearchFiltersInput)
  filters?: SearchFiltersInput;

  @Field(() => SearchSortEnum, { defaultValue: 'RELEVANCE' })
  @IsEnum(SearchSortEnum, { message: 'is geen bekende sortering (unknown sort)' })
  sort: SearchSort = 'RELEVANCE';

  @OptionalNestedField(() => GeoPointInput, 'Punt voor sorteren op afstand (zonder school)')
  near?: GeoPointInput;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'mag niet negatief zijn (must not be negative)' })
  @Max(10_000, { message: 'mag hoogstens 10000 zijn (at most 10000)' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1, { message: 'moet tussen 1 en 100 liggen (between 1 and 100)' })
  @Max(100, { message: 'moet tussen 1 en 100 liggen (between 1 and 100)' })
  limit: number = 20;
}
