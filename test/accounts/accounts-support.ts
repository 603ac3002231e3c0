import {
  AccountsService,
  type NewAccount,
} from '../../apps/api/src/modules/accounts/accounts.service.js';
import type { DocumentNode } from 'graphql';
import type { PostedGql, TestApp, TypedDocument } from '../support/test-app.js';

export const OPERATOR_TOKEN = 'operator-token-for-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';

/**
 * An officer of Schiedam (GM0606, the demo data's schools) and one of its neighbour Vlaardingen
 * (GM0622): the suites about a municipality's own data and someone else's.
 */
export const TWO_OFFICERS = {
  officer: {
    email: 'lea@schiedam.nl',
    role: 'MUNICIPALITY_OFFICER',
    municipalityCodes: ['GM0606'],
  },
  officerOther: {
    email: 'lea@vlaardingen.nl',
    role: 'MUNICIPALITY_OFFICER',
    municipalityCodes: ['GM0622'],
  },
} satisfies Record<string, NewAccount>;

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
  await t.db.transaction((tx) => accounts.insertAccount(tx, input));
}

/** Accounts made one after another, each with the shared test PASSWORD unless it names one. */
export async function createAccounts(t: TestApp, inputs: NewAccount[]): Promise<void> {
  for (const input of inputs) await createAccount(t, { password: PASSWORD, ...input });
}

/**
 * Each account made (createAccounts: the shared PASSWORD unless it names one) and signed in;
 * the sessions under the keys the accounts were given, in `sessions` when a suite keeps a map.
 */
export async function signIn<K extends string>(
  t: TestApp,
  accounts: Partial<Record<K, NewAccount>>,
  sessions = new Map<K, Session>(),
): Promise<Map<K, Session>> {
  const entries = Object.entries(accounts) as [K, NewAccount][];
  await createAccounts(
    t,
    entries.map(([, account]) => account),
  );
  for (const [key, account] of entries) {
    sessions.set(key, await login(t, account.email, account.password ?? PASSWORD));
  }
  return sessions;
}

/** signIn, the sessions as request headers by key. */
export async function signInHeaders<K extends string>(
  t: TestApp,
  accounts: Record<K, NewAccount>,
): Promise<Record<K, Record<string, string>>> {
  const sessions = await signIn(t, accounts);
  return Object.fromEntries([...sessions].map(([key, s]) => [key, headersOf(s)])) as Record<
    K,
    Record<string, string>
  >;
}

/** signIn, then `as(who)`: the request headers of the account signed in under key `who`. */
export async function signedInAs<K extends string>(
  t: TestApp,
  accounts: Record<K, NewAccount>,
): Promise<(who: K) => Record<string, string>> {
  const headers = await signInHeaders(t, accounts);
  return (who) => headers[who];
}

const REGISTER_PARTNER = `mutation ($i: RegisterPartnerInput!) { registerPartner(input: $i) { message validHours } }`;
const CONFIRM_REGISTRATION = `mutation ($t: String!) {
  confirmRegistration(token: $t) { role organisationId csrfToken email } }`;

/** The newest mail to `email` in the outbox (recipient, subject and body), or undefined. */
export async function newestMail(
  t: TestApp,
  email: string,
): Promise<{ subject: string; body: string } | undefined> {
  const rows = (await t.db.query(
    `SELECT subject, body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
    [email.toLowerCase()],
  )) as { subject: string; body: string }[];
  return rows[0];
}

/** The token in the newest sign-up confirmation mail to `email`. */
export async function confirmationTokenFor(t: TestApp, email: string): Promise<string> {
  const mail = await newestMail(t, email);
  const token = /aanmelding-bevestigen\?token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link mailed to ${email}: ${JSON.stringify(mail)}`);
  return token;
}

export interface PartnerSignUp {
  organisationName: string;
  kvkNumber: string;
  email: string;
  password: string;
  city?: string;
  phone?: string;
}

/**
 * A partner signs up the way the product does it: registerPartner (same answer for every
 * address), the link from the mail, confirmRegistration (organisation + account, signed in).
 */
export async function registerAndConfirm(
  t: TestApp,
  input: PartnerSignUp,
): Promise<{ session: Session; organisationId: string; setCookie: string[] }> {
  const asked = await post<{ registerPartner: { message: string } }>(t, REGISTER_PARTNER, {
    i: input,
  });
  if (!asked.data) throw new Error(`registerPartner failed: ${JSON.stringify(asked.errors)}`);
  const token = await confirmationTokenFor(t, input.email);
  const res = await post<{ confirmRegistration: { organisationId: string; csrfToken: string } }>(
    t,
    CONFIRM_REGISTRATION,
    { t: token },
  );
  if (!res.data) throw new Error(`confirmRegistration failed: ${JSON.stringify(res.errors)}`);
  const cookie = res.setCookie.find((c) => c.startsWith('pw_session='))!;
  return {
    session: { cookie: cookie.split(';')[0]!, csrf: res.data.confirmRegistration.csrfToken },
    organisationId: res.data.confirmRegistration.organisationId,
    setCookie: res.setCookie,
  };
}
