import { FUNDING_ROUTE_CODES } from '@partnerwijzer/domain/client';

import type {
  CostType,
  DeliveryMode,
  FundingRouteCode,
  InterventionCode,
  TargetGroup,
} from '../../generated/graphql';
import { EMPTY_STATE, MOMENTS, type FinderState } from './finder-state';

/** A school's saved search as the API gives it back (what the finder's save form sent). */
export interface SavedSchoolSearch {
  vestigingscode: string;
  needs: readonly InterventionCode[];
  groepMin?: number | null;
  groepMax?: number | null;
  targetGroups?: readonly TargetGroup[] | null;
  filters?: {
    deliveryModes?: readonly DeliveryMode[] | null;
    costTypes?: readonly CostType[] | null;
    verifiedOnly?: boolean | null;
    maxDistanceKm?: number | null;
    maxCostEur?: number | null;
    fundingRoutes?: readonly FundingRouteCode[] | null;
    languages?: readonly string[] | null;
  } | null;
}

const ON_SITE: readonly DeliveryMode[] = ['DURING_SCHOOL', 'AFTER_SCHOOL', 'AT_PARTNER'];

/** The finder's moments and on-site/online choice that ask for these delivery modes. */
function deliveryOf(modes: readonly DeliveryMode[]): Pick<FinderState, 'moments' | 'delivery'> {
  if (modes.length === 1 && modes[0] === 'ONLINE') return { moments: [], delivery: 'online' };
  if (modes.includes('AT_PARTNER')) {
    // "On site" sends every on-site mode, or only the moments chosen with it.
    const everyOnSite = ON_SITE.every((m) => modes.includes(m));
    return {
      moments: everyOnSite ? [] : MOMENTS.filter((m) => modes.includes(m)),
      delivery: 'ter-plaatse',
    };
  }
  return { moments: MOMENTS.filter((m) => modes.includes(m)), delivery: null };
}

/**
 * The finder's state that asks what a saved search asks: its school, needs, groepen, target
 * groups and every filter (toMatchInput's inverse), so "open in the finder" shows the offerings
 * the alert mails about rather than the school's unfiltered list.
 */
export function stateOfSavedSearch(saved: SavedSchoolSearch): FinderState {
  const f = saved.filters ?? {};
  const funding = new Set(f.fundingRoutes ?? []);
  return {
    ...EMPTY_STATE,
    school: saved.vestigingscode,
    needs: [...saved.needs],
    groepMin: saved.groepMin ?? null,
    groepMax: saved.groepMax ?? null,
    targetGroups: [...(saved.targetGroups ?? [])],
    ...deliveryOf(f.deliveryModes ?? []),
    freeOnly: (f.costTypes ?? []).includes('FREE'),
    verifiedOnly: f.verifiedOnly === true,
    maxDistanceKm: f.maxDistanceKm ?? null,
    maxCostEur: f.maxCostEur ?? null,
    language: f.languages?.[0] ?? null,
    funding: FUNDING_ROUTE_CODES.filter((code) => funding.has(code)),
  };
}
