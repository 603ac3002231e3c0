import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { type DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

// Shared by the browser tests that sign people in: the app on a real port, Chromium, axe-core,
// accounts made the way an operator makes them, and logging in as a person would.

// The app, Chromium and axe-core (test/support/browser.ts), re-exported for the tests that
// sign people in.
import { describeInBrowser, SHOTS, type BrowserApp } from './browser.js';
export {
  describeInBrowser,
  overflowingElements,
  PHONE,
  SHOTS,
  SMALL_PHONE,
  TOUCH_PHONE,
  seriousViolations,
  violationsAtLeast,
  startBrowserApp,
  type BrowserApp,
} from './browser.js';

/** The token in the link at `path` of the newest mail to `email`. */
async function tokenInNewestMail(
  db: DataSource,
  email: string,
  path: string,
  missing: string,
): Promise<string> {
  const rows = (await db.query(
    `SELECT body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
    [email],
  )) as { body: string }[];
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(rows[0]?.body ?? '');
  if (!match) throw new Error(`no ${missing} mailed to ${email}`);
  return match[1]!;
}

/** The token of the newest reset or invitation link mailed to this address. */
export const mailedToken = (db: DataSource, email: string): Promise<string> =>
  tokenInNewestMail(db, email, '/wachtwoord-herstellen', 'link');

/** The token of the newest sign-up confirmation link mailed to `email`. */
export const mailedConfirmation = (db: DataSource, email: string): Promise<string> =>
  tokenInNewestMail(db, email, '/aanmelding-bevestigen', 'confirmation link');

export interface OperatorAccount {
  email: string;
  role: 'ADMIN' | 'PARTNER_EDITOR' | 'SCHOOL_STAFF' | 'MUNICIPALITY_OFFICER';
  organisationId?: string;
  schoolCodes?: string[];
  municipalityCodes?: string[];
}

/**
 * An account made with the operator token (ADMIN_API_TOKEN), its password then set through the
 * invitation mail's token, as the invited person would.
 */
export async function createAccountWithPassword(
  t: TestApp,
  operatorToken: string,
  account: OperatorAccount,
  password: string,
): Promise<void> {
  const created = await t.gql(
    `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    { i: account },
    { authorization: `Bearer ${operatorToken}` },
  );
  if (created.errors) throw new Error(`createAccount: ${JSON.stringify(created.errors)}`);
  const reset = await t.gql(
    `mutation ($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
    { t: await mailedToken(t.db, account.email), p: password },
  );
  if (reset.errors) throw new Error(`resetPassword: ${JSON.stringify(reset.errors)}`);
}

/** A staff member of one school and an officer of its municipality (Schiedam by default),
 * each made as createAccountWithPassword makes them. */
export async function createStaffAndOfficer(
  t: TestApp,
  operatorToken: string,
  school: { code: string; staff: { email: string; password: string } },
  officer: { email: string; password: string },
  municipalityCode = 'GM0606',
): Promise<void> {
  await createAccountWithPassword(
    t,
    operatorToken,
    { email: school.staff.email, role: 'SCHOOL_STAFF', schoolCodes: [school.code] },
    school.staff.password,
  );
  await createAccountWithPassword(
    t,
    operatorToken,
    { email: officer.email, role: 'MUNICIPALITY_OFFICER', municipalityCodes: [municipalityCode] },
    officer.password,
  );
}

/**
 * A partner editor for the verified demo organisation `name` (created as above); returns the
 * organisation's id.
 */
export async function demoOrganisationEditor(
  app: BrowserApp,
  operatorToken: string,
  email: string,
  password: string,
  name = 'JINC',
): Promise<string> {
  const [org] = (await app.db.query(
    `SELECT id FROM organisation WHERE name = $1 AND status = 'VERIFIED'`,
    [name],
  )) as { id: string }[];
  if (!org) throw new Error(`no verified demo organisation ${name}`);
  await createAccountWithPassword(
    app.t,
    operatorToken,
    { email, role: 'PARTNER_EDITOR', organisationId: org.id },
    password,
  );
  return org.id;
}

/**
 * A partner editor for JINC (as demoOrganisationEditor) whose organisation then has no location,
 * so that every result for it says "Afstand onbekend"; returns the organisation's id.
 */
export async function editorWithoutLocation(
  app: BrowserApp,
  operatorToken: string,
  email: string,
  password: string,
): Promise<string> {
  const organisationId = await demoOrganisationEditor(app, operatorToken, email, password);
  const cleared = await app.t.gql(
    `mutation Clear($o: ID!) { updateOrganisation(organisationId: $o, input: { location: null }) { id } }`,
    { o: organisationId },
    { authorization: `Bearer ${operatorToken}` },
  );
  expect(cleared.errors).toBeUndefined();
  return organisationId;
}

/** An account of a browser suite as the operator makes it: a partner editor edits the verified
 * demo organisation `demoOrganisation` (JINC unless told). */
export type SuiteAccountSpec = Omit<OperatorAccount, 'email' | 'organisationId'> & {
  demoOrganisation?: string;
};

/** Who signs in: an address and its password. */
export interface SignIn {
  email: string;
  password: string;
}

export interface SuiteAccounts<K extends string> {
  /** The operator token (ADMIN_API_TOKEN) the suite's app starts with. */
  token: string;
  /** The app's environment for describeInBrowser: the operator token. */
  env: { ADMIN_API_TOKEN: string };
  password: string;
  /** Each account's address (`<key>@<suite>.example.nl`) with the suite's password. */
  people: Record<K, SignIn>;
  /**
   * Makes the accounts in the order declared, each as createAccountWithPassword makes it (a
   * partner editor as demoOrganisationEditor does); returns the editors' organisation ids by key.
   */
  create(app: BrowserApp): Promise<Partial<Record<K, string>>>;
  /**
   * describeInBrowser with the operator token, the accounts made (create) before the suite's own
   * hooks and tests; `organisations` holds the partner editors' organisation ids by key once
   * they are made (read it in hooks and tests, as `app`).
   */
  describeInBrowser(
    title: string,
    tests: (app: BrowserApp, organisations: Partial<Record<K, string>>) => void,
  ): void;
}

/**
 * A browser suite's operator token and accounts, named after the suite (`name`) so that no two
 * suites share them; every account has `password` (a sentence the suite chose).
 */
export function suiteAccounts<K extends string>(
  name: string,
  password: string,
  accounts: Record<K, SuiteAccountSpec>,
): SuiteAccounts<K> {
  const token = `${name}-operator-token-0123456789`;
  const entries = Object.entries(accounts) as [K, SuiteAccountSpec][];
  const people = Object.fromEntries(
    entries.map(([key]) => [key, { email: `${key.toLowerCase()}@${name}.example.nl`, password }]),
  ) as Record<K, SignIn>;
  const suite: SuiteAccounts<K> = {
    token,
    env: { ADMIN_API_TOKEN: token },
    password,
    people,
    async create(app) {
      const organisations: Partial<Record<K, string>> = {};
      for (const [key, { demoOrganisation, ...account }] of entries) {
        const { email } = people[key];
        if (account.role === 'PARTNER_EDITOR') {
          organisations[key] = await demoOrganisationEditor(
            app,
            token,
            email,
            password,
            demoOrganisation,
          );
        } else {
          await createAccountWithPassword(app.t, token, { email, ...account }, password);
        }
      }
      return organisations;
    },
    describeInBrowser(title, tests) {
      describeInBrowser(title, suite.env, (app) => {
        const organisations: Partial<Record<K, string>> = {};
        beforeAll(async () => {
          Object.assign(organisations, await suite.create(app));
        }, 180_000);
        tests(app, organisations);
      });
    },
  };
  return suite;
}

/** The text of the first result card naming `name` on the finder at `path`. */
export async function resultCardText(
  page: Page,
  base: string,
  path: string,
  name: string,
): Promise<string> {
  await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
  const card = page.getByTestId('result-card').filter({ hasText: name }).first();
  await card.waitFor({ timeout: 20_000 });
  return card.innerText();
}

/** Logs in through the /inloggen form (the caller waits for where it lands). */
export async function logIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/inloggen`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * A new browser context in which `account` logs in through the /inloggen form and waits to land
 * on `landing` (where its role starts: /mijn-school for school staff, /gemeente for an officer).
 * `screen` is the context's viewport, or all its options (TOUCH_PHONE).
 */
export async function loggedInPage(
  app: Pick<BrowserApp, 'browser' | 'base'>,
  account: { email: string; password: string },
  landing: string | RegExp,
  screen: { width: number; height: number } | BrowserContextOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext('width' in screen ? { viewport: screen } : screen);
  const page = await context.newPage();
  await logIn(page, app.base, account.email, account.password);
  await page.waitForURL(landing, { timeout: 20_000 });
  return { context, page };
}

/** Full-page screenshots named `<prefix>-<name>.png` in SHOTS, one prefix per suite. */
export const screenshots =
  (prefix: string) =>
  (page: Page, name: string): Promise<Buffer> =>
    page.screenshot({ path: join(SHOTS, `${prefix}-${name}.png`), fullPage: true });

/** Follows the link named `name` in the signed-in person's account menu. */
export async function openFromAccountMenu(page: Page, name: string): Promise<void> {
  // The inbox link may carry an unread count, "(1 nieuw)", once its poll comes back.
  const label = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.*\\))?$`);
  await page.getByTestId('account-menu').getByRole('link', { name: label }).click();
}

/**
 * Logs in from inside a page with the login mutation (the session cookie lands in the browser
 * context), for tests whose subject is another page. Returns the mutation's answer, with the
 * login `fields` asked for (`role organisationId` unless told).
 */
export async function logInByFetch<L = { role: string; organisationId: string | null }>(
  page: Page,
  base: string,
  email: string,
  password: string,
  fields = 'role organisationId',
): Promise<{ data?: { login: L } }> {
  await page.goto(`${base}/over`, { waitUntil: 'domcontentloaded' });
  return (await page.evaluate(
    `fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ${fields} } }',
        variables: { e: ${JSON.stringify(email)}, p: ${JSON.stringify(password)} },
      }),
    }).then((r) => r.json())`,
  )) as { data?: { login: L } };
}

/** GraphQL with the browser context's session cookie and its CSRF token. */
export async function gqlAs<T>(
  app: Pick<BrowserApp, 't' | 'base'>,
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const cookie = (await context.cookies(app.base)).find((c) => c.name === 'pw_session');
  if (!cookie) throw new Error('not signed in');
  const headers = { cookie: `pw_session=${cookie.value}` };
  const me = await app.t.gql<{ me: { csrfToken: string } }>(`{ me { csrfToken } }`, {}, headers);
  const res = await app.t.gql<T>(query, variables, {
    ...headers,
    'x-csrf-token': me.data!.me.csrfToken,
  });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
