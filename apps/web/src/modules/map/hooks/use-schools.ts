import { useQuery } from '@apollo/client/react';

import type { SchoolsQuery } from '../../../generated/graphql';
import { SCHOOLS_QUERY } from '../graphql/schools.query';

export type SchoolNode = SchoolsQuery['schools']['nodes'][number];

// The API's maximum page; the list says when there are more and asks to refine the search.
const PAGE_SIZE = 200;

export function useSchools(search: string) {
  const term = search.trim();
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOLS_QUERY, {
    variables: { first: PAGE_SIZE, search: term === '' ? undefined : term },
  });
  // Keep showing the last results while a new search runs, so the list does not flash empty.
  const result = (data ?? previousData)?.schools;
  return {
    schools: result?.nodes ?? [],
    totalCount: result?.totalCount ?? 0,
    hasResult: result !== undefined,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
