import { FUNDING_ROUTE_CODES } from '../collaborations/funding-routes.js';
import type { CoverageAreaSpec } from '../coverage/coverage-area.js';
import type { CoverageQuery } from '../coverage/coverage-index.js';
import type { GeoPoint } from '../geo/geo-types.js';
import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import { COST_TYPES, DELIVERY_MODES, EVIDENCE_LEVELS } from '../values/offering-values.js';
import { TARGET_GROUPS } from '../values/sector.js';
import { isListedOrganisationStatus } from '../values/organisation-values.js';
import {
  MATCH_SORTS,
  type MatchableOffering,
  type MatchQuery,
  type MatchSort,
} from './match-types.js';
import { LOCALITY } from './score.js';
import {
  groepAges,
  offeringAgeRange,
  rangesOverlap,
  SCHOOL_TYPE_AGES,
  SCHOOL_TYPE_SECTORS,
  sectorMask,
} from './sector-fit.js';
import { normaliseLanguages } from '../values/language.js';

export const DEFAULT_LIMIT = 20;

/** Why an offering that covers the school is still not a match. Checked in this order. */
export const DROP_REASONS = [
  'OFFERING_NOT_ACTIVE',
  'ORGANISATION_NOT_ACTIVE',
  'NOT_VERIFIED',
  'NO_NEED_MET',
  'SECTOR',
  'TARGET_GROUP',
  'DELIVERY_MODE',
  'COST_TYPE',
  'COST_AMOUNT',
  'FUNDING_ROUTE',
  'AGE',
  'GROEP',
  'FULL',
  'NO_PARTNER_LOCATION',
  'TOO_FAR',
  'LANGUAGE',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface CompiledArea {
  areaId: string;
  area: CoverageAreaSpec;
  label?: string;
  /** LOCALITY of its kind, looked up once. */
  locality: number;
}

/**
 * An offering with everything a match needs precomputed once at upsert: value sets become bit
 * masks so the per-query checks are a few integer operations.
 */
export interface CompiledOffering {
  readonly offering: MatchableOffering;
  readonly id: string;
  /** Offering ACTIVE and organisation neither DRAFT nor SUSPENDED. */
  readonly offeringActive: boolean;
  readonly organisationActive: boolean;
  readonly verified: boolean;
  /** Bit per INTERVENTION_CODES index. */
  readonly needMask: number;
  /** 0 = every sector / target group. */
  readonly sectorMask: number;
  readonly targetMask: number;
  readonly deliveryMask: number;
  readonly costBit: number;
  readonly fundingMask: number;
  /** Lower case, each once. */
  readonly languages: readonly string[];
  readonly hasAges: boolean;
  readonly ageLo: number;
  readonly ageHi: number;
  readonly hasGroep: boolean;
  readonly groepLo: number;
  readonly groepHi: number;
  readonly full: boolean;
  readonly evidence: number;
  /** NaN when never confirmed. */
  readonly confirmedMs: number;
  readonly areas: ReadonlyMap<string, CompiledArea>;
}

function bitsOf<T>(all: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const v of values) {
    const i = all.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

export function needMaskOf(codes: readonly InterventionCode[]): number {
  return bitsOf(INTERVENTION_CODES, codes);
}

const NEED_BITS = new Map<InterventionCode, number>(INTERVENTION_CODES.map((c, i) => [c, 1 << i]));

export function needBit(code: InterventionCode): number {
  return NEED_BITS.get(code) ?? 0;
}

/** The codes of a mask, in taxonomy order. */
export function codesOfMask(mask: number): InterventionCode[] {
  const out: InterventionCode[] = [];
  for (let i = 0; i < INTERVENTION_CODES.length; i++)
    if (mask & (1 << i)) out.push(INTERVENTION_CODES[i]);
  return out;
}

export function compileOffering(o: MatchableOffering): CompiledOffering {
  const areas = new Map<string, CompiledArea>();
  for (const c of o.coverage) {
    // Areas are addressed by id in results and in the index; a duplicate would be ambiguous.
    if (areas.has(c.areaId)) {
      throw new Error(`MatchEngine: offering ${o.id} has coverage area ${c.areaId} twice`);
    }
    areas.set(c.areaId, {
      areaId: c.areaId,
      area: c.area,
      label: c.label,
      locality: LOCALITY[c.area.kind],
    });
  }
  const ages = offeringAgeRange(o);
  const hasGroep = o.groepMin !== null || o.groepMax !== null;
  const evidenceIndex = EVIDENCE_LEVELS.indexOf(o.evidenceLevel);
  return {
    offering: o,
    id: o.id,
    offeringActive: o.status === 'ACTIVE',
    organisationActive: isListedOrganisationStatus(o.organisationStatus),
    verified: o.organisationStatus === 'VERIFIED',
    needMask: needMaskOf(o.interventionCodes),
    sectorMask: sectorMask(o.sectors),
    targetMask: bitsOf(TARGET_GROUPS, o.targetGroups),
    deliveryMask: bitsOf(DELIVERY_MODES, o.deliveryModes),
    costBit: bitsOf(COST_TYPES, [o.costType]),
    fundingMask: bitsOf(FUNDING_ROUTE_CODES, o.fundingRouteCodes ?? []),
    // Stored codes are normalised on write; a tag from before that ("nl-NL") reads as "nl".
    languages: normaliseLanguages(o.languages ?? []),
    hasAges: ages !== null,
    ageLo: ages ? ages[0] : -Infinity,
    ageHi: ages ? ages[1] : Infinity,
    hasGroep,
    groepLo: o.groepMin ?? -Infinity,
    groepHi: o.groepMax ?? Infinity,
    // Negative capacity (overbooked) counts as full too.
    full: o.remainingCapacity !== null && o.remainingCapacity <= 0,
    evidence: evidenceIndex < 0 ? 0 : evidenceIndex / (EVIDENCE_LEVELS.length - 1),
    confirmedMs: o.lastConfirmedAt ? o.lastConfirmedAt.getTime() : Number.NaN,
    areas,
  };
}

/** A query with its value sets turned into masks, validated once per call. */
export interface PreparedQuery {
  readonly coverage: CoverageQuery;
  readonly point: GeoPoint;
  /** Requested needs, deduplicated, in request order. */
  readonly needs: readonly InterventionCode[];
  readonly needMask: number;
  /** Weight per INTERVENTION_CODES index (0 when not requested). */
  readonly weights: Float64Array;
  readonly totalWeight: number;
  readonly sectorMask: number;
  readonly hasSchoolAges: boolean;
  readonly schoolAgeLo: number;
  readonly schoolAgeHi: number;
  readonly hasGroep: boolean;
  readonly groepLo: number;
  readonly groepHi: number;
  /** The ages the groep range stands for (groepAges), for offerings with only an age range. */
  readonly groepAgeLo: number;
  readonly groepAgeHi: number;
  readonly targetMask: number;
  readonly deliveryMask: number;
  readonly costMask: number;
  readonly fundingMask: number;
  readonly maxCostEur: number;
  readonly maxDistanceKm: number;
  readonly verifiedOnly: boolean;
  readonly hideFull: boolean;
  /** null = no language filter. */
  readonly languages: ReadonlySet<string> | null;
  readonly sort: MatchSort;
  readonly limit: number;
  readonly nowMs: number;
}

// GraphQL hands over null for absent optional fields; treat it like undefined.
const given = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

export function prepareQuery(q: MatchQuery): PreparedQuery {
  const weights = new Float64Array(INTERVENTION_CODES.length);
  const needs: InterventionCode[] = [];
  let needMask = 0;
  let totalWeight = 0;
  for (const n of q.needs) {
    const i = INTERVENTION_CODES.indexOf(n.code);
    if (i < 0) throw new RangeError(`MatchQuery: unknown need ${String(n.code)}`);
    const w = given(n.weight) ? n.weight : 1;
    if (!Number.isFinite(w) || w <= 0) {
      throw new RangeError(`MatchQuery: weight of ${n.code} must be a positive number`);
    }
    // A code asked twice simply counts with the sum of its weights.
    if (!(needMask & (1 << i))) needs.push(n.code);
    needMask |= 1 << i;
    weights[i] += w;
    totalWeight += w;
  }
  const limit = given(q.limit) ? q.limit : DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError('MatchQuery: limit must be a whole number ≥ 0');
  }
  const sort = given(q.sort) ? q.sort : 'RELEVANCE';
  if (!MATCH_SORTS.includes(sort)) throw new RangeError(`MatchQuery: unknown sort ${String(sort)}`);
  const f = q.filters ?? {};
  // An empty list asks for nothing in particular, like an absent one.
  const languages =
    given(f.languages) && f.languages.length > 0
      ? new Set(f.languages.map((l) => l.toLowerCase()))
      : null;
  const st = given(q.schoolType) ? q.schoolType : undefined;
  const schoolAges = st ? SCHOOL_TYPE_AGES[st] : undefined;
  const hasGroep = given(q.groepMin) || given(q.groepMax);
  // Groepen mean nothing to a secondary school: there they never exclude by age.
  const [groepAgeLo, groepAgeHi] =
    st === 'VO' || st === 'VSO'
      ? [-Infinity, Infinity]
      : groepAges(
          given(q.groepMin) ? q.groepMin : -Infinity,
          given(q.groepMax) ? q.groepMax : Infinity,
        );
  return {
    coverage: {
      point: q.point,
      municipalityCode: given(q.municipalityCode) ? q.municipalityCode : undefined,
      provinceCode: given(q.provinceCode) ? q.provinceCode : undefined,
    },
    point: q.point,
    needs,
    needMask,
    weights,
    totalWeight,
    sectorMask: st ? sectorMask(SCHOOL_TYPE_SECTORS[st]) : 0,
    hasSchoolAges: schoolAges !== undefined,
    schoolAgeLo: schoolAges ? schoolAges[0] : -Infinity,
    schoolAgeHi: schoolAges ? schoolAges[1] : Infinity,
    hasGroep,
    groepLo: given(q.groepMin) ? q.groepMin : -Infinity,
    groepHi: given(q.groepMax) ? q.groepMax : Infinity,
    groepAgeLo,
    groepAgeHi,
    targetMask: given(q.targetGroups) ? bitsOf(TARGET_GROUPS, q.targetGroups) : 0,
    deliveryMask: given(f.deliveryModes) ? bitsOf(DELIVERY_MODES, f.deliveryModes) : 0,
    costMask: given(f.costTypes) ? bitsOf(COST_TYPES, f.costTypes) : 0,
    fundingMask: given(f.fundingRoutes) ? bitsOf(FUNDING_ROUTE_CODES, f.fundingRoutes) : 0,
    maxCostEur: given(f.maxCostEur) ? f.maxCostEur : Infinity,
    maxDistanceKm: given(f.maxDistanceKm) ? f.maxDistanceKm : Infinity,
    verifiedOnly: f.verifiedOnly === true,
    hideFull: f.hideFull === true,
    languages,
    sort,
    limit,
    nowMs: (given(q.now) ? q.now : new Date()).getTime(),
  };
}

/**
 * Does an offering that covers the school fit the query? Returns why not, or null when it
 * fits. Distance is checked separately (checkDistance) because it needs a haversine.
 */
export function checkFit(c: CompiledOffering, q: PreparedQuery): DropReason | null {
  if (!c.offeringActive) return 'OFFERING_NOT_ACTIVE';
  if (!c.organisationActive) return 'ORGANISATION_NOT_ACTIVE';
  if (q.verifiedOnly && !c.verified) return 'NOT_VERIFIED';
  if (q.needMask !== 0 && (c.needMask & q.needMask) === 0) return 'NO_NEED_MET';
  if (q.sectorMask !== 0 && c.sectorMask !== 0 && (c.sectorMask & q.sectorMask) === 0) {
    return 'SECTOR';
  }
  if (q.targetMask !== 0 && c.targetMask !== 0 && (c.targetMask & q.targetMask) === 0) {
    return 'TARGET_GROUP';
  }
  // An offering that names no delivery mode cannot be shown to fit a delivery filter.
  if (q.deliveryMask !== 0 && (c.deliveryMask & q.deliveryMask) === 0) return 'DELIVERY_MODE';
  if (q.costMask !== 0 && (c.costBit & q.costMask) === 0) return 'COST_TYPE';
  if (q.maxCostEur !== Infinity && !withinBudget(c.offering, q.maxCostEur)) return 'COST_AMOUNT';
  // An offering that names no funding route cannot be shown to fit a funding filter.
  if (q.fundingMask !== 0 && (c.fundingMask & q.fundingMask) === 0) return 'FUNDING_ROUTE';
  if (
    q.hasSchoolAges &&
    c.hasAges &&
    !rangesOverlap(c.ageLo, c.ageHi, q.schoolAgeLo, q.schoolAgeHi)
  ) {
    return 'AGE';
  }
  if (q.hasGroep && c.hasGroep && !rangesOverlap(c.groepLo, c.groepHi, q.groepLo, q.groepHi)) {
    return 'GROEP';
  }
  // An offering that gives only an age range answers a groep query by the ages of those groepen
  // (without a groep range, hasAges means its own age range).
  if (
    q.hasGroep &&
    !c.hasGroep &&
    c.hasAges &&
    !rangesOverlap(c.ageLo, c.ageHi, q.groepAgeLo, q.groepAgeHi)
  ) {
    return 'GROEP';
  }
  if (q.hideFull && c.full) return 'FULL';
  return null;
}

/**
 * FREE always passes. Otherwise a known price above the budget fails, and a PAID offering
 * without a price fails because it cannot be shown to fit.
 */
function withinBudget(o: MatchableOffering, maxCostEur: number): boolean {
  if (o.costType === 'FREE') return true;
  if (o.costAmountEur === null) return o.costType !== 'PAID';
  return o.costAmountEur <= maxCostEur;
}

/** The language filter; checked after fit, so the languages of all fitting offerings are known. */
export function checkLanguage(c: CompiledOffering, q: PreparedQuery): DropReason | null {
  if (q.languages === null) return null;
  for (const l of c.languages) if (q.languages.has(l)) return null;
  return 'LANGUAGE';
}

/** The explicit distance filter; the only place where distance can exclude an offering. */
export function checkDistance(distanceKm: number | null, q: PreparedQuery): DropReason | null {
  if (q.maxDistanceKm === Infinity) return null;
  if (distanceKm === null) return 'NO_PARTNER_LOCATION';
  // NaN (unusable coordinates) fails the comparison and so counts as too far.
  return distanceKm <= q.maxDistanceKm ? null : 'TOO_FAR';
}
