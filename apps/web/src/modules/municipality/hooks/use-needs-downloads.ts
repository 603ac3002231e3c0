import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import type { SchoolSector } from '../../../generated/graphql';
import { saveFile } from '../../../shared/downloads/save-file';
import {
  MUNICIPALITY_NEEDS_CSV_QUERY,
  MUNICIPALITY_NEEDS_XLSX_QUERY,
  SCENARIO_CSV_QUERY,
  SCENARIOS_XLSX_QUERY,
} from '../graphql/municipality-needs.queries';

export type NeedsDownload =
  | { kind: 'needsCsv' | 'needsXlsx' }
  | { kind: 'scenarioCsv'; id: string; name: string }
  | { kind: 'scenariosXlsx'; ids: string[] };

/** Downloads of the needs view and the scenarios, made by the API (CSV text, XLSX base64). */
export function useNeedsDownloads(code: string, sector: SchoolSector | null) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const download = useCallback(
    async (d: NeedsDownload) => {
      setBusy(d.kind);
      setError(null);
      const fetchPolicy = 'network-only' as const;
      try {
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
        if (content === undefined) throw new Error('Geen bestand ontvangen');
        saveFile(content, name);
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        setBusy(null);
      }
    },
    [client, code, sector],
  );
  return { download, busy, error };
}
