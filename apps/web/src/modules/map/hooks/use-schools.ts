import type { SchoolsQuery } from '../../../generated/graphql';
import { useSearchedPage } from '../../../shared/lists/use-searched-page';
import { SCHOOLS_QUERY } from '../graphql/schools.query';

export type SchoolNode = SchoolsQuery['schools']['nodes'][number];

export function useSchools(search: string) {
  return useSearchedPage(SCHOOLS_QUERY, (data) => data.schools, search);
}
