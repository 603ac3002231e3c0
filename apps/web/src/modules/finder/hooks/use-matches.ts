import { useQuery } from '../../../app/graphql/use-query';

import type { FinderMatchPartnersQuery } from '../../../generated/graphql';
import { MATCH_PARTNERS_QUERY } from '../graphql/match-partners.query';
import { toMatchInput, type FinderState } from '../utils/finder-state';

export type MatchOutcome = FinderMatchPartnersQuery['matchPartners'];
export type FinderMatch = MatchOutcome['matches'][number];

export function useMatches(state: FinderState, weights?: ReadonlyMap<string, number>) {
  const school = state.school;
  const { data, previousData, loading, error, refetch } = useQuery(MATCH_PARTNERS_QUERY, {
    variables: { input: toMatchInput({ ...state, school: school ?? '' }, weights) },
    skip: school === null,
  });
  // While new results load, keep showing the previous ones for the same school (no flashing).
  const previous = previousData?.matchPartners;
  return {
    outcome: school === null ? undefined : (data?.matchPartners ?? previous),
    loading,
    error,
    refetch: () => void refetch(),
  };
}
