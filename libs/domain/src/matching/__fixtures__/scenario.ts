// Shape and small helpers shared by the scenario fixtures. Helpers only fill defaults, so each
// fixture states the fields that matter for its story.
import type { CoverageAreaSpec } from '../../coverage/coverage-area.js';
import type { GeoPoint, LinearRing } from '../../geo/geo-types.js';
import type { InterventionCode } from '../../taxonomy/intervention-type.js';
import type { MatchableOffering, MatchQuery, NeedRequest } from '../match-types.js';

/** An expectation a case deliberately leaves open, with the reason (see `any`). */
export interface Unpinned {
  any: string;
}
export type Pinned<T> = T | Unpinned;

/** Leaves an outcome field unchecked in one case; the reason says why it does not matter there. */
export const any = (reason: string): Unpinned => ({ any: reason });

export const isUnpinned = (v: unknown): v is Unpinned =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'any' in v;

/**
 * Every field of the outcome a case must state: its value, or `any(reason)`. A fixture that
 * leaves one out fails (see `assertComplete`) instead of silently checking nothing about it.
 */
export const REQUIRED_EXPECTATIONS = [
  'ids',
  'totalMatches',
  'bundle',
  'bundleNeeds',
  'uncoveredNeeds',
  'uncoveredText',
] as const;

export interface ScenarioExpectation {
  /** Exact ids of `matches`, in order. */
  ids: Pinned<string[]>;
  totalMatches: Pinned<number>;
  /** `bundle.offeringIds`, in order. */
  bundle: Pinned<string[]>;
  /** `bundle.needsCovered`, in the order of the query's needs. */
  bundleNeeds: Pinned<InterventionCode[]>;
  uncoveredNeeds: Pinned<InterventionCode[]>;
  uncoveredText: Pinned<string | null>;
  /** Ids that must be among / absent from the matches (order free); the story in short. */
  include?: string[];
  exclude?: string[];
  // Details of single matches, for the offerings the story is about.
  /** Reason texts each listed offering must carry. */
  reasons?: Record<string, string[]>;
  /** Exact scores (0–100). */
  scores?: Record<string, number>;
  /** Needs part of the score per offering. */
  needsParts?: Record<string, number>;
  /** matchedArea.areaId per offering. */
  areas?: Record<string, string>;
  distances?: Record<string, number | null>;
  /** `languages`: what the matches are offered in, before a language filter. */
  languages?: string[];
}

/** Throws when an expectation is left out, or left open without a reason. */
export function assertComplete(e: ScenarioExpectation): void {
  for (const key of REQUIRED_EXPECTATIONS) {
    const v = (e as Partial<ScenarioExpectation>)[key];
    if (v === undefined) {
      throw new Error(`scenario expectation "${key}" is missing: state it, or any('why not')`);
    }
    if (isUnpinned(v) && v.any.trim() === '') {
      throw new Error(`scenario expectation "${key}" is left open without a reason`);
    }
  }
}

export interface ScenarioCase {
  description: string;
  query: MatchQuery;
  expected: ScenarioExpectation;
}

export interface MatchScenario {
  name: string;
  offerings: MatchableOffering[];
  placeNames?: { municipalities: Record<string, string>; provinces: Record<string, string> };
  cases: ScenarioCase[];
}

export const NOW = new Date('2025-06-01T09:00:00Z');
export const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

// Real places and CBS codes.
export const SCHIEDAM = {
  point: { lat: 51.918, lng: 4.399 },
  municipalityCode: 'GM0606',
  provinceCode: 'PV28',
};
export const HILVERSUM = {
  point: { lat: 52.225, lng: 5.176 },
  municipalityCode: 'GM0402',
  provinceCode: 'PV27',
};
export const VLAARDINGEN_CENTRE: GeoPoint = { lat: 51.9125, lng: 4.3419 };
export const GRONINGEN_CENTRE: GeoPoint = { lat: 53.2194, lng: 6.5665 };

/**
 * A query from Schiedam asked at NOW, for these needs (a bare code asks `{ code }`); `rest`
 * states what else matters to the case: school type, groups, filters, sort, another place.
 */
export function query(
  needs: readonly (InterventionCode | NeedRequest)[],
  rest: Partial<MatchQuery> = {},
): MatchQuery {
  return {
    ...SCHIEDAM,
    needs: needs.map((n) => (typeof n === 'string' ? { code: n } : n)),
    now: NOW,
    ...rest,
  };
}

/** The outcome fields of a bundle that meets every need asked: none is left uncovered. */
export const allMet = (bundle: string[], bundleNeeds: InterventionCode[]) => ({
  bundle,
  bundleNeeds,
  uncoveredNeeds: [],
  uncoveredText: null,
});

export const PLACE_NAMES = {
  municipalities: { GM0606: 'Schiedam', GM0402: 'Hilversum', GM0622: 'Vlaardingen' },
  provinces: { PV28: 'Zuid-Holland', PV27: 'Noord-Holland' },
};

export const area = {
  national: (areaId: string) => ({ areaId, area: { kind: 'NATIONAL' } as CoverageAreaSpec }),
  province: (areaId: string, provinceCode: string) => ({
    areaId,
    area: { kind: 'PROVINCE', provinceCode } as CoverageAreaSpec,
  }),
  municipality: (areaId: string, municipalityCode: string) => ({
    areaId,
    area: { kind: 'MUNICIPALITY', municipalityCode } as CoverageAreaSpec,
  }),
  /** `label`: the centre's name (e.g. a neighbourhood), as the partner gave it. */
  radius: (areaId: string, center: GeoPoint, radiusKm: number, label?: string) => ({
    areaId,
    area: { kind: 'RADIUS', center, radiusKm } as CoverageAreaSpec,
    ...(label === undefined ? {} : { label }),
  }),
  polygon: (areaId: string, rings: LinearRing[], label?: string) => ({
    areaId,
    area: {
      kind: 'POLYGON',
      geometry: { type: 'Polygon', coordinates: rings },
    } as CoverageAreaSpec,
    ...(label === undefined ? {} : { label }),
  }),
};

/** An offering with neutral defaults: national, free, unassessed, verified, confirmed recently. */
export function offering(o: Partial<MatchableOffering> & { id: string }): MatchableOffering {
  return {
    organisationId: `org-${o.id}`,
    organisationName: `Organisatie ${o.id}`,
    organisationStatus: 'VERIFIED',
    partnerLocation: null,
    title: `Aanbod ${o.id}`,
    status: 'ACTIVE',
    interventionCodes: ['EXTRA_LEERTIJD'],
    sectors: [],
    targetGroups: [],
    groepMin: null,
    groepMax: null,
    ageMin: null,
    ageMax: null,
    deliveryModes: ['DURING_SCHOOL'],
    costType: 'FREE',
    costAmountEur: null,
    evidenceRegister: 'NONE',
    evidenceLevel: 'NOT_ASSESSED',
    remainingCapacity: null,
    lastConfirmedAt: daysAgo(30),
    coverage: [area.national(`${o.id}-nl`)],
    ...o,
  };
}
