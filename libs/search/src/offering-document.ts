import type {
  CostType,
  DeliveryMode,
  FundingRouteCode,
  GeoPoint,
  InterventionCode,
  OrganisationType,
  Sector,
  TargetGroup,
} from '@partnerwijzer/domain';

/**
 * What the search index holds per offering: text to search, values to filter and facet on,
 * and the coverage in a form an engine can filter on (national flag, region codes; radius
 * and polygon areas are resolved by the matching engine and passed in as ids).
 * Never contact details beyond what is public, never anything about pupils.
 */
export interface OfferingDocument {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  organisationDescription: string;
  title: string;
  description: string;
  interventionTypes: InterventionCode[];
  /** Dutch labels of the intervention types, searchable. */
  interventionLabels: string[];
  sectors: Sector[];
  targetGroups: TargetGroup[];
  deliveryModes: DeliveryMode[];
  costType: CostType;
  costAmountEur: number | null;
  /** Funding routes the partner names for this offering (catalogue codes). */
  fundingRoutes: FundingRouteCode[];
  /** Languages it is given in: ISO 639 codes, lower case ("nl", "tr"), never tags ("nl-NL"). */
  languages: string[];
  verified: boolean;
  national: boolean;
  provinceCodes: string[];
  municipalityCodes: string[];
  /** Has radius or polygon coverage (resolved exactly by the matching engine). */
  spatial: boolean;
  city: string;
  location: GeoPoint | null;
  /** Epoch milliseconds. */
  updatedAt: number;
  lastConfirmedAt: number | null;
}
