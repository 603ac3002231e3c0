import { graphql } from '../generated/gql.js';
import type { CreateAccountInput } from '../generated/graphql.js';
import { suiteTestApp } from '../support/test-app.js';
import { OPERATOR_TOKEN, post } from './accounts-support.js';

const CREATE = graphql(`
  mutation CreateAccount($i: CreateAccountInput!) {
    createAccount(input: $i) {
      id email role organisationId organisationName schoolCodes municipalityCodes createdAt
    }
  }`);
const LIST = graphql(`
  query ListAccounts($role: Role, $search: String) {
    accounts(role: $role, search: $search) {
      email role organisationName schoolCodes municipalityCodes
    }
  }`);
const ADMIN = { authorization: `Bearer ${OPERATOR_TOKEN}` };

// The admin's account list, and account creation refusing links to things that do not exist
// (at the field, writing nothing) instead of making an account that can see nothing.
describe('accounts for admins', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let orgId: string;
  let orgName: string;

  beforeAll(async () => {
    const [org] = (await t.db.query(`SELECT id, name FROM organisation ORDER BY name LIMIT 1`)) as {
      id: string;
      name: string;
    }[];
    orgId = org!.id;
    orgName = org!.name;
  }, 120_000);

  const count = async (table: string) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n;

  it('creates accounts with their links, mails an invitation, and lists them', async () => {
    const mailsBefore = await count('mail_outbox');
    const editor = await post(
      t,
      CREATE,
      { i: { email: 'Redacteur@Partner.nl', role: 'PARTNER_EDITOR', organisationId: orgId } },
      ADMIN,
    );
    expect(editor.errors).toBeUndefined();
    expect(editor.data!.createAccount).toMatchObject({
      email: 'redacteur@partner.nl',
      role: 'PARTNER_EDITOR',
      organisationId: orgId,
      organisationName: orgName,
      schoolCodes: [],
    });
    const staff = await post(
      t,
      CREATE,
      // Codes are upper-cased and de-duplicated.
      { i: { email: 'ib@school.nl', role: 'SCHOOL_STAFF', schoolCodes: ['zz0100', 'ZZ0100'] } },
      ADMIN,
    );
    expect(staff.data!.createAccount).toMatchObject({ schoolCodes: ['ZZ0100'] });
    const officer = await post(
      t,
      CREATE,
      {
        i: {
          email: 'beleid@gemeente.nl',
          role: 'MUNICIPALITY_OFFICER',
          municipalityCodes: ['GM0606'],
        },
      },
      ADMIN,
    );
    expect(officer.errors).toBeUndefined();
    expect(await count('mail_outbox')).toBe(mailsBefore + 3);
    const [invite] = (await t.db.query(
      `SELECT subject, body FROM mail_outbox WHERE recipient = 'ib@school.nl'`,
    )) as { subject: string; body: string }[];
    expect(invite!.subject).toBe('Welkom bij Partnerwijzer');
    expect(invite!.body).toMatch(/\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+&welkom=1/);

    const all = await post(t, LIST, {}, ADMIN);
    expect(all.data!.accounts.map((a) => a.email)).toEqual(
      expect.arrayContaining(['redacteur@partner.nl', 'ib@school.nl', 'beleid@gemeente.nl']),
    );
    const editors = await post(t, LIST, { role: 'PARTNER_EDITOR' }, ADMIN);
    expect(editors.data!.accounts).toEqual([
      {
        email: 'redacteur@partner.nl',
        role: 'PARTNER_EDITOR',
        organisationName: orgName,
        schoolCodes: [],
        municipalityCodes: [],
      },
    ]);
    const byOrg = await post(t, LIST, { search: orgName.slice(0, 8).toUpperCase() }, ADMIN);
    expect(byOrg.data!.accounts.map((a) => a.email)).toEqual(['redacteur@partner.nl']);
    const odd = await post(t, LIST, { search: '%_\\' }, ADMIN);
    expect(odd.data!.accounts).toEqual([]);
  }, 60_000);

  it('refuses links to unknown organisations, schools and municipalities at the field', async () => {
    const before = [
      await count('user_account'),
      await count('audit_log'),
      await count('mail_outbox'),
    ];
    const cases: [Omit<CreateAccountInput, 'email'>, string, RegExp][] = [
      [
        { role: 'PARTNER_EDITOR', organisationId: '00000000-0000-4000-8000-000000000000' },
        'organisationId',
        /onbekende organisatie/,
      ],
      [{ role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100', 'QQ9999'] }, 'schoolCodes', /QQ9999/],
      [
        { role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM9999'] },
        'municipalityCodes',
        /GM9999/,
      ],
      [{ role: 'SCHOOL_STAFF' }, 'schoolCodes', /minstens één school/],
      [{ role: 'PARTNER_EDITOR' }, 'organisationId', /verplicht/],
    ];
    for (const [input, field, message] of cases) {
      const res = await post(t, CREATE, { i: { email: 'nieuw@school.nl', ...input } }, ADMIN);
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions?.fields).toEqual([
        expect.objectContaining({ field, message: expect.stringMatching(message) as string }),
      ]);
    }
    const duplicate = await post(
      t,
      CREATE,
      { i: { email: 'IB@school.nl', role: 'SCHOOL_STAFF', schoolCodes: ['ZZ0100'] } },
      ADMIN,
    );
    expect(duplicate.errors![0]!.extensions?.fields?.[0]?.field).toBe('email');
    expect([
      await count('user_account'),
      await count('audit_log'),
      await count('mail_outbox'),
    ]).toEqual(before);
  }, 60_000);
});
