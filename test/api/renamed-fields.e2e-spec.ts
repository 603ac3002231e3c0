import { OPERATOR_TOKEN, post, signInHeaders } from '../accounts/accounts-support.js';
import { pausePovertyOfferings } from '../support/demo-offerings.js';
import { suiteTestApp } from '../support/test-app.js';

// Lists of intervention codes once named `interventionTypes` are now `interventionCodes` (see
// docs/glossary.md). The old names stay, deprecated, and must answer exactly what the new ones do;
// on input a caller uses one name or the other, never both.

const CODE = 'GM0606';
const RENAMED_OUTPUT = [
  'CoverageSummary',
  'LocalOffering',
  'MunicipalityCoverage',
  'MunicipalityNeeds',
  'ScenarioStep',
];
const RENAMED_INPUT = ['ScenarioCandidateInput', 'SearchFiltersInput'];

interface IntrospectedField {
  name: string;
  isDeprecated: boolean;
  deprecationReason: string | null;
}

describe('renamed GraphQL fields: interventionTypes → interventionCodes', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let officer: Record<string, string>;

  beforeAll(async () => {
    ({ officer } = await signInHeaders(t, {
      officer: {
        email: 'lea@schiedam-renamed.test',
        role: 'MUNICIPALITY_OFFICER',
        municipalityCodes: [CODE],
      },
    }));
    // A real gap for the scenario to fill: the demo data's poverty offerings paused.
    await pausePovertyOfferings(t, OPERATOR_TOKEN);
  }, 120_000);

  /** A type's fields (or input fields) by name, deprecated ones included. */
  async function fieldsOf(
    type: string,
    kind: 'fields' | 'inputFields',
  ): Promise<Map<string, IntrospectedField>> {
    const res = await t.gql<{ __type: Record<typeof kind, IntrospectedField[]> }>(
      `query ($n: String!) { __type(name: $n) {
          ${kind}(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
      { n: type },
    );
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.__type[kind].map((f) => [f.name, f]));
  }

  it('marks every old name deprecated in favour of the new one, which is not deprecated', async () => {
    for (const type of RENAMED_OUTPUT) {
      const byName = await fieldsOf(type, 'fields');
      expect([type, byName.get('interventionCodes')?.isDeprecated]).toEqual([type, false]);
      expect([type, byName.get('interventionTypes')?.deprecationReason]).toEqual([
        type,
        expect.stringContaining('interventionCodes'),
      ]);
    }
    for (const type of RENAMED_INPUT) {
      const byName = await fieldsOf(type, 'inputFields');
      expect([type, byName.get('interventionCodes')?.isDeprecated]).toEqual([type, false]);
      expect([type, byName.get('interventionTypes')?.isDeprecated]).toEqual([type, true]);
    }
  }, 60_000);

  it('answers the same codes under both names on every renamed output type', async () => {
    const res = await t.gql<{
      municipalityCoverage: { interventionCodes: string[]; interventionTypes: string[] };
      municipalityNeeds: { interventionCodes: string[]; interventionTypes: string[] };
      coverageSummary: { interventionCodes: string[]; interventionTypes: string[] };
      municipalityOfferingAreas: {
        offerings: { interventionCodes: string[]; interventionTypes: string[] }[];
      };
    }>(
      `query ($c: String!) {
        municipalityCoverage(code: $c) { interventionCodes interventionTypes }
        municipalityNeeds(code: $c) { interventionCodes interventionTypes }
        coverageSummary(level: NATIONAL) { interventionCodes interventionTypes }
        municipalityOfferingAreas(code: $c) { offerings { interventionCodes interventionTypes } }
      }`,
      { c: CODE },
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const lists = [
      d.municipalityCoverage,
      d.municipalityNeeds,
      d.coverageSummary,
      ...d.municipalityOfferingAreas.offerings,
    ];
    expect(d.municipalityOfferingAreas.offerings.length).toBeGreaterThan(0);
    expect(d.municipalityCoverage.interventionCodes.length).toBeGreaterThan(5);
    for (const l of lists) {
      expect(l.interventionCodes.length).toBeGreaterThan(0);
      expect(l.interventionTypes).toEqual(l.interventionCodes);
    }
  }, 60_000);

  it('runs a scenario the same whichever name the candidates use, and refuses both', async () => {
    const RUN = `query ($i: ScenarioInput!) { runScenario(input: $i) {
      value steps { interventionCodes interventionTypes } } }`;
    const candidate = (codes: Record<string, string[]>) => ({
      code: CODE,
      budgetKind: 'COUNT',
      budget: 1,
      candidates: [{ title: 'Armoedefonds', ...codes }],
    });
    type Run = {
      runScenario: {
        value: number;
        steps: { interventionCodes: string[]; interventionTypes: string[] }[];
      };
    };
    const byNew = await post<Run>(
      t,
      RUN,
      { i: candidate({ interventionCodes: ['ARMOEDE_BASIS'] }) },
      officer,
    );
    const byOld = await post<Run>(
      t,
      RUN,
      { i: candidate({ interventionTypes: ['ARMOEDE_BASIS'] }) },
      officer,
    );
    expect(byNew.errors).toBeUndefined();
    expect(byOld.data).toEqual(byNew.data);
    expect(byNew.data!.runScenario.steps[0]!.interventionCodes).toEqual(['ARMOEDE_BASIS']);
    expect(byNew.data!.runScenario.steps[0]!.interventionTypes).toEqual(['ARMOEDE_BASIS']);

    const both = await post(
      t,
      RUN,
      {
        i: candidate({
          interventionCodes: ['ARMOEDE_BASIS'],
          interventionTypes: ['ARMOEDE_BASIS'],
        }),
      },
      officer,
    );
    expect(both.data ?? null).toBeNull();
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(both.errors)).toContain('candidates[0].interventionCodes');
  }, 60_000);

  it('filters a search the same by either name, and refuses both naming the field', async () => {
    const SEARCH = `query ($i: SearchOfferingsInput!) { searchOfferings(input: $i) {
      total hits { offeringId } } }`;
    type Found = { searchOfferings: { total: number; hits: { offeringId: string }[] } };
    const all = await t.gql<Found>(SEARCH, { i: { limit: 50 } });
    const byNew = await t.gql<Found>(SEARCH, {
      i: { limit: 50, filters: { interventionCodes: ['TAAL_LEZEN'] } },
    });
    const byOld = await t.gql<Found>(SEARCH, {
      i: { limit: 50, filters: { interventionTypes: ['TAAL_LEZEN'] } },
    });
    expect(byNew.errors).toBeUndefined();
    expect(byNew.data!.searchOfferings.total).toBeGreaterThan(0);
    expect(byNew.data!.searchOfferings.total).toBeLessThan(all.data!.searchOfferings.total);
    expect(byOld.data).toEqual(byNew.data);

    const both = await t.gql(SEARCH, {
      i: { filters: { interventionCodes: ['TAAL_LEZEN'], interventionTypes: ['ARMOEDE_BASIS'] } },
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(both.errors)).toContain('filters.interventionCodes');
  }, 60_000);
});
