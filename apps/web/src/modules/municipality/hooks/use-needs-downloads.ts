import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

import type { SchoolSector } from '../../../generated/graphql';
import {
  MUNICIPALITY_NEEDS_CSV_QUERY,
  MUNICIPALITY_NEEDS_XLSX_QUERY,
  SCENARIO_CSV_QUERY,
  SCENARIOS_XLSX_QUERY,
} from '../graphql/municipality-exports.queries';
import { useFileDownload, type ApiFile } from '../../../shared/downloads/use-file-download';

export type NeedsDownload =
  | { kind: 'needsCsv' | 'needsXlsx' }
  | { kind: 'scenarioCsv'; id: string; name: string }
  | { kind: 'scenariosXlsx'; ids: string[] };

const kindOf = (d: NeedsDownload) => d.kind;

/** Downloads of the needs view and the scenarios, made by the API (CSV text, XLSX base64). */
export function useNeedsDownloads(code: string, sector: SchoolSector | null) {
  const client = useApolloClient();
  const fetchFile = useCallback(
    async (d: NeedsDownload): Promise<ApiFile> => {
      const fetchPolicy = 'network-only' as const;
      let content: string | undefined;
      let name = '';
      const base = `${code}${sector ? `-${sector}` : ''}`;
      if (d.kind === 'needsCsv') {
        const { data } = await client.query({
          query: MUNICIPALITY_NEEDS_CSV_QUERY,
          variables: { code, sector },
          fetchPolicy,
        });
        content = data?.municipalityNeedsCsv;
        name = `behoefte-${base}.csv`;
      } else if (d.kind === 'needsXlsx') {
        const { data } = await client.query({
          query: MUNICIPALITY_NEEDS_XLSX_QUERY,
          variables: { code, sector },
          fetchPolicy,
        });
        content = data?.municipalityNeedsXlsx;
        name = `behoefte-${base}.xlsx`;
      } else if (d.kind === 'scenarioCsv') {
        const { data } = await client.query({
          query: SCENARIO_CSV_QUERY,
          variables: { id: d.id },
          fetchPolicy,
        });
        content = data?.scenarioCsv;
        name = `scenario-${code}-${d.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.csv`;
      } else if (d.kind === 'scenariosXlsx') {
        const { data } = await client.query({
          query: SCENARIOS_XLSX_QUERY,
          variables: { ids: d.ids },
          fetchPolicy,
        });
        content = data?.scenariosXlsx;
        name = `scenarios-${code}.xlsx`;
      }
      return { content, name };
    },
    [client, code, sector],
  );
  const { download, busy, isBusy, error } = useFileDownload(fetchFile, kindOf);
  return { download, busy, isBusy, error };
}
