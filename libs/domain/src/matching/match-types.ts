import type { FundingRouteCode } from '../collaborations/funding-routes.js';
import type { CoverageAreaSpec, CoverageKind } from '../coverage/coverage-area.js';
import type { GeoPoint } from '../geo/geo-types.js';
import type { InterventionCode } from '../taxonomy/intervention-type.js';
import type {
  CostType,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  OfferingStatus,
} from '../values/offering-values.js';
import type { OrganisationStatus } from '../values/organisation-values.js';
import type { SchoolType, Sector, TargetGroup } from '../values/sector.js';

/** One offering as the matching engine sees it: the offering, its organisation and its areas. */
export interface MatchableOffering {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationStatus: OrganisationStatus;
  /** Used for distance only, never for coverage. */
  partnerLocation: GeoPoint | null;
  title: string;
  /** Only ACTIVE offerings can match. */
  status: OfferingStatus;
  interventionCodes: InterventionCode[];
  /** Empty = all sectors. */
  sectors: Sector[];
  /** Empty = all target groups. */
  targetGroups: TargetGroup[];
  groepMin: number | null;
  groepMax: number | null;
  ageMin: number | null;
  ageMax: number | null;
  deliveryModes: DeliveryMode[];
  costType: CostType;
  costAmountEur: number | null;
  evidenceRegister: EvidenceRegister;
  evidenceLevel: EvidenceLevel;
  /** null = unlimited; 0 = full for this school year. */
  remainingCapacity: number | null;
  lastConfirmedAt: Date | null;
  /** Funding-route codes (catalogue in collaborations/funding-routes.ts); absent = none. */
  fundingRouteCodes?: readonly FundingRouteCode[];
  /** Languages it is offered in (ISO 639-1/-3 codes, lower case); absent = none named. */
  languages?: readonly string[];
  /** areaId must be unique within one offering. */
  coverage: { areaId: string; area: CoverageAreaSpec; label?: string }[];
}

export interface NeedRequest {
  code: InterventionCode;
  /** Default 1; must be > 0. */
  weight?: number;
}

export interface MatchFilters {
  verifiedOnly?: boolean;
  deliveryModes?: DeliveryMode[];
  costTypes?: CostType[];
  /** Only offerings that name at least one of these funding routes. */
  fundingRoutes?: FundingRouteCode[];
  maxCostEur?: number;
  /** Excludes offerings whose partner has no location. */
  maxDistanceKm?: number;
  hideFull?: boolean;
  /** Only offerings in at least one of these languages (ISO codes, lower case). */
  languages?: string[];
}

/**
 * The order of the matches. RELEVANCE: score; DISTANCE: nearest partner first (no location
 * last); RECENTLY_CONFIRMED: most recently confirmed first (never confirmed last). Ties keep
 * the RELEVANCE order; offerings without a place this year come last in every order.
 */
export const MATCH_SORTS = ['RELEVANCE', 'DISTANCE', 'RECENTLY_CONFIRMED'] as const;
export type MatchSort = (typeof MATCH_SORTS)[number];

export interface MatchQuery {
  point: GeoPoint;
  municipalityCode?: string;
  provinceCode?: string;
  /** Decides sector and age fit. */
  schoolType?: SchoolType;
  /** Requested groepen (PO). */
  groepMin?: number;
  groepMax?: number;
  targetGroups?: TargetGroup[];
  /** Empty = every covering offering, needs not scored. */
  needs: NeedRequest[];
  filters?: MatchFilters;
  /** Default 20. */
  limit?: number;
  /** Default RELEVANCE. */
  sort?: MatchSort;
  /** Reference time for freshness; default new Date(). */
  now?: Date;
}

export interface Reason {
  code: string;
  text: string;
  params: Record<string, string | number>;
}

/** Each part 0–1. */
export interface ScoreParts {
  needs: number;
  evidence: number;
  locality: number;
  freshness: number;
  verified: number;
}

export interface MatchedArea {
  areaId: string;
  kind: CoverageKind;
  label?: string;
}

export interface MatchResult {
  offeringId: string;
  organisationId: string;
  /** 0–100, rounded to 0.1. */
  score: number;
  scoreParts: ScoreParts;
  needsMet: InterventionCode[];
  /** The most local area that covers the school. */
  matchedArea: MatchedArea;
  /** School ↔ partner location, rounded to 0.1; null without partner location. */
  distanceKm: number | null;
  full: boolean;
  /** Dutch texts. */
  reasons: Reason[];
}

export interface MatchBundle {
  offeringIds: string[];
  needsCovered: InterventionCode[];
}

export interface MatchOutcome {
  /** Sorted, at most `limit`. */
  matches: MatchResult[];
  /** Before the limit. */
  totalMatches: number;
  /**
   * The languages named by the matches as if no language filter were given, sorted: what a
   * language filter can choose from.
   */
  languages: string[];
  bundle: MatchBundle;
  uncoveredNeeds: InterventionCode[];
  /** e.g. "geen aanbod gevonden voor: ouderbetrokkenheid"; null when nothing is uncovered. */
  uncoveredText: string | null;
}
