import { useQuery } from '@apollo/client/react';

import type { InterventionCode, SchoolSector } from '../../../generated/graphql';
import { MUNICIPALITY_OFFERING_AREAS_QUERY } from '../graphql/municipality-offering-areas.query';

/** The offerings present through their own areas; fetched only while the layer is shown. */
export function useOfferingAreas(
  code: string,
  sector: SchoolSector | null,
  interventionType: InterventionCode | null,
  enabled: boolean,
) {
  const { data, loading, error, refetch } = useQuery(MUNICIPALITY_OFFERING_AREAS_QUERY, {
    variables: { code, sector, interventionType },
    skip: !enabled || code === '',
  });
  // While another type loads, keep nothing from the previous one: the list must match the map.
  const current = data?.municipalityOfferingAreas;
  return {
    areas:
      current && current.interventionType === interventionType && current.sector === sector
        ? current
        : undefined,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
