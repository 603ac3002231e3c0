import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type {
  CostType,
  DeliveryMode,
  DigestFrequency,
  FundingRouteCode,
  InterventionCode,
  TargetGroup,
} from '@partnerwijzer/domain';
import {
  CostTypeEnum,
  DeliveryModeEnum,
  FundingRouteCodeEnum,
  InterventionCodeEnum,
  TargetGroupEnum,
} from '../../../common/graphql/enums.js';
import { DigestFrequencyEnum } from '../dto/saved-search.inputs.js';

export const SavedSearchKindEnum = { SCHOOL: 'SCHOOL', MUNICIPALITY: 'MUNICIPALITY' } as const;
registerEnumType(SavedSearchKindEnum, {
  name: 'SavedSearchKind',
  description: 'SCHOOL: een zoekopdracht voor één school; MUNICIPALITY: nieuw in een gemeente',
});

@ObjectType('SavedSearchFilters', { description: 'De filters van de zoekhulp, zoals bewaard' })
export class SavedSearchFiltersModel {
  verifiedOnly?: boolean;

  @Field(() => [DeliveryModeEnum], { nullable: true })
  deliveryModes?: DeliveryMode[];

  @Field(() => [CostTypeEnum], { nullable: true })
  costTypes?: CostType[];

  @Field(() => [FundingRouteCodeEnum], { nullable: true })
  fundingRoutes?: FundingRouteCode[];

  maxCostEur?: number;

  maxDistanceKm?: number;

  hideFull?: boolean;

  /** Talen (ISO-codes) */
  languages?: string[];
}

@ObjectType('SavedSearch', { description: 'Een bewaarde zoekopdracht met e-mailbericht' })
export class SavedSearchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SavedSearchKindEnum)
  kind!: 'SCHOOL' | 'MUNICIPALITY';

  vestigingscode!: string | null;

  schoolName!: string | null;

  municipalityCode!: string | null;

  municipalityName!: string | null;

  @Field(() => [InterventionCodeEnum])
  needs!: InterventionCode[];

  filters!: SavedSearchFiltersModel;

  @Field(() => Int, { nullable: true, description: 'Laagste groep (1–8)' })
  groepMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Hoogste groep (1–8)' })
  groepMax!: number | null;

  @Field(() => [TargetGroupEnum], { description: 'Leeg: alle doelgroepen' })
  targetGroups!: TargetGroup[];

  @Field(() => DigestFrequencyEnum)
  frequency!: DigestFrequency;

  /** Korte omschrijving in het Nederlands */
  description!: string;

  createdAt!: Date;

  /** Wanneer de volgende samenvatting op zijn vroegst komt */
  nextDigestAt!: Date;

  lastDigestAt!: Date | null;
}

@ObjectType('SavedSearchUnsubscribeLink', {
  description: 'Waar een afmeldlink uit een e-mail bij hoort (zonder account)',
})
export class UnsubscribeLinkModel {
  description!: string;

  @Field(() => DigestFrequencyEnum)
  frequency!: DigestFrequency;

  /** Al afgemeld */
  unsubscribed!: boolean;
}
