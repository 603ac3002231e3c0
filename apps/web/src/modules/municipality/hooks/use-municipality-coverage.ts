import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import type { MunicipalityCoverageQuery, SchoolSector } from '../../../generated/graphql';
import {
  MUNICIPALITY_COVERAGE_CSV_QUERY,
  MUNICIPALITY_COVERAGE_QUERY,
} from '../graphql/municipality-view.queries';

export type Coverage = MunicipalityCoverageQuery['municipalityCoverage'];
export type CoverageRow = Coverage['schools'][number];
export type CoverageCell = CoverageRow['cells'][number];

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

/** Fetches the CSV from the API (the same matrix) and hands it to the browser as a file. */
export function useCsvDownload(code: string, sector: SchoolSector | null) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const download = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: MUNICIPALITY_COVERAGE_CSV_QUERY,
        variables: { code, sector },
        fetchPolicy: 'network-only',
      });
      const csv = data?.municipalityCoverageCsv;
      if (csv === undefined) throw new Error('Geen CSV ontvangen');
      // The text already starts with a BOM, so Excel reads it as UTF-8.
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `dekking-${code}${sector ? `-${sector}` : ''}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  }, [client, code, sector]);
  return { download, busy, error };
}
