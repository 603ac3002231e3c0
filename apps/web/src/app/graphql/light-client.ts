import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { csrfToken } from '../apollo/csrf-token';
import { fetchOrFail } from './network-failure';

// The landing page's GraphQL client (decision 0015, addendum of 2026-12-05): a POST per
// query and a cache keyed by operation and variables. Apollo Client (~50 KB gzipped with rxjs,
// graphql and optimism) is loaded with the other pages; the finder, the header and the
// session use this instead, so the first screen needs only React and this file.

/** A document as the build inlines it: the AST plus its printed text (`__text`). */
export type Document<R, V> = TypedDocumentNode<R, V> & { __text?: string };

interface ServerError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The server answered with GraphQL errors (same `errors` shape as Apollo's CombinedGraphQLErrors). */
export class GraphqlErrors extends Error {
  constructor(readonly errors: readonly ServerError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'GraphqlErrors';
  }
}

export function operationName(document: TypedDocumentNode<unknown, never>): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  throw new Error('document without a named operation');
}

async function queryText(document: Document<unknown, never>): Promise<string> {
  if (document.__text) return document.__text;
  // Only without the build's inlined text (tests, the dev server): print it here.
  const { print } = await import('graphql');
  return print(document);
}

/** Sends one operation to /graphql; resolves with `data` or rejects with GraphqlErrors. */
export async function execute<R, V>(document: Document<R, V>, variables?: V): Promise<R> {
  return post<R>(
    operationName(document as TypedDocumentNode<unknown, never>),
    await queryText(document as Document<unknown, never>),
    variables ?? {},
  );
}

/** The request itself, by operation name and printed text (also the early script's, early.ts). */
export async function post<R>(name: string, query: string, variables: unknown): Promise<R> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetchOrFail('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ operationName: name, variables, query }),
  });
  let body: { data?: R | null; errors?: ServerError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`HTTP ${response.status} ${response.statusText}`);
  }
  if (body.errors && body.errors.length > 0) throw new GraphqlErrors(body.errors);
  if (!body.data) throw new Error(`HTTP ${response.status}: no data`);
  return body.data;
}
