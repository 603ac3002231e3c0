import { useQuery } from '@apollo/client/react';

import type { MunicipalityCoverageQuery, SchoolSector } from '../../../generated/graphql';
import { MUNICIPALITY_COVERAGE_QUERY } from '../graphql/municipality-view.queries';

export type Coverage = MunicipalityCoverageQuery['municipalityCoverage'];
export type CoverageRow = Coverage['schools'][number];
export type CoverageCell = CoverageRow['cells'][number];

/** What each view of the coverage is given: the coverage, and an intervention type's name. */
export interface CoverageViewProps {
  coverage: Coverage;
  label: (code: string) => string;
}

export function useMunicipalityCoverage(code: string, sector: SchoolSector | null) {
  const { data, loading, error, refetch } = useQuery(MUNICIPALITY_COVERAGE_QUERY, {
    variables: { code, sector },
    skip: code === '',
  });
  return {
    coverage: data?.municipalityCoverage,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
