import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

import {
  fetchQuery,
  IDLE,
  readQuery,
  subscribe,
  type FetchPolicy,
  type QueryState,
} from './light-cache';
import { execute, type Document } from './light-client';

interface QueryOptions<V> {
  variables?: V;
  skip?: boolean;
  fetchPolicy?: FetchPolicy;
  pollInterval?: number;
}

/**
 * The light client's query hook, with the part of Apollo's `useQuery` the landing page uses:
 * `data`, `previousData` (the last answer before the variables changed), `loading`, `error`,
 * `refetch`.
 */
export function useQuery<R, V>(document: Document<R, V>, options: QueryOptions<V> = {}) {
  const { variables, skip = false, fetchPolicy = 'cache-first', pollInterval } = options;
  // Variables are compared by value: callers build a new object on every render.
  const variablesKey = JSON.stringify(variables ?? {});
  const stable = useRef({ key: variablesKey, variables });
  if (stable.current.key !== variablesKey) stable.current = { key: variablesKey, variables };
  const vars = stable.current.variables;

  const state = useSyncExternalStore(
    useCallback(
      (listener: () => void) => (skip ? () => undefined : subscribe(document, vars, listener)),
      [document, vars, skip],
    ),
    () => (skip ? IDLE : (readQuery(document, vars) ?? LOADING)),
  ) as QueryState<R>;

  useEffect(
    function askOnMountAndChange() {
      if (skip) return;
      void fetchQuery(document, vars, fetchPolicy);
      if (!pollInterval) return;
      const timer = window.setInterval(
        () => void fetchQuery(document, vars, 'network-only'),
        pollInterval,
      );
      return () => window.clearInterval(timer);
    },
    [document, vars, skip, fetchPolicy, pollInterval],
  );

  const seen = useRef<{ data: R | undefined; previous: R | undefined }>({
    data: undefined,
    previous: undefined,
  });
  if (state.data !== undefined && state.data !== seen.current.data) {
    seen.current = { data: state.data, previous: seen.current.data };
  }
  const refetch = useCallback(() => fetchQuery(document, vars, 'network-only'), [document, vars]);
  return {
    data: state.data,
    previousData: state.data === undefined ? seen.current.data : seen.current.previous,
    loading: state.loading,
    error: state.error,
    refetch,
  };
}

const LOADING: QueryState<never> = { data: undefined, error: undefined, loading: true };

interface MutationState<R> {
  data: R | undefined;
  loading: boolean;
  error: Error | undefined;
}

/** The light client's mutation hook: `[mutate, { data, loading, error }]`; mutate rejects on error. */
export function useMutation<R, V>(document: Document<R, V>) {
  const [state, setState] = useState<MutationState<R>>({
    data: undefined,
    loading: false,
    error: undefined,
  });
  const mutate = useCallback(
    async (options: { variables?: V } = {}) => {
      setState((s) => ({ ...s, loading: true, error: undefined }));
      try {
        const data = await execute(document, options.variables);
        setState({ data, loading: false, error: undefined });
        return { data };
      } catch (error) {
        setState({ data: undefined, loading: false, error: error as Error });
        throw error;
      }
    },
    [document],
  );
  return [mutate, state] as const;
}
