// The taxonomy's codes and the funding routes' codes in their order, so equal choices give
// equal URLs.
import {
  FUNDING_ROUTE_CODES,
  INTERVENTION_CODES,
  parseVestigingscode,
} from '@partnerwijzer/domain/client';
import type {
  DeliveryMode,
  FundingRouteCode,
  InterventionCode,
  MatchPartnersInput,
  MatchSort,
  TargetGroup,
} from '../../generated/graphql';

// Everything the school leader chose lives in the query string, so a link reproduces the
// same results and reload and back/forward work. Keys are Dutch, like the product.
export interface FinderState {
  school: string | null;
  /** A point to search from instead of a school (a typed address, or the browser's location). */
  place: FinderPlace | null;
  needs: InterventionCode[];
  groepMin: number | null;
  groepMax: number | null;
  targetGroups: TargetGroup[];
  moments: DeliveryMode[];
  freeOnly: boolean;
  verifiedOnly: boolean;
  maxDistanceKm: number | null;
  /** The offering whose details are open. */
  offering: string | null;
  /** Free text narrowing the matches in the browser (not sent to the API). */
  text: string;
  /** Order of the list: the API's ranking, nearest first, or most recently confirmed first. */
  sort: FinderSort;
  /** Only offerings in this language (ISO 639-1 code; sent to the API as filters.languages). */
  language: string | null;
  /** Highest price in euro (sent to the API as maxCostEur). */
  maxCostEur: number | null;
  /** On site (at school or at the partner) or online (sent to the API as deliveryModes). */
  delivery: FinderDelivery | null;
  /** Starred offerings (the shortlist), in the order they were starred. */
  shortlist: string[];
  /** Only offerings naming one of these funding routes (sent to the API as fundingRoutes). */
  funding: FundingRouteCode[];
}

/** A point in the Netherlands; `label` is the address picked (none for the browser's location). */
export interface FinderPlace {
  lat: number;
  lng: number;
  label: string | null;
}

export const SORTS = ['relevantie', 'afstand', 'bevestigd'] as const;
export type FinderSort = (typeof SORTS)[number];
/** The finder's (Dutch) order names and the API's. */
const MATCH_SORT = {
  relevantie: 'RELEVANCE',
  afstand: 'DISTANCE',
  bevestigd: 'RECENTLY_CONFIRMED',
} as const satisfies Record<FinderSort, MatchSort>;
export const DELIVERIES = ['ter-plaatse', 'online'] as const;
export type FinderDelivery = (typeof DELIVERIES)[number];
export const COST_CHOICES = [0, 100, 250, 500, 1000] as const;
export const SHORTLIST_MAX = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const TARGET_GROUPS = [
  'PUPILS',
  'PARENTS',
  'TEACHERS',
  'SCHOOL_LEADERS',
] as const satisfies readonly TargetGroup[];
/** The delivery moments a school leader filters on. */
export const MOMENTS = ['DURING_SCHOOL', 'AFTER_SCHOOL'] as const satisfies readonly DeliveryMode[];
export const DISTANCE_CHOICES = [5, 10, 25, 50] as const;
export const MATCH_LIMIT = 100;
export const TEXT_MAX = 100;
export const PLACE_LABEL_MAX = 120;
// The European Netherlands with a margin (the API checks the exact border).
const NL_BOX = { south: 50.7, north: 53.6, west: 3.3, east: 7.3 };

/** The conditions on the offerings, all off: what "clear the conditions" sets. */
export const NO_CONDITIONS = {
  groepMin: null,
  groepMax: null,
  targetGroups: [],
  moments: [],
  freeOnly: false,
  verifiedOnly: false,
  maxDistanceKm: null,
  language: null,
  maxCostEur: null,
  delivery: null,
  funding: [],
} satisfies Partial<FinderState>;

export const EMPTY_STATE: FinderState = {
  school: null,
  place: null,
  needs: [],
  ...NO_CONDITIONS,
  offering: null,
  text: '',
  sort: 'relevantie',
  shortlist: [],
};

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return allowed.find((value) => value === raw) ?? null;
}

/** Offering ids from the `lijst` parameter: valid ones, each once, at most SHORTLIST_MAX. */
export function parseShortlist(raw: string | null): string[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((id) => id.toLowerCase())
    .filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, SHORTLIST_MAX);
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  // Known values only, in the fixed order, so equal choices give equal URLs.
  return allowed.filter((value) => wanted.has(value));
}

function groepOf(raw: string | null): [number | null, number | null] {
  const match = raw?.match(/^([1-8])?-([1-8])?$/) ?? raw?.match(/^([1-8])$/);
  if (!match) return [null, null];
  if (match.length === 2) return [Number(match[1]), Number(match[1])];
  return [match[1] ? Number(match[1]) : null, match[2] ? Number(match[2]) : null];
}

/**
 * The place from `punt=lat,lng` and `adres=label`; nothing when malformed or outside the
 * Netherlands. Coordinates keep at most 5 decimals (about a metre), so equal points give equal
 * URLs (and cache keys).
 */
export function parsePlace(point: string | null, label: string | null): FinderPlace | null {
  const match = point?.match(/^(-?\d{1,2}(?:\.\d{1,12})?),(-?\d{1,3}(?:\.\d{1,12})?)$/);
  if (!match) return null;
  const lat = roundCoordinate(Number(match[1]));
  const lng = roundCoordinate(Number(match[2]));
  if (lat < NL_BOX.south || lat > NL_BOX.north || lng < NL_BOX.west || lng > NL_BOX.east) {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters never belong in a label
  const text = (label ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return { lat, lng, label: text === '' ? null : text.slice(0, PLACE_LABEL_MAX) };
}

/** The place as the user reads it: the address picked, or its coordinates. */
export function placeName(place: FinderPlace, point: (lat: number, lng: number) => string): string {
  return place.label ?? point(place.lat, place.lng);
}

export function roundCoordinate(value: number, decimals = 5): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Reads the state from a query string; anything unknown or malformed is ignored. */
export function parseFinderState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const [groepMin, groepMax] = groepOf(params.get('groep'));
  const distance = Number(params.get('afstand'));
  const offering = params.get('aanbod') ?? '';
  const school = parseVestigingscode(params.get('school') ?? '');
  return {
    school,
    // A school and a place are two ways to give the point; a link with both keeps the school.
    place: school === null ? parsePlace(params.get('punt'), params.get('adres')) : null,
    needs: listOf(params.get('behoeften'), INTERVENTION_CODES),
    groepMin,
    groepMax,
    targetGroups: listOf(params.get('voor'), TARGET_GROUPS),
    moments: listOf(params.get('moment'), MOMENTS),
    freeOnly: params.get('gratis') === '1',
    verifiedOnly: params.get('geverifieerd') === '1',
    maxDistanceKm: Number.isFinite(distance) && distance > 0 && distance <= 400 ? distance : null,
    offering: /^[0-9a-f-]{36}$/i.test(offering) ? offering : null,
    text: (params.get('zoek') ?? '').slice(0, TEXT_MAX),
    sort: oneOf(params.get('sorteer'), SORTS) ?? 'relevantie',
    language: /^[a-z]{2,3}$/.test(params.get('taal') ?? '') ? params.get('taal') : null,
    maxCostEur: /^\d{1,6}$/.test(params.get('maxprijs') ?? '')
      ? Number(params.get('maxprijs'))
      : null,
    delivery: oneOf(params.get('vorm'), DELIVERIES),
    shortlist: parseShortlist(params.get('lijst')),
    funding: listOf(params.get('financiering'), FUNDING_ROUTE_CODES),
  };
}

/** The query string for a state ("" when nothing is chosen). */
export function finderSearch(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.school) params.set('school', state.school);
  else if (state.place) {
    params.set('punt', `${state.place.lat},${state.place.lng}`);
    if (state.place.label) params.set('adres', state.place.label);
  }
  if (state.needs.length > 0) params.set('behoeften', state.needs.join(','));
  if (state.groepMin !== null || state.groepMax !== null) {
    params.set('groep', `${state.groepMin ?? ''}-${state.groepMax ?? ''}`);
  }
  if (state.targetGroups.length > 0) params.set('voor', state.targetGroups.join(','));
  if (state.moments.length > 0) params.set('moment', state.moments.join(','));
  if (state.freeOnly) params.set('gratis', '1');
  if (state.verifiedOnly) params.set('geverifieerd', '1');
  if (state.maxDistanceKm !== null) params.set('afstand', String(state.maxDistanceKm));
  if (state.offering) params.set('aanbod', state.offering);
  if (state.text.trim() !== '') params.set('zoek', state.text);
  if (state.sort !== 'relevantie') params.set('sorteer', state.sort);
  if (state.language) params.set('taal', state.language);
  if (state.maxCostEur !== null) params.set('maxprijs', String(state.maxCostEur));
  if (state.delivery) params.set('vorm', state.delivery);
  if (state.shortlist.length > 0) params.set('lijst', state.shortlist.join(','));
  if (state.funding.length > 0) params.set('financiering', state.funding.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

export function hasConditions(state: FinderState): boolean {
  return (
    state.groepMin !== null ||
    state.groepMax !== null ||
    state.targetGroups.length > 0 ||
    state.moments.length > 0 ||
    state.freeOnly ||
    state.verifiedOnly ||
    state.maxDistanceKm !== null ||
    state.language !== null ||
    state.maxCostEur !== null ||
    state.delivery !== null ||
    state.funding.length > 0
  );
}

/** The delivery modes to ask the API for: the moments chosen, narrowed by on site / online. */
export function deliveryModesOf(state: FinderState): DeliveryMode[] | null {
  if (state.delivery === 'online') return ['ONLINE'];
  if (state.delivery === 'ter-plaatse') {
    return state.moments.length > 0
      ? state.moments
      : ['DURING_SCHOOL', 'AFTER_SCHOOL', 'AT_PARTNER'];
  }
  return state.moments.length > 0 ? state.moments : null;
}

/** Whether the results have a point to start from: a school or a place. */
export function hasOrigin(state: FinderState): boolean {
  return state.school !== null || state.place !== null;
}

/**
 * The matchPartners input for a chosen school, or for a place (a point without a municipality:
 * the API takes that of the nearest school, decision 0023); invalid groep orders are left out.
 * `weights` (from the school's needs profile: priority → weight) weigh the needs they name;
 * others 1.
 */
export function toMatchInput(
  state: FinderState,
  weights: ReadonlyMap<string, number> = new Map(),
): MatchPartnersInput {
  const groepOk =
    state.groepMin === null || state.groepMax === null || state.groepMin <= state.groepMax;
  const origin =
    state.school === null && state.place !== null
      ? { location: { lat: state.place.lat, lng: state.place.lng } }
      : { vestigingscode: state.school ?? '' };
  return {
    ...origin,
    needs: state.needs.map((code) => ({ code, weight: weights.get(code) ?? 1 })),
    groepMin: groepOk ? state.groepMin : null,
    groepMax: groepOk ? state.groepMax : null,
    targetGroups: state.targetGroups.length > 0 ? state.targetGroups : null,
    filters: {
      deliveryModes: deliveryModesOf(state),
      costTypes: state.freeOnly ? ['FREE'] : null,
      verifiedOnly: state.verifiedOnly || null,
      maxDistanceKm: state.maxDistanceKm,
      maxCostEur: state.maxCostEur,
      fundingRoutes: state.funding.length > 0 ? state.funding : null,
      languages: state.language ? [state.language] : null,
    },
    // Ordered and narrowed by the API over all matches, so the count and the list agree.
    sort: MATCH_SORT[state.sort],
    limit: MATCH_LIMIT,
  };
}
