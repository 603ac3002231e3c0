import { writeImportedIndicators } from '../../apps/api/src/modules/indicators/index.js';
import { suiteTestApp } from '../support/test-app.js';
import { schoolwegingRow } from './schoolweging-row.js';
import { OPERATOR_TOKEN, post, signInHeaders } from '../accounts/accounts-support.js';

// Indicators over GraphQL: public reading, hand edits by an admin only, hostile values refused.

const ADMIN = { authorization: `Bearer ${OPERATOR_TOKEN}` };

const SET = `mutation ($input: SetSchoolIndicatorInput!) {
  setSchoolIndicator(input: $input) { vestigingscode kind period value joinMethod sourceKey note sourcePublisher }
}`;

const READ = `query ($code: String!) {
  school(vestigingscode: $code) {
    indicators { schoolweging { period value isAverage joinMethod sourceKey sourceFile }
                 achterstandsscore { period value } all { kind period } }
  }
}`;

describe('indicators API', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let code: string;
  let municipality: string;
  /** A second school with the same imported value, only for the hand edit, so the readers keep 31.47. */
  let handCode: string;

  beforeAll(async () => {
    const [school, other] = (await t.db.query(
      `SELECT vestigingscode, municipality_code AS m FROM school ORDER BY vestigingscode LIMIT 2`,
    )) as { vestigingscode: string; m: string }[];
    code = school!.vestigingscode;
    municipality = school!.m;
    handCode = other!.vestigingscode;
    await t.db.transaction((tx) =>
      writeImportedIndicators(tx, 'SCHOOLWEGING', '2021-2024', [
        schoolwegingRow({
          vestigingscode: code,
          value: 31.47,
          sourceKey: 'ZZ01|C1',
          sourceName: 'Testschool',
          sourceRow: 2,
          joinMethod: 'EXACT_LOCATION',
        }),
        schoolwegingRow({
          vestigingscode: handCode,
          value: 31.47,
          sourceKey: 'ZZ01|C1',
          sourceName: 'Testschool',
          sourceRow: 3,
          joinMethod: 'EXACT_LOCATION',
        }),
      ]),
    );
  }, 120_000);

  it('reads a school’s indicators without an account', async () => {
    const res = await post(t, READ, { code });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      school: {
        indicators: {
          schoolweging: {
            period: '2021-2024',
            value: 31.47,
            isAverage: true,
            joinMethod: 'EXACT_LOCATION',
            sourceKey: 'ZZ01|C1',
            sourceFile: 'schoolweging-2021-2024.ods',
          },
          achterstandsscore: null,
          all: [{ kind: 'SCHOOLWEGING', period: '2021-2024' }],
        },
      },
    });
  }, 30_000);

  it('lists a municipality’s schools with their indicators, publicly', async () => {
    const res = await post<{
      municipalityIndicators: { vestigingscode: string; schoolweging: { value: number } | null }[];
    }>(
      t,
      `query ($m: String!) { municipalityIndicators(municipalityCode: $m) { vestigingscode schoolweging { value } } }`,
      { m: municipality },
    );
    expect(res.errors).toBeUndefined();
    const mine = res.data!.municipalityIndicators.find((s) => s.vestigingscode === code);
    expect(mine?.schoolweging?.value).toBe(31.47);
    const bad = await post(
      t,
      `{ municipalityIndicators(municipalityCode: "Rotterdam") { vestigingscode } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('municipalityCode');
  }, 30_000);

  it('lets an admin set a value by hand, audit-logged, keeping the publication', async () => {
    const input = {
      vestigingscode: handCode,
      kind: 'SCHOOLWEGING',
      period: '2021-2024',
      value: 33.5,
      sourceKey: 'zz01|c2',
      note: '  C2 hoort bij deze vestiging  ',
    };
    const res = await post(t, SET, { input }, ADMIN);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      setSchoolIndicator: {
        vestigingscode: handCode,
        kind: 'SCHOOLWEGING',
        period: '2021-2024',
        value: 33.5,
        joinMethod: 'MANUAL',
        sourceKey: 'ZZ01|C2',
        note: 'C2 hoort bij deze vestiging',
        sourcePublisher: 'Inspectie van het Onderwijs / CBS',
      },
    });
    const audit = (await t.db.query(
      `SELECT actor_label, action, changes FROM audit_log WHERE entity = 'SCHOOL_INDICATOR' AND entity_id = $1`,
      [`${handCode}/SCHOOLWEGING/2021-2024`],
    )) as { actor_label: string; action: string; changes: { before: { value: number } } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'SET_BY_HAND',
      changes: { before: { value: 31.47 } },
    });
    const read = await post<{
      school: { indicators: { schoolweging: { value: number; joinMethod: string } } };
    }>(t, READ, { code: handCode });
    expect(read.data!.school.indicators.schoolweging).toMatchObject({
      value: 33.5,
      joinMethod: 'MANUAL',
    });
  }, 30_000);

  it('names both indicator sources on the sources page, with licence and link', async () => {
    const res = await post<{
      appInfo: { sources: { name: string; licence: string; url: string | null }[] };
    }>(t, `{ appInfo { sources { name licence url } } }`);
    const names = res.data!.appInfo.sources.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Inspectie van het Onderwijs / CBS — Schoolweging 2021–2024',
        'Centraal Bureau voor de Statistiek — Achterstandsscores basisscholen 2019',
      ]),
    );
    const cbs = res.data!.appInfo.sources.find((s) => s.name.includes('Achterstandsscores'));
    expect(cbs?.licence).toContain('CC BY 4.0');
  }, 30_000);

  it('refuses anonymous callers and non-admins, writing nothing', async () => {
    const input = { vestigingscode: code, kind: 'SCHOOLWEGING', period: '2023-2024', value: 30 };
    const anon = await post(t, SET, { input });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { officer } = await signInHeaders(t, {
      officer: {
        email: 'officer@test.nl',
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: [municipality],
      },
    });
    const res = await post(t, SET, { input }, officer);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = (await t.db.query(
      `SELECT count(*)::int AS n FROM school_indicator WHERE vestigingscode = $1 AND period = '2023-2024'`,
      [code],
    )) as { n: number }[];
    expect(rows[0]!.n).toBe(0);
  }, 30_000);

  it.each([
    [{ value: 1e9 }, 'value', 'moet tussen 15 en 50 liggen'],
    [{ value: -3 }, 'value', 'moet tussen 15 en 50 liggen'],
    [{ period: '2024' }, 'period', 'schooljaar'],
    [{ period: "2021-2024'; DROP TABLE school_indicator; --" }, 'period', 'is te lang'],
    [{ kind: 'ACHTERSTANDSSCORE', period: '2023-2024' }, 'period', 'moet een jaar zijn'],
    [{ vestigingscode: 'XX' }, 'vestigingscode', 'moet 4 tekens plus 2 cijfers zijn'],
    [{ vestigingscode: 'QQ9999' }, 'vestigingscode', 'onbekend'],
    [{ spread: -1 }, 'spread', 'tussen 0 en 50'],
    [{ pupils: 99999 }, 'pupils', 'geheel getal'],
    [{ sourceKey: '<script>' }, 'sourceKey', 'OVT'],
    [{ note: 'x'.repeat(501) }, 'note', 'hoogstens 500 tekens'],
  ])(
    'refuses hostile input %j naming the field',
    async (change, field, words) => {
      const input = {
        vestigingscode: code,
        kind: 'SCHOOLWEGING',
        period: '2022-2023',
        value: 30,
        ...change,
      };
      const res = await post(t, SET, { input }, ADMIN);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = res.errors?.[0]?.extensions?.fields ?? [];
      expect(fields.map((f) => f.field)).toContain(field);
      expect(res.errors?.[0]?.message).toContain(words);
      const rows = (await t.db.query(
        `SELECT count(*)::int AS n FROM school_indicator WHERE period IN ('2022-2023', '2024', '2023-2024')`,
      )) as { n: number }[];
      expect(rows[0]!.n).toBe(0);
    },
    30_000,
  );
});
