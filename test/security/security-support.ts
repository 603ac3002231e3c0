import request from 'supertest';
import { startTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';

/** The hostile-input suites run against a development and a production-mode server. */
export const MODES = ['development', 'production'] as const;

/** Rows in a table, read straight from the database behind the app. */
export async function countRows(t: TestApp, table: string, where = 'TRUE'): Promise<number> {
  const rows = (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)) as {
    n: number;
  }[];
  return Number(rows[0]!.n);
}

/** Counts of the tables an anonymous request could write to. */
export async function writableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'organisation',
    'offering',
    'coverage_area',
    'user_account',
    'session',
    'password_reset_token',
    'pending_registration',
    'mail_outbox',
    'contact_request',
    'audit_log',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(t, table);
  return counts;
}

/** The readiness check still answers 200: the process is not wedged by what came before. */
export async function expectHealthy(t: TestApp): Promise<void> {
  const res = await request(t.app.getHttpServer()).get('/health/ready').timeout(20_000);
  expect({ status: res.status, body: res.body as unknown }).toEqual({
    status: 200,
    body: { status: 'ready' },
  });
}

/**
 * A refused request: HTTP 4xx, no data, the given GraphQL code, a Dutch message followed by an
 * English one in brackets, and nothing from the server's insides.
 */
export function expectRefused(
  res: GqlResponse<unknown>,
  code: string,
  extra: Record<string, unknown> = {},
): void {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.length).toBeGreaterThan(0);
  const error = res.errors![0]!;
  expect(error.extensions).toMatchObject({ code, ...extra });
  expect(error.message).toMatch(/\(.+\)$/);
  expect(JSON.stringify(res.errors)).not.toMatch(
    /stacktrace|INTERNAL_SERVER_ERROR|\.ts:\d+|\.js:\d+/,
  );
}

/**
 * Starts the app once for the surrounding describe block with `env`, hands it to `use`, closes
 * it afterwards, and after every test checks that it is still healthy.
 */
export function healthyAppPerSuite(env: Record<string, string>, use: (t: TestApp) => void): void {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp(env);
    use(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);
  afterEach(async () => {
    await expectHealthy(t!);
  }, 30_000);
}
