import { DataSource } from 'typeorm';
import {
  AccountsService,
  type NewAccount,
} from '../../apps/api/src/modules/accounts/accounts.service.js';
import type { DocumentNode } from 'graphql';
import type { PostedGql, TestApp, TypedDocument } from '../support/test-app.js';

export const OPERATOR_TOKEN = 'operator-token-for-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
}

/** Posts a GraphQL document (typed, or a plain string) with variables `{}` when none are given. */
export function post<R, V>(
  t: TestApp,
  document: TypedDocument<R, V>,
  variables?: V,
  headers?: Record<string, string>,
): Promise<PostedGql<R>>;
export function post<T>(
  t: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<PostedGql<T>>;
export function post(
  t: TestApp,
  query: DocumentNode | string,
  variables: unknown = {},
  headers: Record<string, string> = {},
) {
  return t.gql(query as string, variables as Record<string, unknown>, headers);
}

const LOGIN = `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { csrfToken role } }`;

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<Session> {
  const res = await post<{ login: { csrfToken: string } }>(t, LOGIN, { e: email, p: password });
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  const cookie = res.setCookie.find((c) => c.startsWith('pw_session='))!.split(';')[0]!;
  return { cookie, csrf: res.data.login.csrfToken };
}

export function headersOf(s: Session): Record<string, string> {
  return { cookie: s.cookie, 'x-csrf-token': s.csrf };
}

export async function createAccount(t: TestApp, input: NewAccount): Promise<void> {
  const accounts = t.app.get(AccountsService);
  await t.app.get(DataSource).transaction((tx) => accounts.insertAccount(tx, input));
}
