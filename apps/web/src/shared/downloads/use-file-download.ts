import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { saveFile } from './save-file';

/** A file as the API returns it: CSV text or XLSX base64 (undefined when nothing came). */
export interface ApiFile {
  content: string | undefined;
  name: string;
}

/**
 * Fetches a file and hands it to the browser, with which download is busy (by `keyOf`), the
 * last error and a retry of the last request.
 */
export function useFileDownload<T, K extends string>(
  fetchFile: (request: T) => Promise<ApiFile>,
  keyOf: (request: T) => K,
) {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [last, setLast] = useState<T | null>(null);

  const download = useCallback(
    async (request: T) => {
      setBusy(keyOf(request));
      setError(null);
      setLast(request);
      try {
        const { content, name } = await fetchFile(request);
        if (content === undefined) throw new Error('Geen bestand ontvangen');
        saveFile(content, name);
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        setBusy(null);
      }
    },
    [fetchFile, keyOf],
  );

  return {
    download,
    busy,
    /** Whether this request is the one being fetched. */
    isBusy: (request: T) => busy === keyOf(request),
    error,
    retry: () => last !== null && void download(last),
  };
}

export type FileDownloads<T> = Pick<
  ReturnType<typeof useFileDownload<T, string>>,
  'download' | 'busy' | 'isBusy'
>;

/**
 * A query for a file's content, always asked of the API: the file is made at request time and
 * not worth keeping in the cache.
 */
export function useFileQuery() {
  const client = useApolloClient();
  return useCallback(
    async <R, V extends OperationVariables>(query: TypedDocumentNode<R, V>, variables: V) => {
      const { data } = await client.query<R, V>({ query, variables, fetchPolicy: 'network-only' });
      return data;
    },
    [client],
  );
}
