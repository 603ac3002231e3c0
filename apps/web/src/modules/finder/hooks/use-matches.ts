import { useQuery } from '../../../app/graphql/use-query';

import type { FinderMatchPartnersQuery } from '../../../generated/graphql';
import { MATCH_PARTNERS_QUERY } from '../graphql/match-partners.query';
import {
  hasOrigin,
  toMatchInput,
  type FinderState,
} from '../../../shared/finder-state/finder-state';

export type MatchOutcome = FinderMatchPartnersQuery['matchPartners'];
export type FinderMatch = MatchOutcome['matches'][number];

/** Matches for the chosen school, or for the chosen place (an address or the browser's location). */
export function useMatches(state: FinderState, weights?: ReadonlyMap<string, number>) {
  const origin = hasOrigin(state);
  const { data, previousData, loading, error, refetch } = useQuery(MATCH_PARTNERS_QUERY, {
    variables: { input: toMatchInput(state, weights) },
    skip: !origin,
  });
  // While new results load, keep showing the previous ones for the same origin (no flashing).
  const previous = previousData?.matchPartners;
  return {
    outcome: origin ? (data?.matchPartners ?? previous) : undefined,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
