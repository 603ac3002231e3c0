import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import type { SchoolSector } from '../../../generated/graphql';
import {
  MUNICIPALITY_COALITIONS_CSV_QUERY,
  MUNICIPALITY_COALITIONS_XLSX_QUERY,
  MUNICIPALITY_COVERAGE_XLSX_QUERY,
} from '../graphql/municipality-exports.queries';
import { saveFile } from '../../../shared/downloads/save-file';
import { MUNICIPALITY_COVERAGE_CSV_QUERY } from '../graphql/municipality-view.queries';

export type DownloadKind = 'coverageCsv' | 'coverageXlsx' | 'coalitionsCsv' | 'coalitionsXlsx';

/**
 * The downloads of the municipality view, made by the API from the same data as the page
 * (CSV as text with a BOM, XLSX as base64) and handed to the browser as a file.
 */
export function useMunicipalityDownloads(code: string, sector: SchoolSector | null) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<DownloadKind | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [last, setLast] = useState<DownloadKind | null>(null);

  const fetchFile = useCallback(
    async (kind: DownloadKind): Promise<{ content: string | undefined; name: string }> => {
      const base = `${code}${sector ? `-${sector}` : ''}`;
      const fetchPolicy = 'network-only' as const;
      switch (kind) {
        case 'coverageCsv': {
          const { data } = await client.query({
            query: MUNICIPALITY_COVERAGE_CSV_QUERY,
            variables: { code, sector },
            fetchPolicy,
          });
          return { content: data?.municipalityCoverageCsv, name: `dekking-${base}.csv` };
        }
        case 'coverageXlsx': {
          const { data } = await client.query({
            query: MUNICIPALITY_COVERAGE_XLSX_QUERY,
            variables: { code, sector },
            fetchPolicy,
          });
          return { content: data?.municipalityCoverageXlsx, name: `dekking-${base}.xlsx` };
        }
        case 'coalitionsCsv': {
          const { data } = await client.query({
            query: MUNICIPALITY_COALITIONS_CSV_QUERY,
            variables: { code },
            fetchPolicy,
          });
          return { content: data?.municipalityCoalitionsCsv, name: `samenwerkingen-${code}.csv` };
        }
        case 'coalitionsXlsx': {
          const { data } = await client.query({
            query: MUNICIPALITY_COALITIONS_XLSX_QUERY,
            variables: { code },
            fetchPolicy,
          });
          return {
            content: data?.municipalityCoalitionsXlsx,
            name: `samenwerkingen-${code}.xlsx`,
          };
        }
      }
    },
    [client, code, sector],
  );

  const download = useCallback(
    async (kind: DownloadKind) => {
      setBusy(kind);
      setError(null);
      setLast(kind);
      try {
        const { content, name } = await fetchFile(kind);
        if (content === undefined) throw new Error('Geen bestand ontvangen');
        saveFile(content, name);
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        setBusy(null);
      }
    },
    [fetchFile],
  );

  return { download, busy, error, retry: () => last && void download(last) };
}
