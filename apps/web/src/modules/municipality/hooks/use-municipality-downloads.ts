import { useCallback } from 'react';

import type { SchoolSector } from '../../../generated/graphql';
import {
  MUNICIPALITY_COALITIONS_CSV_QUERY,
  MUNICIPALITY_COALITIONS_XLSX_QUERY,
  MUNICIPALITY_COVERAGE_CSV_QUERY,
  MUNICIPALITY_COVERAGE_XLSX_QUERY,
} from '../graphql/municipality-exports.queries';
import {
  useFileDownload,
  useFileQuery,
  type ApiFile,
} from '../../../shared/downloads/use-file-download';

export type DownloadKind = 'coverageCsv' | 'coverageXlsx' | 'coalitionsCsv' | 'coalitionsXlsx';

const kindItself = (kind: DownloadKind) => kind;

/**
 * The downloads of the municipality view, made by the API from the same data as the page
 * (CSV as text with a BOM, XLSX as base64) and handed to the browser as a file.
 */
export function useMunicipalityDownloads(code: string, sector: SchoolSector | null) {
  const fileQuery = useFileQuery();

  const fetchFile = useCallback(
    async (kind: DownloadKind): Promise<ApiFile> => {
      const base = `${code}${sector ? `-${sector}` : ''}`;
      switch (kind) {
        case 'coverageCsv': {
          const data = await fileQuery(MUNICIPALITY_COVERAGE_CSV_QUERY, { code, sector });
          return { content: data?.municipalityCoverageCsv, name: `dekking-${base}.csv` };
        }
        case 'coverageXlsx': {
          const data = await fileQuery(MUNICIPALITY_COVERAGE_XLSX_QUERY, { code, sector });
          return { content: data?.municipalityCoverageXlsx, name: `dekking-${base}.xlsx` };
        }
        case 'coalitionsCsv': {
          const data = await fileQuery(MUNICIPALITY_COALITIONS_CSV_QUERY, { code });
          return { content: data?.municipalityCoalitionsCsv, name: `samenwerkingen-${code}.csv` };
        }
        case 'coalitionsXlsx': {
          const data = await fileQuery(MUNICIPALITY_COALITIONS_XLSX_QUERY, { code });
          return {
            content: data?.municipalityCoalitionsXlsx,
            name: `samenwerkingen-${code}.xlsx`,
          };
        }
      }
    },
    [fileQuery, code, sector],
  );

  return useFileDownload(fetchFile, kindItself);
}
