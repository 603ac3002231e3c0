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

export const FACET_FIELDS = [
  'interventionTypes',
  'sectors',
  'targetGroups',
  'deliveryModes',
  'costType',
  'verified',
  'organisationType',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SEARCH_SORTS = ['RELEVANCE', 'DISTANCE', 'UPDATED'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Within one filter the values are alternatives (OR); different filters all apply (AND). */
export interface SearchFilters {
  interventionTypes?: InterventionCode[];
  sectors?: Sector[];
  targetGroups?: TargetGroup[];
  deliveryModes?: DeliveryMode[];
  costTypes?: CostType[];
  organisationTypes?: OrganisationType[];
  verifiedOnly?: boolean;
  /** Offerings that name at least one of these funding routes. */
  fundingRoutes?: FundingRouteCode[];
  /** Offerings given in at least one of these languages (ISO 639 codes, lower case). */
  languages?: string[];
}

/** Only offerings that reach one school: national, its region codes, or these spatial ids. */
export interface SearchScope {
  municipalityCode: string;
  provinceCode: string;
  spatialOfferingIds: string[];
}

export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  scope?: SearchScope;
  sort: SearchSort;
  /** Needed for DISTANCE sorting; also gives each hit its distance. */
  point?: GeoPoint;
  offset: number;
  limit: number;
}

export const HIGHLIGHT_FIELDS = ['title', 'organisationName', 'description'] as const;
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number];

export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface Highlight {
  field: HighlightField;
  segments: HighlightSegment[];
}

export interface SearchHit {
  id: string;
  highlights: Highlight[];
  distanceKm: number | null;
}

export type FacetDistribution = Record<FacetField, Record<string, number>>;

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: FacetDistribution;
}

export function emptyFacets(): FacetDistribution {
  return Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as FacetDistribution;
}
