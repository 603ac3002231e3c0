import { parseVestigingscode } from '@partnerwijzer/domain/client';
import type {
  DeliveryMode,
  InterventionCode,
  MatchPartnersInput,
  TargetGroup,
} from '../../../generated/graphql';

// Everything the school leader chose lives in the query string, so a link reproduces the
// same results and reload and back/forward work. Keys are Dutch, like the product.
export interface FinderState {
  school: string | null;
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
}

export const INTERVENTION_CODES = [
  'EXTRA_LEERTIJD',
  'ZORG_IN_SCHOOL',
  'BELEVINGSWERELD',
  'OUDERBETROKKENHEID',
  'TAAL_LEZEN',
  'VVE_KANSRIJKE_START',
  'OVERGANGEN',
  'MENTORING',
  'SOCIAAL_EMOTIONEEL',
  'PROFESSIONALISERING',
  'ARMOEDE_BASIS',
] as const satisfies readonly InterventionCode[];
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

export const EMPTY_STATE: FinderState = {
  school: null,
  needs: [],
  groepMin: null,
  groepMax: null,
  targetGroups: [],
  moments: [],
  freeOnly: false,
  verifiedOnly: false,
  maxDistanceKm: null,
  offering: null,
  text: '',
};

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

/** Reads the state from a query string; anything unknown or malformed is ignored. */
export function parseFinderState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const [groepMin, groepMax] = groepOf(params.get('groep'));
  const distance = Number(params.get('afstand'));
  const offering = params.get('aanbod') ?? '';
  return {
    school: parseVestigingscode(params.get('school') ?? ''),
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
  };
}

/** The query string for a state ("" when nothing is chosen). */
export function finderSearch(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.school) params.set('school', state.school);
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
    state.maxDistanceKm !== null
  );
}

/**
 * The matchPartners input for a chosen school; invalid groep orders are left out. `weights`
 * (from the school's needs profile: priority → weight) weigh the needs they name; others 1.
 */
export function toMatchInput(
  state: FinderState & { school: string },
  weights: ReadonlyMap<string, number> = new Map(),
): MatchPartnersInput {
  const groepOk =
    state.groepMin === null || state.groepMax === null || state.groepMin <= state.groepMax;
  return {
    vestigingscode: state.school,
    needs: state.needs.map((code) => ({ code, weight: weights.get(code) ?? 1 })),
    groepMin: groepOk ? state.groepMin : null,
    groepMax: groepOk ? state.groepMax : null,
    targetGroups: state.targetGroups.length > 0 ? state.targetGroups : null,
    filters: {
      deliveryModes: state.moments.length > 0 ? state.moments : null,
      costTypes: state.freeOnly ? ['FREE'] : null,
      verifiedOnly: state.verifiedOnly || null,
      maxDistanceKm: state.maxDistanceKm,
    },
    limit: MATCH_LIMIT,
  };
}
