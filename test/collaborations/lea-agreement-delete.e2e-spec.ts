import { OPERATOR_TOKEN, post, signedInAs, TWO_OFFICERS } from '../accounts/accounts-support.js';
import { suiteTestApp, type GqlResponse } from '../support/test-app.js';

// Deleting an LEA agreement (deleteLeaAgreement), over HTTP on a real database: the
// municipality's own officer and an admin may, with its themes and a line in the audit log;
// another municipality's officer is refused exactly as for an id that does not exist, and
// nothing is written; an unknown id is NOT_FOUND only for an admin; anonymous callers are asked
// to sign in. Saving an agreement deleted meanwhile is refused the same way.

const SAVE = `mutation ($i: LeaAgreementInput!) { saveLeaAgreement(input: $i) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteLeaAgreement(id: $id) }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Who = 'officer' | 'officerOther' | 'admin';

describe('deleting an LEA agreement', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let as: (who: Who) => Record<string, string>;

  beforeAll(async () => {
    as = await signedInAs<Who>(t, {
      ...TWO_OFFICERS,
      admin: { email: 'beheer@partnerwijzer.nl', role: 'ADMIN' },
    });
  }, 180_000);

  const agreement = (title: string) => ({
    municipalityCode: 'GM0606',
    title,
    startsOn: '2026-08-01',
    endsOn: '2030-07-31',
    themes: [
      { interventionCode: 'TAAL_LEZEN', goal: 'Elke school werkt aan leesplezier' },
      { interventionCode: 'OUDERBETROKKENHEID', goal: 'Ouders lezen mee' },
    ],
  });
  async function newAgreement(title: string): Promise<string> {
    const res = await post<{ saveLeaAgreement: { id: string } }>(
      t,
      SAVE,
      { i: agreement(title) },
      as('officer'),
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.saveLeaAgreement.id;
  }

  async function snapshot(): Promise<string> {
    const rows = (await t.db.query(`
      SELECT (SELECT count(*) FROM audit_log) AS audit,
             (SELECT string_agg(id || title || updated_at, ',' ORDER BY id) FROM lea_agreement) AS a,
             (SELECT count(*) FROM lea_agreement_theme) AS th`)) as unknown[];
    return JSON.stringify(rows[0]);
  }
  const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const stored = async (id: string) =>
    (
      (await t.db.query(
        `SELECT (SELECT count(*) FROM lea_agreement WHERE id = $1)::int AS agreements,
                (SELECT count(*) FROM lea_agreement_theme WHERE agreement_id = $1)::int AS themes`,
        [id],
      )) as { agreements: number; themes: number }[]
    )[0]!;

  it('lets the municipality’s officer delete its agreement, themes included, and audits it', async () => {
    const id = await newAgreement('LEA Schiedam 2026–2030');
    expect(await stored(id)).toEqual({ agreements: 1, themes: 2 });
    const res = await post<{ deleteLeaAgreement: boolean }>(t, DELETE, { id }, as('officer'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteLeaAgreement).toBe(true);
    expect(await stored(id)).toEqual({ agreements: 0, themes: 0 });
    const audit = (await t.db.query(
      `SELECT actor_label AS "actor", action, changes FROM audit_log
        WHERE entity = 'LEA_AGREEMENT' AND entity_id = $1 ORDER BY id`,
      [id],
    )) as { actor: string; action: string; changes: Record<string, unknown> }[];
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
    expect(audit[1]).toMatchObject({
      actor: expect.stringContaining('lea@schiedam.nl'),
      changes: { municipalityCode: 'GM0606', title: 'LEA Schiedam 2026–2030' },
    });
    // Gone: a second delete is refused as any unknown id.
    const again = await post(t, DELETE, { id }, as('officer'));
    expect(codeOf(again)).toBe('FORBIDDEN');
  }, 60_000);

  it('refuses another municipality’s agreement exactly as an unknown one, and writes nothing', async () => {
    const id = await newAgreement('LEA Schiedam, niet van Vlaardingen');
    const before = await snapshot();
    const theirs = await post(t, DELETE, { id }, as('officerOther'));
    const unknown = await post(t, DELETE, { id: UNKNOWN }, as('officerOther'));
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    // Whether it exists is not to be read from the answer.
    expect({ ...unknown.errors![0], path: null }).toEqual({ ...theirs.errors![0], path: null });
    expect(unknown.data).toEqual(theirs.data);
    expect(await snapshot()).toBe(before);
    expect(await stored(id)).toEqual({ agreements: 1, themes: 2 });
  }, 60_000);

  it('tells an admin an unknown id is unknown, naming the field; refuses a malformed id', async () => {
    const before = await snapshot();
    const unknown = await post(t, DELETE, { id: UNKNOWN }, as('admin'));
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'id', code: 'NOT_FOUND' }),
    ]);
    const malformed = await post(t, DELETE, { id: 'geen-id' }, as('officer'));
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'id', message: 'is geen geldig id (not a valid id)' }),
    ]);
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('lets an admin delete any municipality’s agreement', async () => {
    const id = await newAgreement('LEA Schiedam, door beheer verwijderd');
    const res = await post<{ deleteLeaAgreement: boolean }>(t, DELETE, { id }, as('admin'));
    expect(res.errors).toBeUndefined();
    expect(await stored(id)).toEqual({ agreements: 0, themes: 0 });
  }, 60_000);

  it('asks an anonymous caller to sign in, and writes nothing', async () => {
    const id = await newAgreement('LEA Schiedam, anoniem');
    const before = await snapshot();
    const res = await post(t, DELETE, { id }, {});
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('refuses saving an agreement that was deleted, as an unknown one, and writes nothing', async () => {
    const id = await newAgreement('LEA Schiedam, verwijderd en toen bewaard');
    await post(t, DELETE, { id }, as('officer'));
    const before = await snapshot();
    const res = await post(t, SAVE, { i: { ...agreement('Toch weer'), id } }, as('officer'));
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  }, 60_000);
});
