import { countOf } from '../../apps/api/src/database/queryable.js';
import { headersOf, post, type Session, signIn } from '../accounts/accounts-support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCHOOL = 'ZZ0100';
const EMAIL = 'limiet@regenboog.nl';
const SAVE = `mutation ($i: SaveSearchInput!) { saveSearch(input: $i) { id } }`;

// MAX_SAVED_SEARCHES (saved-searches.service.ts): an account keeps at most 50 subscribed
// searches. The 50 are written in one statement (each a distance other than the rest, so none
// is the same search); the 51st, saved through the API, is refused and writes nothing.
describe('the limit of 50 saved searches per account', () => {
  let t: TestApp;
  let staff: Session;
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = (
      await signIn(t, { staff: { email: EMAIL, role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL] } })
    ).get('staff')!;
    userId = (
      (await t.db.query(`SELECT id FROM user_account WHERE email = $1`, [EMAIL])) as {
        id: string;
      }[]
    )[0]!.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const searchesOf = (id: string) =>
    countOf(t.db, `SELECT count(*)::int AS n FROM saved_search WHERE user_id = $1`, [id]);

  it('refuses the 51st search, naming the limit in Dutch and English, and stores nothing', async () => {
    await t.db.query(
      `INSERT INTO saved_search (user_id, kind, vestigingscode, filters, frequency, next_digest_at)
       SELECT $1, 'SCHOOL', $2, jsonb_build_object('maxDistanceKm', km), 'WEEKLY', now() + interval '7 days'
         FROM generate_series(1, 50) AS km`,
      [userId, SCHOOL],
    );
    expect(await searchesOf(userId)).toBe(50);

    const res = await post<{ saveSearch: { id: string } }>(
      t,
      SAVE,
      { i: { vestigingscode: SCHOOL, needs: ['MENTORING'], frequency: 'DAILY' } },
      headersOf(staff),
    );

    expect(res.data?.saveSearch ?? null).toBeNull();
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.reason).toBe('TOO_MANY');
    expect(error?.extensions?.fields).toEqual([
      {
        field: 'input',
        message:
          'u heeft al 50 bewaarde zoekopdrachten; verwijder er eerst een (you already have 50 saved searches; delete one first)',
        code: 'TOO_MANY_SAVED_SEARCHES',
        params: { max: 50 },
      },
    ]);
    expect(await searchesOf(userId)).toBe(50);
    const audits = await countOf(
      t.db,
      `SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND entity = 'SAVED_SEARCH'`,
      [userId],
    );
    expect(audits).toBe(0);
  }, 60_000);
});
