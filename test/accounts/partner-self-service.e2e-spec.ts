import { suiteTestApp } from '../support/test-app.js';
import { graphql } from '../generated/gql.js';
import {
  confirmationTokenFor,
  headersOf,
  login,
  newestMail,
  post,
  registerAndConfirm,
  type Session,
} from './accounts-support.js';

const REGISTER = graphql(`
  mutation Register($i: RegisterPartnerInput!) {
    registerPartner(input: $i) { message validHours }
  }`);
const CONFIRM = graphql(`
  mutation Confirm($t: String!) {
    confirmRegistration(token: $t) { role organisationId csrfToken }
  }`);
const COVERAGE = graphql(
  `mutation OwnCoverage($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }`,
);
const CREATE_OFFERING = graphql(
  `mutation CreateOwnOffering($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
);
const VERIFY = graphql(
  `mutation Verify($o: ID!) { verifyOrganisation(organisationId: $o) { status verifiedAt } }`,
);
const WRONG_LOGIN = graphql(
  `mutation WrongLogin { login(email: "info@leerkracht.nl", password: "fout-wachtwoord-123") { role } }`,
);
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = graphql(
  `mutation Reset($t: String!) { resetPassword(token: $t, password: "nieuw wachtwoord 2026") }`,
);
const RESET_AGAIN = graphql(
  `mutation ResetAgain($t: String!) { resetPassword(token: $t, password: "nog een wachtwoord") }`,
);
const ME = graphql(`query Me { me { email } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);
const PW = 'een lang genoeg wachtwoord';

// A partner registers, is verified, edits coverage (bad GeoJSON refused per field, nothing
// written), logs out; plus login backoff and password reset through the mail outbox.
describe('partner self-service', () => {
  const t = suiteTestApp();
  let partner: Session;
  let orgId: string;
  let offeringId: string;

  beforeAll(async () => {
    const asked = await post(t, REGISTER, {
      i: {
        organisationName: 'Stichting Leerkracht Schiedam',
        kvkNumber: '12345678',
        city: 'Schiedam',
        email: 'info@leerkracht.nl',
        password: PW,
      },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.registerPartner).toEqual({
      message: expect.stringMatching(/^Controleer uw e-mail/) as unknown,
      validHours: 24,
    });
    // Nothing exists before the link in the mail is followed, and no one is signed in.
    expect(asked.setCookie.some((c) => c.startsWith('pw_session='))).toBe(false);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM organisation WHERE kvk_number = '12345678'`),
    ).toEqual([{ n: 0 }]);
    const res = await post(t, CONFIRM, { t: await confirmationTokenFor(t, 'info@leerkracht.nl') });
    expect(res.errors).toBeUndefined();
    orgId = res.data!.confirmRegistration.organisationId!;
    const cookie = res.setCookie.find((c) => c.startsWith('pw_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // COOKIE_SECURE defaults to false under NODE_ENV=test
    partner = { cookie: cookie.split(';')[0]!, csrf: res.data!.confirmRegistration.csrfToken! };
    const created = await post(
      t,
      CREATE_OFFERING,
      {
        i: {
          organisationId: orgId,
          title: 'Huiswerkbegeleiding',
          interventionCodes: ['EXTRA_LEERTIJD'],
        },
      },
      headersOf(partner),
    );
    expect(created.errors).toBeUndefined();
    offeringId = created.data!.createOffering.id;
  }, 120_000);

  it('registers new organisations as PENDING and refuses a second one with the same KvK', async () => {
    const [org] = (await t.db.query(`SELECT status, kvk_number FROM organisation WHERE id = $1`, [
      orgId,
    ])) as { status: string; kvk_number: string }[];
    expect(org).toEqual({ status: 'PENDING', kvk_number: '12345678' });
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM organisation`)) as {
      n: number;
    }[];
    const dup = await post(t, REGISTER, {
      i: { organisationName: 'Andere naam', kvkNumber: '1234 5678', email: 'x@y.nl', password: PW },
    });
    // Asking tells nothing; following the link (only the owner of x@y.nl can) does.
    expect(dup.errors).toBeUndefined();
    const token = await confirmationTokenFor(t, 'x@y.nl');
    const refused = await post(t, CONFIRM, { t: token });
    expect(refused.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'kvkNumber',
        message: 'deze organisatie staat er al — vraag toegang aan de beheerder',
        code: 'KVK_TAKEN',
      },
    ]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organisation`)).toEqual(before);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'x@y.nl'`),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses at sign-up a phone number the profile would refuse later (no digits, too many)', async () => {
    for (const phone of ['------', '(((((( ))))))', '0031 10 123 45 67 89 01 23 45']) {
      const res = await post(t, REGISTER, {
        i: {
          organisationName: 'Stichting Telefoon',
          kvkNumber: '87654321',
          phone,
          email: 'bel@telefoon.nl',
          password: PW,
        },
      });
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'phone', code: 'INVALID_PHONE' }),
      ]);
    }
  });

  it('takes a phone number in the usual Dutch notation at sign-up and keeps it as typed', async () => {
    const asked = await post(t, REGISTER, {
      i: {
        organisationName: 'Stichting Haakjes',
        kvkNumber: '24681357',
        phone: ' (010) 123 45 67 ',
        email: 'bel@haakjes.nl',
        password: PW,
      },
    });
    expect(asked.errors).toBeUndefined();
    const confirmed = await post(t, CONFIRM, {
      t: await confirmationTokenFor(t, 'bel@haakjes.nl'),
    });
    expect(confirmed.errors).toBeUndefined();
    expect(
      await t.db.query(`SELECT phone FROM organisation WHERE id = $1`, [
        confirmed.data!.confirmRegistration.organisationId,
      ]),
    ).toEqual([{ phone: '(010) 123 45 67' }]);
  });

  it('answers a sign-up for an address with an account exactly like a new one, and mails its owner', async () => {
    const accountsBefore = await t.db.query(`SELECT count(*)::int AS n FROM user_account`);
    const orgsBefore = await t.db.query(`SELECT count(*)::int AS n FROM organisation`);
    const input = (email: string, kvk: string) => ({
      i: { organisationName: 'Nog een stichting', kvkNumber: kvk, email, password: PW },
    });
    const known = await post(t, REGISTER, input('info@leerkracht.nl', '87654321'));
    const unknown = await post(t, REGISTER, input('nieuw@leerkracht.nl', '87654322'));
    // The same status, body shape and text: nothing tells which address has an account.
    expect(known.status).toBe(unknown.status);
    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual(unknown.data);
    expect(known.setCookie).toEqual(unknown.setCookie);
    // Nothing was created; each address got a mail, and only the new one a link.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM user_account`)).toEqual(accountsBefore);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organisation`)).toEqual(orgsBefore);
    const toOwner = await newestMail(t, 'info@leerkracht.nl');
    expect(toOwner!.subject).toMatch(/u heeft al een account/);
    expect(toOwner!.body).toMatch(/\/inloggen/);
    expect(toOwner!.body).toMatch(/\/wachtwoord-vergeten/);
    expect(toOwner!.body).not.toMatch(/token=/);
    const toNew = await newestMail(t, 'nieuw@leerkracht.nl');
    expect(toNew!.subject).toBe('Bevestig uw aanmelding bij Partnerwijzer');
    // Nothing the person signing up typed travels in a mail to an address they named.
    expect(toNew!.body).not.toContain('Nog een stichting');
    expect(toOwner!.body).not.toContain('Nog een stichting');

    // The link works once, and only for the address it was mailed to.
    const token = await confirmationTokenFor(t, 'nieuw@leerkracht.nl');
    const first = await post(t, CONFIRM, { t: token });
    expect(first.errors).toBeUndefined();
    const again = await post(t, CONFIRM, { t: token });
    expect(again.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'token',
          message: expect.stringMatching(/^ongeldige, verlopen of al gebruikte link/) as unknown,
        },
      ],
    });
    const forged = await post(t, CONFIRM, { t: 'x'.repeat(43) });
    expect(forged.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM user_account WHERE email = 'nieuw@leerkracht.nl'`,
      ),
    ).toEqual([{ n: 1 }]);
  }, 60_000);

  it('an expired link creates nothing', async () => {
    await post(t, REGISTER, {
      i: {
        organisationName: 'Te laat',
        kvkNumber: '11223344',
        email: 'laat@leerkracht.nl',
        password: PW,
      },
    });
    const token = await confirmationTokenFor(t, 'laat@leerkracht.nl');
    await t.db.query(
      `UPDATE pending_registration SET expires_at = now() - interval '1 second' WHERE email = 'laat@leerkracht.nl'`,
    );
    const res = await post(t, CONFIRM, { t: token });
    expect(res.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'token',
        message: expect.stringMatching(/verlopen/) as unknown,
        code: 'LINK_INVALID',
      },
    ]);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM organisation WHERE kvk_number = '11223344'`),
    ).toEqual([{ n: 0 }]);
  }, 60_000);

  it('refuses a bearer token when no ADMIN_API_TOKEN is configured', async () => {
    const res = await post(t, VERIFY, { o: orgId }, { authorization: 'Bearer x' });
    // No ADMIN_API_TOKEN configured in this app: the bearer token is refused.
    expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
  const square = (lng: number, lat: number, d = 0.01) => [
    [lng, lat],
    [lng + d, lat],
    [lng + d, lat + d],
    [lng, lat + d],
    [lng, lat],
  ];
  const many = Array.from({ length: 5200 }, (_, i) => {
    const a = (2 * Math.PI * i) / 5200;
    return [4.4 + 0.05 * Math.cos(a), 51.92 + 0.05 * Math.sin(a)];
  });
  many.push(many[0]!);

  const BAD: [string, unknown, RegExp][] = [
    ['malformed JSON', '{"type": "Polygon", "coordinates": [[', /GeoJSON-object/],
    ['wrong type', { type: 'Point', coordinates: [4.4, 51.9] }, /"Polygon" of "MultiPolygon"/],
    [
      'unclosed ring',
      polygon(
        square(4.4, 51.9)
          .slice(0, 4)
          .concat([[4.41, 51.905]]),
      ),
      /niet gesloten/,
    ],
    [
      'self-intersection',
      polygon([
        [4.4, 51.9],
        [4.42, 51.92],
        [4.42, 51.9],
        [4.4, 51.92],
        [4.4, 51.9],
      ]),
      /snijdt zichzelf/,
    ],
    ['outside the Netherlands', polygon(square(2.35, 48.85)), /buiten Nederland/],
    ['too many vertices', polygon(many), /te veel hoekpunten/],
    [
      'too large',
      { type: 'Polygon', coordinates: [square(4.4, 51.9)], pad: 'x'.repeat(1_100_000) },
      /groter dan 1 MB/,
    ],
  ];

  it.each(BAD)(
    'refuses %s at the geometry field and writes nothing',
    async (_name, geometry, message) => {
      const count = async () =>
        (await t.db.query(
          `SELECT (SELECT count(*) FROM coverage_area WHERE offering_id = $1) AS areas,
                (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM change_event) AS changes`,
          [offeringId],
        )) as unknown[];
      const before = await count();
      const res = await post(
        t,
        COVERAGE,
        { i: { offeringId, areas: [{ kind: 'POLYGON', geometry }] } },
        headersOf(partner),
      );
      const error = res.errors![0]!;
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = error.extensions!.fields!;
      expect(
        fields.some((f) => f.field.startsWith('areas[0].geometry') && message.test(f.message)) ||
          fields.some((f) => /geometry/.test(f.field) && message.test(f.message)),
      ).toBe(true);
      expect(await count()).toEqual(before);
    },
  );

  it.each([
    ['text', '{"type": "Polygon"'],
    ['a number', 5],
    ['a list', [[4.4, 51.9]]],
  ])(
    'names the geometry itself, exactly, when it is %s instead of an object',
    async (_name, geometry) => {
      const res = await post(
        t,
        COVERAGE,
        { i: { offeringId, areas: [{ kind: 'POLYGON', geometry }] } },
        headersOf(partner),
      );
      const fields = res.errors![0]!.extensions!.fields!.map((f) => f.field);
      expect(fields).toEqual(['areas[0].geometry']);
    },
  );

  it('accepts two municipalities and a drawn polygon for the partner’s own offering', async () => {
    const res = await post(
      t,
      COVERAGE,
      {
        i: {
          offeringId,
          areas: [
            { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
            { kind: 'MUNICIPALITY', municipalityCode: 'GM0622' },
            { kind: 'POLYGON', geometry: polygon(square(4.4, 51.9)) },
          ],
        },
      },
      headersOf(partner),
    );
    expect(res.errors).toBeUndefined();
  });

  it('backs off after repeated wrong passwords, per email and IP', async () => {
    const q = WRONG_LOGIN;
    for (let i = 0; i < 5; i++) {
      expect((await post(t, q)).errors![0]!.extensions).toMatchObject({
        reason: 'BAD_CREDENTIALS',
      });
    }
    expect((await post(t, q)).errors![0]!.extensions).toMatchObject({ reason: 'BAD_CREDENTIALS' });
    // The same code as every other limit (RATE_LIMITED, with the wait), Dutch first.
    const limited = (await post(t, q)).errors![0]!;
    expect(limited.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      scope: 'EMAIL_AND_IP',
      reason: 'RATE_LIMITED',
    });
    expect(
      (limited.extensions as { retryAfterSeconds?: number }).retryAfterSeconds,
    ).toBeGreaterThan(0);
    expect(limited.message).toMatch(/^Te veel mislukte inlogpogingen .* \(too many failed sign-in/);
    // Seven argon2id verifications: slow on a busy 2-core machine.
  }, 30_000);

  it('resets a password through the mail outbox, ends old sessions, and logs out', async () => {
    // A partner of its own: the reset ends every session of its account, and the other tests
    // use the shared partner's; the backoff test may have limited the shared address's logins.
    const email = 'reset@leerkracht.nl';
    const { session: own } = await registerAndConfirm(t, {
      organisationName: 'Stichting Wachtwoord Schiedam',
      kvkNumber: '13572468',
      email,
      password: PW,
    });
    const other = await login(t, email, PW);
    await post(t, REQUEST_RESET, { e: email });
    const [mail] = (await t.db.query(
      `SELECT body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
      [email],
    )) as { body: string }[];
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
    const reset = await post(t, RESET, { t: token });
    expect(reset.errors).toBeUndefined();
    const again = await post(t, RESET_AGAIN, { t: token });
    expect(again.errors![0]!.extensions?.fields?.[0]?.field).toBe('token');
    const me = await post(t, ME, {}, headersOf(own));
    expect(me.data!.me).toBeNull();
    expect((await post(t, ME, {}, headersOf(other))).data!.me).toBeNull();

    const fresh = await login(t, email, 'nieuw wachtwoord 2026');
    await post(t, LOGOUT, {}, headersOf(fresh));
    expect((await post(t, ME, {}, headersOf(fresh))).data!.me).toBeNull();
    // Every session of this account is gone (the partner signed up in beforeAll keeps its own).
    const sessions = (await t.db.query(
      `SELECT count(*)::int AS n FROM session s JOIN user_account a ON a.id = s.user_id
        WHERE a.email = $1`,
      [email],
    )) as { n: number }[];
    expect(sessions[0]!.n).toBe(0);
  }, 60_000);
});
