import { suiteTestApp } from '../support/test-app.js';
import {
  confirmationTokenFor,
  createAccount,
  headersOf,
  login,
  newestMail,
  OPERATOR_TOKEN,
  PASSWORD,
  post,
} from './accounts-support.js';

const RESET = `mutation ($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`;
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const ME = `{ me { email } }`;

/** The token of the newest reset or invitation mail to `email`. */
async function linkTokenFor(t: ReturnType<typeof suiteTestApp>, email: string): Promise<string> {
  const mail = await newestMail(t, email);
  const token = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return token;
}

// Links that set a password, and sessions, end when they should: a password set with one link
// uses up every other link of the account (an older reset mail, the invitation), and signing
// in ends the session the browser held before.
describe('password links and sessions', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });

  it('uses up every other reset link and the invitation once a password is set', async () => {
    const email = 'nieuw.lid@voorbeeld.nl';
    const invited = await post(
      t,
      `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { email, role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] } },
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
    );
    expect(invited.errors).toBeUndefined();
    const invitation = await linkTokenFor(t, email);
    expect((await post(t, REQUEST_RESET, { e: email })).errors).toBeUndefined();
    const firstReset = await linkTokenFor(t, email);
    expect((await post(t, REQUEST_RESET, { e: email })).errors).toBeUndefined();
    const secondReset = await linkTokenFor(t, email);
    expect(new Set([invitation, firstReset, secondReset]).size).toBe(3);

    const chosen = 'de fietsen staan achter het gemeentehuis';
    expect((await post(t, RESET, { t: secondReset, p: chosen })).errors).toBeUndefined();

    for (const old of [invitation, firstReset, secondReset]) {
      const res = await post(t, RESET, { t: old, p: 'een ander wachtwoord voor de aanvaller' });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message: expect.stringMatching(/ongeldige of verlopen/) }],
      });
    }
    // The password chosen with the newest link is the one that stays.
    await login(t, email, chosen);
    const live = (await t.db.query(
      `SELECT count(*)::int AS n FROM password_reset_token r JOIN user_account a ON a.id = r.user_id
        WHERE a.email = $1 AND r.used_at IS NULL`,
      [email],
    )) as { n: number }[];
    expect(live[0]!.n).toBe(0);
  }, 120_000);

  it('ends the session the browser held when it signs in again, as the same or another account', async () => {
    await createAccount(t, { email: 'eerste@voorbeeld.nl', role: 'ADMIN', password: PASSWORD });
    await createAccount(t, { email: 'tweede@voorbeeld.nl', role: 'ADMIN', password: PASSWORD });
    const first = await login(t, 'eerste@voorbeeld.nl');
    // Signing in as another account in the same browser (the old cookie sent along).
    const res = await post<{ login: { csrfToken: string } }>(
      t,
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { csrfToken } }`,
      { e: 'tweede@voorbeeld.nl', p: PASSWORD },
      { cookie: first.cookie },
    );
    expect(res.errors).toBeUndefined();
    const second = res.setCookie.find((c) => c.startsWith('pw_session='))!.split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    // A copy of the first cookie no longer signs anybody in.
    expect((await post(t, ME, {}, headersOf(first))).data).toEqual({ me: null });
    expect((await post(t, ME, {}, { cookie: second })).data).toEqual({
      me: { email: 'tweede@voorbeeld.nl' },
    });
  }, 120_000);

  it('ends the browser’s earlier session when a confirmed sign-up signs in', async () => {
    await createAccount(t, { email: 'derde@voorbeeld.nl', role: 'ADMIN', password: PASSWORD });
    const earlier = await login(t, 'derde@voorbeeld.nl');
    const asked = await post(
      t,
      `mutation ($i: RegisterPartnerInput!) { registerPartner(input: $i) { message } }`,
      {
        i: {
          email: 'partner@nieuwe-stichting.nl',
          organisationName: 'Stichting Nieuw Begin',
          kvkNumber: '11223344',
          password: 'de fietsen staan achter het gemeentehuis',
        },
      },
    );
    expect(asked.errors).toBeUndefined();
    const token = await confirmationTokenFor(t, 'partner@nieuwe-stichting.nl');
    // The link opened in the browser that is still signed in as the earlier account.
    const confirmed = await post(
      t,
      `mutation ($t: String!) { confirmRegistration(token: $t) { email } }`,
      { t: token },
      { cookie: earlier.cookie },
    );
    expect(confirmed.errors).toBeUndefined();
    expect((await post(t, ME, {}, headersOf(earlier))).data).toEqual({ me: null });
  }, 120_000);
});
