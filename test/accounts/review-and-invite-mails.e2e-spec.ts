import { suiteTestApp } from '../support/test-app.js';
import {
  headersOf,
  newestMail,
  OPERATOR_TOKEN,
  post,
  registerAndConfirm,
} from './accounts-support.js';

// The mails an admin's actions send are read by partners and school staff who may not read
// Dutch: each carries its English after the Dutch, and the review mails link to the portal
// where the partner goes next (before, they were Dutch only and the review mails had no link).

const ADMIN = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const PUBLIC_URL = 'https://partnerwijzer.example.nl';
const VERIFY = `mutation ($o: ID!) { verifyOrganisation(organisationId: $o) { status } }`;
const REJECT = `mutation ($o: ID!, $r: String!) { rejectOrganisation(organisationId: $o, reason: $r) { status } }`;
const RESUBMIT = `mutation ($o: ID!) { resubmitOrganisation(organisationId: $o) { status } }`;
const REASON = `query ($o: ID!) { organisation(id: $o) { status rejectionReason } }`;
const PENDING = `{ pendingOrganisations { id } }`;
const CREATE = `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }`;
const RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const PW = 'een lange zin als wachtwoord voor de proef';

describe('review, invitation and reset mails', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN, PUBLIC_URL });
  /** A partner signed up and confirmed (registerAndConfirm), with the suite's password. */
  const signUp = (organisationName: string, kvkNumber: string, email: string) =>
    registerAndConfirm(t, { organisationName, kvkNumber, email, password: PW });

  it('verification and rejection name the organisation and link to the portal, in Dutch and English', async () => {
    const verified = await signUp('Stichting Goedgekeurd', '44556601', 'info@goedgekeurd.nl');
    const rejected = await signUp('Stichting Nog Niet', '44556602', 'info@nognietgoed.nl');
    expect((await post(t, VERIFY, { o: verified.organisationId }, ADMIN)).errors).toBeUndefined();
    const no = await post(t, REJECT, { o: rejected.organisationId, r: 'KvK klopt niet' }, ADMIN);
    expect(no.errors).toBeUndefined();

    const yes = await newestMail(t, 'info@goedgekeurd.nl');
    expect(yes!.subject).toBe('Uw organisatie is geverifieerd');
    expect(yes!.body).toContain(`${PUBLIC_URL}/portaal\n`);
    expect(yes!.body).toMatch(/^Stichting Goedgekeurd staat nu als geverifieerde partner/);
    expect(yes!.body).toContain('(English: Stichting Goedgekeurd is now a verified partner');

    const refused = await newestMail(t, 'info@nognietgoed.nl');
    expect(refused!.subject).toBe('Uw aanmelding is afgewezen');
    expect(refused!.body).toContain('Reden: KvK klopt niet');
    expect(refused!.body).toContain(`${PUBLIC_URL}/portaal\n`);
    expect(refused!.body).toContain(
      '(English: Stichting Nog Niet was not verified. Reason: KvK klopt niet.',
    );

    // Reviewing again says where the organisation stands in words, not by its status code.
    const twice = await post(t, REJECT, { o: verified.organisationId, r: 'Toch niet' }, ADMIN);
    expect(twice.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'organisationId',
        message:
          'wacht niet op verificatie, de organisatie is al geverifieerd (is not waiting for verification, the organisation is verified already)',
        code: 'NOT_PENDING',
      },
    ]);
  }, 60_000);

  it('a rejected partner reads why, corrects and asks again: back in the admins’ queue; nobody else reads the reason or asks for them', async () => {
    const rejected = await signUp('Stichting Tweede Kans', '44556603', 'info@tweedekans.nl');
    const other = await signUp('Stichting Buurman', '44556604', 'info@buurman.nl');
    const o = rejected.organisationId;
    const own = headersOf(rejected.session);
    const reason = 'De KvK-inschrijving hoort bij een andere stichting';
    expect((await post(t, REJECT, { o, r: reason }, ADMIN)).errors).toBeUndefined();
    const mail = await newestMail(t, 'info@tweedekans.nl');
    expect(mail!.body).toContain('bied uw organisatie daar opnieuw ter verificatie aan');

    // The reason is the partner's own (and the admins'), not the public's or another partner's.
    expect((await post(t, REASON, { o }, own)).data).toEqual({
      organisation: { status: 'DRAFT', rejectionReason: reason },
    });
    expect((await post(t, REASON, { o }, ADMIN)).data!).toMatchObject({
      organisation: { rejectionReason: reason },
    });
    // While rejected (DRAFT) the organisation itself is hidden from them (directory
    // visibility): the answer for an unknown id.
    for (const headers of [undefined, headersOf(other.session)]) {
      const hidden = await post<{ organisation: unknown }>(t, REASON, { o }, headers);
      expect(hidden.data?.organisation ?? null).toBeNull();
      expect(hidden.errors![0]!.extensions?.reason).toBe('NOT_FOUND');
    }

    // Another partner cannot ask for it, nor can an anonymous visitor.
    const stranger = await post(t, RESUBMIT, { o }, headersOf(other.session));
    expect(stranger.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect((await post(t, RESUBMIT, { o })).errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');

    const again = await post(t, RESUBMIT, { o }, own);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ resubmitOrganisation: { status: 'PENDING' } });
    const queue = await post<{ pendingOrganisations: { id: string }[] }>(t, PENDING, {}, ADMIN);
    expect(queue.data!.pendingOrganisations.map((x) => x.id)).toContain(o);
    // Waiting for verification again, it is public, and its reason still the partner's own.
    expect((await post(t, REASON, { o }, own)).data).toEqual({
      organisation: { status: 'PENDING', rejectionReason: reason },
    });
    for (const headers of [undefined, headersOf(other.session)]) {
      expect((await post(t, REASON, { o }, headers)).data).toEqual({
        organisation: { status: 'PENDING', rejectionReason: null },
      });
    }
    const audit = (await t.db.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [o],
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['REGISTER', 'REJECT', 'RESUBMIT']);

    // Asking twice, or once verified, says where the organisation stands.
    const twice = await post(t, RESUBMIT, { o }, own);
    expect(twice.errors![0]!.extensions?.fields).toEqual([
      {
        field: 'organisationId',
        message:
          'kan niet opnieuw ter verificatie: de organisatie wacht al op verificatie (cannot be submitted again: the organisation is waiting for verification already)',
        code: 'CANNOT_RESUBMIT',
      },
    ]);
    expect((await post(t, VERIFY, { o }, ADMIN)).errors).toBeUndefined();
    expect((await post(t, REASON, { o }, own)).data).toEqual({
      organisation: { status: 'VERIFIED', rejectionReason: null },
    });
  }, 60_000);

  it('the queue shows an admin how to reach a registration without a phone or profile e-mail: the address that signed up, to nobody else', async () => {
    const { organisationId, session } = await signUp(
      'Stichting Zonder Telefoon',
      '44556609',
      'aanmelder@zondertelefoon.nl',
    );
    const ASK = `{ pendingOrganisations { id email phone accountEmails } }`;
    const queue = await post<{
      pendingOrganisations: {
        id: string;
        email: string | null;
        phone: string | null;
        accountEmails: string[];
      }[];
    }>(t, ASK, {}, ADMIN);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.pendingOrganisations.find((x) => x.id === organisationId)).toEqual({
      id: organisationId,
      email: null,
      phone: null,
      accountEmails: ['aanmelder@zondertelefoon.nl'],
    });
    // The partner itself and anonymous visitors get no queue; the public organisation has no
    // such field at all.
    const own = await post(t, ASK, {}, headersOf(session));
    expect(own.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect((await post(t, ASK, {})).errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const profile = await post(t, `query ($o: ID!) { organisation(id: $o) { accountEmails } }`, {
      o: organisationId,
    });
    expect(profile.errors![0]!.message).toContain('accountEmails');
    // The queue's type carries the organisation's computed fields too: each resolves there, as
    // on the organisation itself (never confirmed yet: stale).
    const FIELDS = 'id isStale rejectionReason offerings { id } interventionTypes { code }';
    const computed = await post<{ pendingOrganisations: { id: string }[] }>(
      t,
      `{ pendingOrganisations { ${FIELDS} } }`,
      {},
      ADMIN,
    );
    expect(computed.errors).toBeUndefined();
    const itself = await post<{ organisation: unknown }>(
      t,
      `query ($o: ID!) { organisation(id: $o) { ${FIELDS} } }`,
      { o: organisationId },
      ADMIN,
    );
    expect(itself.data!.organisation).toEqual({
      id: organisationId,
      isStale: true,
      rejectionReason: null,
      offerings: [],
      interventionTypes: [],
    });
    expect(computed.data!.pendingOrganisations.find((x) => x.id === organisationId)).toEqual(
      itself.data!.organisation,
    );
  }, 60_000);

  it('two resubmits at once move a rejected organisation once: one is refused, one RESUBMIT in the audit log', async () => {
    const rejected = await signUp('Stichting Dubbelklik', '44556605', 'info@dubbelklik.nl');
    const o = rejected.organisationId;
    const own = headersOf(rejected.session);
    expect((await post(t, REJECT, { o, r: 'Onvolledig' }, ADMIN)).errors).toBeUndefined();
    const answers = await Promise.all([1, 2, 3].map(() => post(t, RESUBMIT, { o }, own)));
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.errors !== undefined)) {
      expect(refused.errors![0]!.extensions?.fields).toEqual([
        {
          field: 'organisationId',
          message:
            'kan niet opnieuw ter verificatie: de organisatie wacht al op verificatie (cannot be submitted again: the organisation is waiting for verification already)',
          code: 'CANNOT_RESUBMIT',
        },
      ]);
    }
    const audit = (await t.db.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [o],
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['REGISTER', 'REJECT', 'RESUBMIT']);
  }, 60_000);

  it('the invitation and the reset mail carry their English after the Dutch', async () => {
    const made = await post(
      t,
      CREATE,
      { i: { email: 'ib@uitgenodigd.nl', role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] } },
      ADMIN,
    );
    expect(made.errors).toBeUndefined();
    const invite = await newestMail(t, 'ib@uitgenodigd.nl');
    expect(invite!.body.indexOf('Stel uw wachtwoord in via')).toBeLessThan(
      invite!.body.indexOf('(English: an account was made for you'),
    );
    expect(invite!.body).toMatch(/\(English: an account was made for you .*within 168 hours/);

    expect((await post(t, RESET, { e: 'ib@uitgenodigd.nl' })).errors).toBeUndefined();
    const reset = await newestMail(t, 'ib@uitgenodigd.nl');
    expect(reset!.subject).toBe('Wachtwoord opnieuw instellen');
    expect(reset!.body).toMatch(
      /\(English: you asked for a new Partnerwijzer password .*ignore this mail\.\)/,
    );
    // One hour, not "1 hours".
    expect(reset!.body).toContain('within 1 hour (it works once)');
  }, 60_000);
});
