import {
  createAccounts,
  headersOf,
  login,
  OPERATOR_TOKEN,
  post,
} from '../accounts/accounts-support.js';
import { deleteScenario } from '../../apps/api/src/modules/municipality-view/needs/scenario.repository.js';
import { pausePovertyOfferings } from '../support/demo-offerings.js';
import { suiteTestApp } from '../support/test-app.js';
import { answeredXlsx, dutchCsvNumber, parseCsv, sheetNames } from './coverage-support.js';

// Programming scenarios on the demo data: who may run and save them, the optimiser's answer
// and its steps, saved scenarios compared and exported, and hostile input refused by field
// with nothing written.

const CODE = 'GM0606';
const RUN = `query ($i: ScenarioInput!) { runScenario(input: $i) {
  mode guarantee modeTextNl modeTextEn value unmetBefore unmetAfter shareBefore shareAfter spentEur candidates
  steps { candidateIndex label interventionTypes gain cumulative costEur schoolsReached } } }`;
/** What RUN selects. */
interface ScenarioRun {
  mode: string;
  guarantee: number;
  modeTextNl: string;
  modeTextEn: string;
  value: number;
  unmetBefore: number;
  unmetAfter: number;
  shareBefore: number;
  shareAfter: number;
  spentEur: number;
  candidates: number;
  steps: {
    candidateIndex: number;
    label: string;
    interventionTypes: string[];
    gain: number;
    cumulative: number;
    costEur: number | null;
    schoolsReached: number;
  }[];
}
const SAVE = `mutation ($i: ScenarioInput!) { saveScenario(input: $i) {
  id name budgetKind budget createdByLabel result { mode value steps { candidateIndex gain } } } }`;
const LIST = `query ($c: String!) { municipalityScenarios(code: $c) { id name result { value mode modeTextEn } } }`;

const candidates = [
  { title: 'Armoedefonds Schiedam', interventionTypes: ['ARMOEDE_BASIS'], costEur: 20000 },
  {
    title: 'Voorleesnetwerk',
    interventionTypes: ['TAAL_LEZEN', 'OUDERBETROKKENHEID'],
    costEur: 15000,
  },
  { title: 'Mentoren', interventionTypes: ['MENTORING'], capacitySchools: 3, costEur: 5000 },
  {
    title: 'Kleine straal',
    interventionTypes: ['ARMOEDE_BASIS', 'SOCIAAL_EMOTIONEEL'],
    center: { lat: 51.917, lng: 4.4 },
    radiusKm: 0.3,
    costEur: 8000,
  },
];

describe('municipality view: programming scenarios (demo data)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let officer: Record<string, string>;
  let other: Record<string, string>;
  const rows = async () =>
    (
      (await t.db.query(`SELECT count(*)::int AS n FROM municipality_scenario`)) as { n: number }[]
    )[0]!.n;

  beforeAll(async () => {
    // Make real gaps: the demo data's poverty offerings paused.
    await pausePovertyOfferings(t, OPERATOR_TOKEN);
    await createAccounts(t, [
      { email: 'lea@schiedam.test', role: 'MUNICIPALITY_OFFICER', municipalityCodes: [CODE] },
      { email: 'lea@hilversum.test', role: 'MUNICIPALITY_OFFICER', municipalityCodes: ['GM0402'] },
    ]);
    officer = headersOf(await login(t, 'lea@schiedam.test'));
    other = headersOf(await login(t, 'lea@hilversum.test'));
  }, 120_000);

  it('runs exactly on a small instance, step by step, within the budget', async () => {
    const res = await post<{ runScenario: ScenarioRun }>(
      t,
      RUN,
      { i: { code: CODE, budgetKind: 'COUNT', budget: 2, candidates } },
      officer,
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.runScenario;
    expect(r.mode).toBe('EXACT');
    expect(r.guarantee).toBe(1);
    expect(r.modeTextNl).toMatch(/best mogelijke/);
    // The English page shows the method in English, not the Dutch sentence.
    expect(r.modeTextEn).toMatch(/^Exact: this is the best possible choice within the budget/);
    expect(r.candidates).toBe(4);
    expect(r.steps.length).toBeLessThanOrEqual(2);
    expect(r.steps.length).toBeGreaterThan(0);
    // The poverty fund reaches every school where nothing meets poverty needs: the first step.
    expect(r.steps[0]!.label).toBe('Armoedefonds Schiedam');
    expect(r.value).toBeCloseTo(r.steps.at(-1)!.cumulative, 1);
    expect(r.unmetAfter).toBeCloseTo(r.unmetBefore - r.value, 1);
    expect(r.shareAfter).toBeGreaterThan(r.shareBefore);
    for (let i = 1; i < r.steps.length; i++)
      expect(r.steps[i]!.gain).toBeLessThanOrEqual(r.steps[i - 1]!.gain);
    // Capacity: the mentors reach at most three schools.
    const euros = await post<{ runScenario: ScenarioRun }>(
      t,
      RUN,
      { i: { code: CODE, budgetKind: 'EUROS', budget: 25000, candidates } },
      officer,
    );
    expect(euros.errors).toBeUndefined();
    expect(euros.data!.runScenario.mode).toBe('EXACT');
    expect(euros.data!.runScenario.spentEur).toBeLessThanOrEqual(25000);
  }, 60_000);

  /** Saves `candidates` as the officer's scenario `name`, a budget of `budget` offerings. */
  const saveCountScenario = (name: string, budget: number) =>
    post<{ saveScenario: { id: string } }>(
      t,
      SAVE,
      { i: { code: CODE, name, budgetKind: 'COUNT', budget, candidates } },
      officer,
    );

  it('answers greedily with many candidates and says so', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      title: `Kandidaat ${i}`,
      interventionTypes: ['ARMOEDE_BASIS'],
      capacitySchools: 1 + (i % 4),
    }));
    const res = await post<{ runScenario: ScenarioRun }>(
      t,
      RUN,
      { i: { code: CODE, budgetKind: 'COUNT', budget: 5, candidates: many } },
      officer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.runScenario.mode).toBe('GREEDY');
    expect(res.data!.runScenario.guarantee).toBeCloseTo(1 - 1 / Math.E, 6);
    expect(res.data!.runScenario.modeTextNl).toMatch(/63 %/);
    expect(res.data!.runScenario.modeTextEn).toMatch(/^Step by step \(greedy\).*63 %/);
  }, 60_000);

  it('saves, lists, compares and exports scenarios for the officer of that municipality', async () => {
    const before = await rows();
    const a = await post<{
      saveScenario: {
        id: string;
        name: string;
        createdByLabel: string;
        result: { value: number; steps: { gain: number }[] };
      };
    }>(
      t,
      SAVE,
      { i: { code: CODE, name: 'Twee aanbiedingen', budgetKind: 'COUNT', budget: 2, candidates } },
      officer,
    );
    expect(a.errors).toBeUndefined();
    const b = await saveCountScenario('Eén aanbod', 1);
    expect(b.errors).toBeUndefined();
    expect(await rows()).toBe(before + 2);
    const list = await post<{
      municipalityScenarios: { id: string; name: string; result: { modeTextEn: string } }[];
    }>(t, LIST, { c: CODE }, officer);
    expect(list.errors).toBeUndefined();
    // Saved results (stored as computed) read back with the English text too.
    for (const s of list.data!.municipalityScenarios) expect(s.result.modeTextEn).toMatch(/^Exact/);
    expect(list.data!.municipalityScenarios.map((s) => s.name).slice(0, 2)).toEqual([
      'Eén aanbod',
      'Twee aanbiedingen',
    ]);

    const csv = await post<{ scenarioCsv: string }>(
      t,
      `query ($id: ID!) { scenarioCsv(id: $id) }`,
      { id: a.data!.saveScenario.id },
      officer,
    );
    expect(csv.errors).toBeUndefined();
    const [header, ...steps] = parseCsv(csv.data!.scenarioCsv);
    expect(header).toEqual([
      'stap',
      'kandidaat',
      'interventiesoorten',
      'scholen',
      'winst',
      'cumulatief',
      'kosten (euro)',
    ]);
    expect(steps[0]![1]).toBe('Armoedefonds Schiedam');
    // Gains with a decimal comma, as Dutch Excel reads them (decision 0030).
    expect(steps.map((s) => dutchCsvNumber(s[4]))).toEqual(
      a.data!.saveScenario.result.steps.map((s) => s.gain),
    );

    const xlsx = await post<{ scenariosXlsx: string }>(
      t,
      `query ($ids: [ID!]!) { scenariosXlsx(ids: $ids) }`,
      { ids: [a.data!.saveScenario.id, b.data!.saveScenario.id] },
      officer,
    );
    const book = answeredXlsx(xlsx, 'scenariosXlsx');
    expect(sheetNames(book)).toEqual([
      'Vergelijking scenario’s',
      'Twee aanbiedingen',
      'Eén aanbod',
    ]);
    expect(book.sheets[0]!.rows.slice(1).map((r) => r[0])).toEqual([
      'Twee aanbiedingen',
      'Eén aanbod',
    ]);
    expect(book.sheets[0]!.rows[1]![4]).toBe(a.data!.saveScenario.result.value);

    // Not for another municipality's officer, not for anonymous callers; ids cannot be probed.
    expect((await post(t, LIST, { c: CODE }, other)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await post(t, LIST, { c: CODE })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const probe = await post(
      t,
      `query ($id: ID!) { scenarioCsv(id: $id) }`,
      { id: a.data!.saveScenario.id },
      other,
    );
    expect(probe.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await post(t, RUN, { i: { code: CODE, budgetKind: 'COUNT', budget: 1, candidates } }, other))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  }, 60_000);

  it('names the argument itself when one scenario id is refused (`id`, not `ids[0]`)', async () => {
    const saved = await saveCountScenario('Eén id', 1);
    const id = saved.data!.saveScenario.id;
    const refusedFields = async (query: string, variables: Record<string, unknown>) => {
      const res = await post(t, query, variables, other);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
    };
    const CSV = `query ($id: ID!) { scenarioCsv(id: $id) }`;
    const DELETE = `mutation ($id: ID!) { deleteScenario(id: $id) }`;
    // Another municipality's scenario (read as unknown) and a malformed id.
    for (const bad of [id, 'geen-id']) {
      expect(await refusedFields(CSV, { id: bad })).toEqual(['id']);
      expect(await refusedFields(DELETE, { id: bad })).toEqual(['id']);
    }
    // The list keeps naming the item.
    expect(
      await refusedFields(`query ($ids: [ID!]!) { scenariosXlsx(ids: $ids) }`, {
        ids: [id],
      }),
    ).toEqual(['ids[0]']);
    expect((await post(t, CSV, { id }, officer)).errors).toBeUndefined();
  }, 60_000);

  it('refuses hostile input naming the field, writing nothing', async () => {
    const before = await rows();
    const cases: [Record<string, unknown>, string][] = [
      [{ budgetKind: 'COUNT', budget: 0, candidates }, 'budget'],
      [{ budgetKind: 'COUNT', budget: 2.5, candidates }, 'budget'],
      [{ budgetKind: 'EUROS', budget: -1, candidates }, 'budget'],
      [{ budgetKind: 'EUROS', budget: 1e12, candidates }, 'budget'],
      [{ budgetKind: 'COUNT', budget: 2, candidates: [] }, 'candidates'],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: Array.from({ length: 501 }, () => candidates[0]),
        },
        'candidates',
      ],
      [
        { budgetKind: 'COUNT', budget: 2, candidates: [{ interventionTypes: ['MENTORING'] }] },
        'candidates[0].title',
      ],
      [
        { budgetKind: 'COUNT', budget: 2, candidates: [{ title: 'x' }] },
        'candidates[0].interventionCodes',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [
            { title: 'x', interventionCodes: ['MENTORING'], interventionTypes: ['MENTORING'] },
          ],
        },
        'candidates[0].interventionCodes',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [{ title: 'x'.repeat(121), interventionTypes: ['MENTORING'] }],
        },
        'candidates[0].title',
      ],
      [
        { budgetKind: 'COUNT', budget: 2, candidates: [{ offeringId: 'nope' }] },
        'candidates[0].offeringId',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [{ title: 'x', interventionTypes: ['MENTORING'], radiusKm: 5 }],
        },
        'candidates[0].radiusKm',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [
            {
              title: 'x',
              interventionTypes: ['MENTORING'],
              radiusKm: 5,
              center: { lat: 0, lng: 0 },
            },
          ],
        },
        'candidates[0].center',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [
            {
              title: 'x',
              interventionTypes: ['MENTORING'],
              radiusKm: 1e9,
              center: { lat: 51.9, lng: 4.4 },
            },
          ],
        },
        'candidates[0].radiusKm',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [{ title: 'x', interventionTypes: ['MENTORING'], capacitySchools: 0 }],
        },
        'candidates[0].capacitySchools',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [{ title: 'x', interventionTypes: ['MENTORING'], costEur: -5 }],
        },
        'candidates[0].costEur',
      ],
      [
        {
          budgetKind: 'EUROS',
          budget: 100,
          candidates: [{ title: 'x', interventionTypes: ['MENTORING'] }],
        },
        'candidates[0].costEur',
      ],
      [
        {
          budgetKind: 'COUNT',
          budget: 2,
          candidates: [
            { title: 'x', interventionTypes: ['MENTORING'], vestigingscodes: ['00AH00'] },
          ],
        },
        'candidates[0].vestigingscodes[0]',
      ],
      [{ name: '', budgetKind: 'COUNT', budget: 2, candidates }, 'name'],
      [{ name: 'x'.repeat(121), budgetKind: 'COUNT', budget: 2, candidates }, 'name'],
    ];
    for (const [input, field] of cases) {
      const res = await post(t, SAVE, { i: { code: CODE, name: 'Scenario', ...input } }, officer);
      expect({ field, code: res.errors?.[0]?.extensions?.code }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
      });
      const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map(
        (f) => f.field,
      );
      expect({ field, fields }).toEqual({ field, fields: expect.arrayContaining([field]) });
    }
    const badCode = await post(
      t,
      SAVE,
      { i: { code: 'GM06', name: 'x', budgetKind: 'COUNT', budget: 1, candidates } },
      officer,
    );
    expect(badCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows()).toBe(before);
  }, 90_000);

  it('says whether a delete removed a row: true once, then false (the repository reads RETURNING)', async () => {
    const saved = await saveCountScenario('Eenmalig', 1);
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveScenario.id;
    // The service checks first that the scenario exists and is the caller's; the repository's
    // answer is what a delete that lost a race with another one reports.
    expect(await deleteScenario(t.db, id)).toBe(true);
    expect(await deleteScenario(t.db, id)).toBe(false);
  }, 60_000);
});
