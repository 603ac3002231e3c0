import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
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
  enumOf,
  InterventionCodeEnum,
  OrganisationTypeEnum,
  SectorEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';
import { MAX_FILTER_CODES, OptionalCodesField } from '../../../common/graphql/code-list-field.js';
import { GeoPointInput } from '../../../common/graphql/geo-point.input.js';
import { deprecatedFor } from '../../../common/graphql/renamed-field.js';
import {
  OptionalFundingRoutesField,
  OptionalLanguagesField,
  VestigingscodeField,
} from '../../../common/validation/search-fields.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

export const SearchSortEnum = enumOf(SEARCH_SORTS);
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE, DISTANCE (afstand) of UPDATED (recent bijgewerkt)',
});

// An unknown code, or more than MAX_FILTER_CODES, refuses the search.
const FILTER = { max: MAX_FILTER_CODES };

@InputType('SearchFiltersInput')
export class SearchFiltersInput {
  @OptionalCodesField(InterventionCodeEnum, FILTER)
  interventionCodes?: InterventionCode[];

  @OptionalCodesField(InterventionCodeEnum, {
    ...FILTER,
    deprecationReason: deprecatedFor('interventionCodes'),
  })
  interventionTypes?: InterventionCode[];

  @OptionalCodesField(SectorEnum, FILTER)
  sectors?: Sector[];

  @OptionalCodesField(TargetGroupEnum, FILTER)
  targetGroups?: TargetGroup[];

  @OptionalCodesField(DeliveryModeEnum, FILTER)
  deliveryModes?: DeliveryMode[];

  @OptionalCodesField(CostTypeEnum, FILTER)
  costTypes?: CostType[];

  @OptionalCodesField(OrganisationTypeEnum, FILTER)
  organisationTypes?: OrganisationType[];

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
