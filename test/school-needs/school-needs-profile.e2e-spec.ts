import { schoolYearOf } from '@partnerwijzer/domain';
import { SchoolNeedsService } from '../../apps/api/src/modules/school-needs/index.js';
import { suiteTestApp, type GqlResponse } from '../support/test-app.js';
import { OPERATOR_TOKEN, post, signInHeaders } from '../accounts/accounts-support.js';

// The needs profile of a school over real GraphQL and a real database: who may read and
// write it, what partners and the public see, and hostile input (issue 14, parts 2 and 7).

const SCHOOL = 'ZZ0100'; // BAO in Schiedam (GM0606)
const OTHER_SCHOOL = 'ZZ0101'; // BAO in Schiedam
const ELSEWHERE = 'ZZ0300'; // BAO in Vlaardingen (GM0622)
const VO_SCHOOL = 'ZZ0200'; // VO in Schiedam
const YEAR = '2026-2027';

const SET = `mutation ($i: SetSchoolNeedsProfileInput!) {
  setSchoolNeedsProfile(input: $i) {
    vestigingscode schoolYear visibleToPartners items { interventionCode priority groups note }
  }
}`;
const GET = `query ($v: String!, $y: String) {
  schoolNeedsProfile(vestigingscode: $v, schoolYear: $y) {
    vestigingscode schoolYear visibleToPartners items { interventionCode priority groups note }
  }
}`;
const DEFAULTS = `query ($v: String!, $y: String) {
  schoolNeedsDefaults(vestigingscode: $v, schoolYear: $y) {
    vestigingscode schoolYear published items { interventionCode priority weight groups }
  }
}`;

const PROFILE = {
  vestigingscode: SCHOOL,
  schoolYear: YEAR,
  visibleToPartners: false,
  items: [
    { interventionCode: 'TAAL_LEZEN', priority: 'HIGH', groups: [4, 3], note: 'Begrijpend lezen' },
    { interventionCode: 'EXTRA_LEERTIJD', priority: 'MEDIUM', groups: [], note: null },
  ],
};

type Headers = Record<string, string>;

function codeOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

describe('school needs profile (GraphQL)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  const as: Record<string, Headers> = {};

  beforeAll(async () => {
    const org = (
      (await t.db.query(`SELECT id FROM organisation ORDER BY name, id LIMIT 1`)) as {
        id: string;
      }[]
    )[0]!.id;
    Object.assign(
      as,
      await signInHeaders(t, {
        staff: { email: 'staff@needs.nl', role: 'SCHOOL_STAFF', schoolCodes: [SCHOOL, VO_SCHOOL] },
        other: { email: 'other@needs.nl', role: 'SCHOOL_STAFF', schoolCodes: [OTHER_SCHOOL] },
        officer: {
          email: 'officer@needs.nl',
          role: 'MUNICIPALITY_OFFICER',
          municipalityCodes: ['GM0606'],
        },
        vlaardingen: {
          email: 'vlaardingen@needs.nl',
          role: 'MUNICIPALITY_OFFICER',
          municipalityCodes: ['GM0622'],
        },
        partner: { email: 'partner@needs.nl', role: 'PARTNER_EDITOR', organisationId: org },
        admin: { email: 'admin@needs.nl', role: 'ADMIN' },
      }),
    );
    as.anonymous = {};
    as.operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
  }, 180_000);

  /** SCHOOL's profile for YEAR is PROFILE, saved by its staff: where the tests below start. */
  async function savedProfile(): Promise<void> {
    expect((await post(t, SET, { i: PROFILE }, as.staff)).errors).toBeUndefined();
  }

  async function counts(): Promise<string> {
    const rows = (await t.db.query(`
      SELECT (SELECT count(*) FROM audit_log) AS audit,
             (SELECT string_agg(vestigingscode || school_year || visible_to_partners || updated_at, ',' ORDER BY vestigingscode, school_year) FROM school_needs_profile) AS profiles,
             (SELECT string_agg(vestigingscode || intervention_code || priority || groups::text || coalesce(note, '-'), ',' ORDER BY 1) FROM school_needs_item) AS items`)) as unknown[];
    return JSON.stringify(rows[0]);
  }

  it('lets the school’s staff set the profile, reads it back in taxonomy order, and audits it', async () => {
    // A first profile: none for SCHOOL and YEAR yet (another test may have saved one), and only
    // the audit lines written from here on.
    await t.db.query(
      `DELETE FROM school_needs_profile WHERE vestigingscode = $1 AND school_year = $2`,
      [SCHOOL, YEAR],
    );
    const [{ lastAudit }] = (await t.db.query(
      `SELECT coalesce(max(id), 0) AS "lastAudit" FROM audit_log`,
    )) as { lastAudit: string }[];
    const res = await post<{ setSchoolNeedsProfile: unknown }>(t, SET, { i: PROFILE }, as.staff);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSchoolNeedsProfile).toEqual({
      vestigingscode: SCHOOL,
      schoolYear: YEAR,
      visibleToPartners: false,
      items: [
        { interventionCode: 'EXTRA_LEERTIJD', priority: 'MEDIUM', groups: [], note: null },
        {
          interventionCode: 'TAAL_LEZEN',
          priority: 'HIGH',
          groups: [3, 4],
          note: 'Begrijpend lezen',
        },
      ],
    });
    const read = await post<{ schoolNeedsProfile: unknown }>(
      t,
      GET,
      { v: SCHOOL, y: YEAR },
      as.staff,
    );
    expect(read.data!.schoolNeedsProfile).toEqual(res.data!.setSchoolNeedsProfile);
    const audit = (await t.db.query(
      `SELECT actor_label, action, changes FROM audit_log
        WHERE entity = 'SCHOOL_NEEDS_PROFILE' AND entity_id = $1 AND id > $2 ORDER BY id`,
      [`${SCHOOL}:${YEAR}`, lastAudit],
    )) as { actor_label: string; action: string; changes: { items: { to: unknown[] } } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_label: 'staff@needs.nl', action: 'CREATE' });
    expect(audit[0]!.changes.items.to).toHaveLength(2);
  }, 60_000);

  it('replaces the whole profile on a second save and audits the change from → to', async () => {
    await savedProfile();
    const next = { ...PROFILE, items: [{ interventionCode: 'MENTORING', priority: 'LOW' }] };
    const res = await post<{ setSchoolNeedsProfile: { items: unknown[] } }>(
      t,
      SET,
      { i: next },
      as.admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setSchoolNeedsProfile.items).toEqual([
      { interventionCode: 'MENTORING', priority: 'LOW', groups: [], note: null },
    ]);
    const [last] = (await t.db.query(
      `SELECT action, changes FROM audit_log WHERE entity = 'SCHOOL_NEEDS_PROFILE' ORDER BY id DESC LIMIT 1`,
    )) as { action: string; changes: { items: { from: unknown[]; to: unknown[] } } }[];
    expect(last!.action).toBe('UPDATE');
    expect(last!.changes.items.from).toHaveLength(2);
    expect(last!.changes.items.to).toHaveLength(1);
    // Back to the first profile.
    await savedProfile();
  }, 60_000);

  it('writes and audits nothing when the profile is saved again as it is stored', async () => {
    await savedProfile();
    const before = await counts();
    // The same profile, its items in another order: nothing changes.
    const again = { ...PROFILE, items: [...PROFILE.items].reverse() };
    expect((await post(t, SET, { i: again }, as.staff)).errors).toBeUndefined();
    expect(await counts()).toBe(before);
  }, 60_000);

  it('lets the municipality’s officer and admins read it, and no one else', async () => {
    const outcomes: Record<string, string> = {};
    for (const who of [
      'staff',
      'officer',
      'admin',
      'operator',
      'other',
      'vlaardingen',
      'partner',
      'anonymous',
    ]) {
      const res = await post(t, GET, { v: SCHOOL, y: YEAR }, as[who]);
      outcomes[who] = codeOf(res) ?? (res.data ? 'OK' : 'NO DATA');
    }
    expect(outcomes).toEqual({
      staff: 'OK',
      officer: 'OK',
      admin: 'OK',
      operator: 'OK',
      other: 'FORBIDDEN',
      vlaardingen: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    });
  }, 60_000);

  it('lets only the school’s staff and admins write it; refusals write nothing', async () => {
    const before = await counts();
    for (const who of ['other', 'officer', 'partner', 'vlaardingen']) {
      const res = await post(t, SET, { i: { ...PROFILE, visibleToPartners: true } }, as[who]);
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
    }
    expect(codeOf(await post(t, SET, { i: PROFILE }, as.anonymous))).toBe('UNAUTHENTICATED');
    expect(await counts()).toBe(before);
  }, 60_000);

  it('refuses another school’s profile the same way whether it exists or not', async () => {
    // SCHOOL has a profile, ELSEWHERE has none, ZZ9999 is no school at all.
    const answers = [];
    for (const v of [SCHOOL, ELSEWHERE, 'ZZ9999']) {
      const res = await post(t, GET, { v, y: YEAR }, as.other);
      answers.push({
        errors: res.errors?.map((e) => [e.message, e.extensions?.code]),
        data: res.data,
      });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[1]).toEqual(answers[2]);
    expect(answers[0]!.errors).toEqual([['Geen toegang (forbidden)', 'FORBIDDEN']]);
    // A write for an unknown school by staff: refused the same way.
    const res = await post(t, SET, { i: { ...PROFILE, vestigingscode: 'ZZ9999' } }, as.other);
    expect(res.errors!.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Geen toegang (forbidden)', 'FORBIDDEN'],
    ]);
    // Only an admin learns that a code is unknown.
    const admin = await post(t, GET, { v: 'ZZ9999', y: YEAR }, as.admin);
    expect(admin.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_FOUND',
    });
    // A school without a profile, asked by someone who may read it: null.
    const none = await post<{ schoolNeedsProfile: unknown }>(
      t,
      GET,
      { v: ELSEWHERE, y: YEAR },
      as.vlaardingen,
    );
    expect(none.errors).toBeUndefined();
    expect(none.data!.schoolNeedsProfile).toBeNull();
  }, 60_000);

  it('shows the finder’s defaults: the own profile to its readers, only an opted-in one to others, never notes', async () => {
    await savedProfile();
    const get = async (who: string) =>
      (
        await post<{
          schoolNeedsDefaults: {
            published: boolean;
            items: { interventionCode: string; weight: number }[];
          } | null;
        }>(t, DEFAULTS, { v: SCHOOL, y: YEAR }, as[who])
      ).data!.schoolNeedsDefaults;
    // Not opted in: the school and its officer see it, the public and partners see nothing.
    expect((await get('staff'))!.items.map((i) => [i.interventionCode, i.weight])).toEqual([
      ['EXTRA_LEERTIJD', 0.6],
      ['TAAL_LEZEN', 1],
    ]);
    expect((await get('officer'))!.published).toBe(false);
    expect(await get('anonymous')).toBeNull();
    expect(await get('partner')).toBeNull();
    expect(await get('other')).toBeNull();
    // Opted in: everyone, still without notes (the type has no note field at all).
    expect(
      (await post(t, SET, { i: { ...PROFILE, visibleToPartners: true } }, as.staff)).errors,
    ).toBeUndefined();
    expect(await get('anonymous')).toMatchObject({ published: true });
    expect((await get('partner'))!.items).toHaveLength(2);
    const withNote = await post(
      t,
      `{ schoolNeedsDefaults(vestigingscode: "${SCHOOL}") { items { note } } }`,
    );
    expect(withNote.errors![0]!.message).toMatch(/note/);
    // The current school year is the default.
    const current = await post<{ schoolNeedsDefaults: { schoolYear: string } }>(
      t,
      `{ schoolNeedsDefaults(vestigingscode: "${SCHOOL}") { schoolYear } }`,
    );
    expect(current.data?.schoolNeedsDefaults?.schoolYear ?? schoolYearOf(new Date())).toBe(
      schoolYearOf(new Date()),
    );
    expect((await post(t, SET, { i: PROFILE }, as.staff)).errors).toBeUndefined();
  }, 60_000);

  it('refuses hostile input naming each field, Dutch first, and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { items: [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH', groups: [9] }] },
        ['items[0].groups'],
      ],
      [
        {
          items: [
            { interventionCode: 'TAAL_LEZEN', priority: 'HIGH' },
            { interventionCode: 'TAAL_LEZEN', priority: 'LOW', note: 'x'.repeat(301) },
          ],
        },
        ['items[1].interventionCode', 'items[1].note'],
      ],
      [
        { items: [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH', note: 'a\u202Eb' }] },
        ['items[0].note'],
      ],
      [{ schoolYear: '2026-2028' }, ['schoolYear']],
      [{ vestigingscode: "ZZ0100'; DROP TABLE school;--" }, ['vestigingscode']],
      [
        {
          items: Array.from({ length: 51 }, () => ({
            interventionCode: 'TAAL_LEZEN',
            priority: 'HIGH',
          })),
        },
        ['items'],
      ],
    ];
    for (const [patch, fields] of cases) {
      const res = await post(t, SET, { i: { ...PROFILE, ...patch } }, as.staff);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      // A direction override is refused before the resolver, by the input hygiene, which names
      // the variable ($i.items[0].note); the rules name the argument (input.items[1].note).
      const named = res.errors![0]!.extensions!.fields!.map((f) =>
        f.field.replace(/^(input|\$i)\./, ''),
      );
      expect(named).toEqual(fields);
      for (const f of res.errors![0]!.extensions!.fields!)
        expect(f.message).toMatch(/^[a-zà-ÿ].*\(.+\)$/);
    }
    // A VO school counts leerjaren 1–6: groep 7 is refused there, by name.
    const vo = await post(
      t,
      SET,
      {
        i: {
          ...PROFILE,
          vestigingscode: VO_SCHOOL,
          items: [{ interventionCode: 'MENTORING', priority: 'HIGH', groups: [7] }],
        },
      },
      as.staff,
    );
    expect(vo.errors![0]!.message).toBe(
      'items[0].groups: alleen leerjaar 1–6 voor deze school (only leerjaar 1–6 for this school)',
    );
    // Unknown enum values never reach the service.
    const badEnum = await post(
      t,
      SET,
      { i: { ...PROFILE, items: [{ interventionCode: 'X', priority: 'HIGH' }] } },
      as.staff,
    );
    expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
    // A control character anywhere is refused before anything runs.
    const nul = await post(
      t,
      SET,
      {
        i: {
          ...PROFILE,
          items: [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH', note: 'a\u0000b' }],
        },
      },
      as.staff,
    );
    expect(codeOf(nul)).toBe('BAD_USER_INPUT');
    expect(await counts()).toBe(before);
  }, 90_000);

  it('hands other modules the profiles of many schools at once (profilesFor)', async () => {
    const service = t.app.get(SchoolNeedsService);
    await savedProfile();
    await post(
      t,
      SET,
      { i: { ...PROFILE, vestigingscode: OTHER_SCHOOL, visibleToPartners: true } },
      as.other,
    );
    await post(t, SET, { i: { ...PROFILE, schoolYear: '2027-2028' } }, as.staff);
    const all = await service.profilesFor(null, YEAR);
    expect([...all.keys()]).toEqual([SCHOOL, OTHER_SCHOOL].sort());
    expect(all.get(SCHOOL)!.items.map((i) => i.note)).toEqual([null, 'Begrijpend lezen']);
    const some = await service.profilesFor([SCHOOL, ELSEWHERE], YEAR);
    expect([...some.keys()]).toEqual([SCHOOL]);
    const visible = await service.profilesFor(null, YEAR, { visibleOnly: true });
    expect([...visible.keys()]).toEqual([OTHER_SCHOOL]);
    expect((await service.profilesFor(null, '2027-2028')).get(SCHOOL)!.items).toHaveLength(2);
    expect((await service.profilesFor([], YEAR)).size).toBe(0);
  }, 60_000);
});
