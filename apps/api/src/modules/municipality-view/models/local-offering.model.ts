import { Field, HideField, ID, Int, ObjectType, PickType } from '@nestjs/graphql';
import type { FundingRouteCode, InterventionCode, SchoolSector } from '@partnerwijzer/domain';
import {
  FundingRouteCodeEnum,
  InterventionCodeEnum,
  SchoolSectorEnum,
} from '../../../common/graphql/enums.js';
import { OfferingModel } from '../../organisations/index.js';

// The largest list one request may ask for; the map and its list stay readable well below it.
export const LOCAL_OFFERINGS_MAX = 500;
export const LOCAL_OFFERINGS_DEFAULT = 200;

// The offering's own title, partner and intervention codes, as Offering names them.
@ObjectType('LocalOffering', {
  description:
    'Een aanbod dat scholen van de gemeente bereikt via een eigen werkgebied (provincie, gemeente, straal of gebied) en bij minstens één van die scholen past',
})
export class LocalOfferingModel extends PickType(OfferingModel, [
  'title',
  'organisationId',
  'interventionCodes',
] as const) {
  @Field(() => ID)
  offeringId!: string;

  organisationName!: string;

  /** De partner is geverifieerd */
  verified!: boolean;

  @Field(() => Int, {
    description: 'Scholen van de gemeente (en de gekozen sector) die het zo bereikt en past',
  })
  schoolsReached!: number;

  /** Het aanbod heeft daarnaast een landelijk werkgebied */
  alsoNational!: boolean;

  // Ids of the areas that reach those schools; the `areas` field loads them.
  @HideField()
  areaIds!: string[];
}

@ObjectType('MunicipalityOfferingAreas', {
  description:
    'De werkgebieden van het aanbod dat scholen van een gemeente lokaal bereikt, voor de kaart en de lijst ernaast (openbaar)',
})
export class MunicipalityOfferingAreasModel {
  municipalityCode!: string;

  @Field(() => SchoolSectorEnum, { nullable: true })
  sector!: SchoolSector | null;

  @Field(() => InterventionCodeEnum, {
    nullable: true,
    description: 'Alleen aanbod voor deze interventiesoort; leeg = alle soorten',
  })
  interventionType!: InterventionCode | null;

  @Field(() => [FundingRouteCodeEnum], {
    description: 'Alleen aanbod met een van deze financieringsroutes; leeg = alle aanbod',
  })
  fundingRoutes!: FundingRouteCode[];

  @Field(() => Int, { description: 'Alle lokale aanbiedingen, ook die buiten `offerings` vallen' })
  totalCount!: number;

  @Field(() => Int, {
    description:
      'Aanbiedingen die scholen hier alleen via een landelijk werkgebied bereiken (niet getekend)',
  })
  nationalOnlyCount!: number;

  /** Hoogstens `limit`, de meeste bereikte scholen eerst, dan op titel */
  offerings!: LocalOfferingModel[];
}
