import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { operationName, post, type Document } from './light-client';

// Hand-over of requests sent before the module bundle runs. The early script (src/early.ts, a
// small classic script that index.html's head loads ahead of the bundle) starts a shared
// link's queries while the browser still parses and evaluates the bundle; the light cache
// takes each one over by its cache key (operation and variables) instead of asking again.

const HANDOFF = '__partnerwijzerEarly';
type Handoff = Record<string, Promise<unknown> | undefined>;
const handoff = () => (window as unknown as Record<string, Handoff | undefined>)[HANDOFF];

export function cacheKey(document: TypedDocumentNode<unknown, never>, variables: unknown): string {
  return `${operationName(document)} ${JSON.stringify(variables ?? {})}`;
}

/** Sends a query now (it needs the document's printed text, which the build inlines). */
export function sendEarly<R, V>(document: Document<R, V>, variables: V): void {
  const text = document.__text;
  if (text === undefined || typeof window === 'undefined') return;
  const all = (handoff() ??
    ((window as unknown as Record<string, Handoff>)[HANDOFF] = {})) as Handoff;
  const name = operationName(document as TypedDocumentNode<unknown, never>);
  const answer = post<R>(name, text, variables);
  // Not an unhandled rejection if nobody takes it over (the bundle failed to load): whoever
  // takes it sees the error.
  answer.catch(() => undefined);
  all[cacheKey(document as TypedDocumentNode<unknown, never>, variables)] = answer;
}

/** The early request for this key, once: later asks (refetches) go to the server. */
export function takeEarly(key: string): Promise<unknown> | undefined {
  const all = typeof window === 'undefined' ? undefined : handoff();
  const answer = all?.[key];
  if (answer) delete all[key];
  return answer;
}
