import { useQuery } from '../../../app/graphql/use-query';

import { FINDER_OFFERING_COVERAGE_QUERY } from '../graphql/finder-fragments';

/** The coverage areas (with polygons) of one offering; undefined while loading or for none. */
export function useOfferingCoverage(offeringId: string | null | undefined) {
  const { data } = useQuery(FINDER_OFFERING_COVERAGE_QUERY, {
    variables: { id: offeringId ?? '' },
    skip: !offeringId,
  });
  return data?.offering.id === offeringId ? data?.offering.coverage : undefined;
}
