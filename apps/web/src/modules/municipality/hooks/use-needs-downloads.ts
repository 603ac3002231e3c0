import { useCallback } from 'react';

import type { SchoolSector } from '../../../generated/graphql';
import {
  MUNICIPALITY_NEEDS_CSV_QUERY,
  MUNICIPALITY_NEEDS_XLSX_QUERY,
  SCENARIO_CSV_QUERY,
  SCENARIOS_XLSX_QUERY,
} from '../graphql/municipality-exports.queries';
import {
  useFileDownload,
  useFileQuery,
  type ApiFile,
} from '../../../shared/downloads/use-file-download';

export type NeedsDownload =
  | { kind: 'needsCsv' | 'needsXlsx' }
  | { kind: 'scenarioCsv'; id: string; name: string }
  | { kind: 'scenariosXlsx'; ids: string[] };

const kindOf = (d: NeedsDownload) => d.kind;

/** Downloads of the needs view and the scenarios, made by the API (CSV text, XLSX base64). */
export function useNeedsDownloads(code: string, sector: SchoolSector | null) {
  const fileQuery = useFileQuery();
  const fetchFile = useCallback(
    async (d: NeedsDownload): Promise<ApiFile> => {
      const base = `${code}${sector ? `-${sector}` : ''}`;
      switch (d.kind) {
        case 'needsCsv': {
          const data = await fileQuery(MUNICIPALITY_NEEDS_CSV_QUERY, { code, sector });
          return { content: data?.municipalityNeedsCsv, name: `behoefte-${base}.csv` };
        }
        case 'needsXlsx': {
          const data = await fileQuery(MUNICIPALITY_NEEDS_XLSX_QUERY, { code, sector });
          return { content: data?.municipalityNeedsXlsx, name: `behoefte-${base}.xlsx` };
        }
        case 'scenarioCsv': {
          const data = await fileQuery(SCENARIO_CSV_QUERY, { id: d.id });
          const slug = d.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
          return { content: data?.scenarioCsv, name: `scenario-${code}-${slug}.csv` };
        }
        case 'scenariosXlsx': {
          const data = await fileQuery(SCENARIOS_XLSX_QUERY, { ids: d.ids });
          return { content: data?.scenariosXlsx, name: `scenarios-${code}.xlsx` };
        }
      }
    },
    [fileQuery, code, sector],
  );
  const { download, busy, isBusy, error } = useFileDownload(fetchFile, kindOf);
  return { download, busy, isBusy, error };
}
