import { useQuery } from '../../../app/graphql/use-query';

import type { FinderSchoolFragment } from '../../../generated/graphql';
import { CHOSEN_SCHOOL_QUERY } from '../graphql/chosen-school.query';
import { FINDER_SCHOOLS_QUERY } from '../graphql/finder-schools.query';

export type FinderSchool = FinderSchoolFragment;

/** Schools for a search term (suggestions, or the map before a school is chosen). */
export function useFinderSchools(search: string, first: number, skip = false) {
  const term = search.trim();
  const { data, previousData, loading, error, refetch } = useQuery(FINDER_SCHOOLS_QUERY, {
    variables: { search: term === '' ? null : term, first },
    skip,
  });
  const result = (data ?? previousData)?.schools;
  return {
    schools: result?.nodes ?? [],
    totalCount: result?.totalCount ?? 0,
    loading,
    error,
    refetch: () => void refetch(),
  };
}

export function useChosenSchool(vestigingscode: string | null) {
  const { data, loading, error, refetch } = useQuery(CHOSEN_SCHOOL_QUERY, {
    variables: { vestigingscode: vestigingscode ?? '' },
    skip: vestigingscode === null,
  });
  return {
    school: vestigingscode === null ? undefined : data?.school,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
