import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AccountsService,
  type NewAccount,
} from '../../apps/api/src/modules/accounts/accounts.service.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

export const OPERATOR_TOKEN = 'operator-token-for-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
}

/** Posts a GraphQL document and returns the body plus any Set-Cookie header. */
export async function post<T>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T> & { setCookie: string[] }> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set({ 'content-type': 'application/json', ...headers })
    .send({ query, variables });
  const body = res.body as { data?: T; errors?: GqlResponse<T>['errors'] };
  const raw = res.headers['set-cookie'] as string[] | string | undefined;
  return {
    status: res.status,
    data: body.data ?? undefined,
    errors: body.errors,
    setCookie: raw === undefined ? [] : Array.isArray(raw) ? raw : [raw],
  };
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
