import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { cacheKey, takeEarly } from './early-requests';
import { execute, type Document } from './light-client';

export { cacheKey };

// The light client's cache: one entry per operation and variables, shared by every component
// that asks the same thing, with the request in flight (so a prefetch is reused).

export interface QueryState<R> {
  data: R | undefined;
  error: Error | undefined;
  loading: boolean;
}

interface Entry {
  state: QueryState<unknown>;
  inFlight: Promise<void> | null;
  listeners: Set<() => void>;
  run: () => Promise<void>;
}

const entries = new Map<string, Entry>();
export const IDLE: QueryState<never> = { data: undefined, error: undefined, loading: false };

function entryFor<R, V>(document: Document<R, V>, variables: V | undefined): Entry {
  const key = cacheKey(document as TypedDocumentNode<unknown, never>, variables);
  let entry = entries.get(key);
  if (!entry) {
    const created: Entry = {
      state: { data: undefined, error: undefined, loading: true },
      inFlight: null,
      listeners: new Set(),
      // The first run takes over a request the early script sent (early-requests.ts), if any.
      run: () =>
        ((takeEarly(key) as Promise<R> | undefined) ?? execute(document, variables)).then(
          (data) => set(created, { data, error: undefined, loading: false }),
          (error: Error) => set(created, { ...created.state, error, loading: false }),
        ),
    };
    entry = created;
    entries.set(key, entry);
  }
  return entry;
}

function set(entry: Entry, state: QueryState<unknown>): void {
  entry.state = state;
  for (const listener of entry.listeners) listener();
}

/** Starts the request unless one is in flight; resolves when the entry has its answer. */
function start(entry: Entry): Promise<void> {
  if (entry.inFlight) return entry.inFlight;
  if (!entry.state.loading) set(entry, { ...entry.state, loading: true });
  entry.inFlight = entry.run().finally(() => {
    entry.inFlight = null;
  });
  return entry.inFlight;
}

export type FetchPolicy = 'cache-first' | 'cache-and-network' | 'network-only';

/** Asks the server (per the policy); resolves with the entry's state afterwards. */
export async function fetchQuery<R, V>(
  document: Document<R, V>,
  variables: V | undefined,
  policy: FetchPolicy = 'cache-first',
): Promise<QueryState<R>> {
  const entry = entryFor(document, variables);
  const fresh = entry.state.data !== undefined && !entry.state.loading;
  if (!(policy === 'cache-first' && fresh)) await start(entry);
  return entry.state as QueryState<R>;
}

/** Starts a query before any component asks (the shared link's results, main.tsx). */
export function prefetchQuery<R, V>(document: Document<R, V>, variables: V | undefined): void {
  void start(entryFor(document, variables));
}

export function readQuery<R, V>(document: Document<R, V>, variables: V | undefined) {
  return entries.get(cacheKey(document as TypedDocumentNode<unknown, never>, variables))?.state as
    QueryState<R> | undefined;
}

export function writeQuery<R, V>(document: Document<R, V>, variables: V | undefined, data: R) {
  set(entryFor(document, variables), { data, error: undefined, loading: false });
}

export function subscribe<R, V>(
  document: Document<R, V>,
  variables: V | undefined,
  listener: () => void,
): () => void {
  const entry = entryFor(document, variables);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}

/**
 * After a change elsewhere (an Apollo mutation on another page, signing out): answers nobody
 * shows are dropped, shown ones asked again, as Apollo's refetch of active queries would.
 */
export function invalidateQueries(): void {
  for (const [key, entry] of entries) {
    if (entry.listeners.size === 0 && !entry.inFlight) entries.delete(key);
    else void start(entry);
  }
}
