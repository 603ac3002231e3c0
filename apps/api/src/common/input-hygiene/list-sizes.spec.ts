import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { checkListSizes } from './input-hygiene.plugin.js';

const schema = buildSchema(`
  scalar JSON
  input Area { kind: String, geometry: JSON, codes: [String!] }
  input Plan { areas: [Area!]!, ids: [ID!] }
  type Query { plan(input: Plan!): Int, ids(ids: [ID!]): Int }
`);

function run(query: string, variables: Record<string, unknown>, list = 3, request = 5): void {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  checkListSizes(schema, operation, variables, { list, request });
}

const PLAN = 'query ($p: Plan!) { plan(input: $p) }';

describe('checkListSizes', () => {
  it('refuses a typed list over the cap, naming it', () => {
    expect(() => run('query ($i: [ID!]) { ids(ids: $i) }', { i: ['1', '2', '3', '4'] })).toThrow(
      '$i: te veel items: hoogstens 3 (too many items: at most 3)',
    );
  });

  it('names a nested list by its place', () => {
    expect(() =>
      run(PLAN, { p: { areas: [{ kind: 'a' }, { codes: ['1', '2', '3', '4'] }] } }),
    ).toThrow(/^\$p\.areas\[1\]\.codes: te veel items/);
  });

  it('counts every typed list of the request together', () => {
    // 2 areas + 2 + 2 codes = 6 items, each list within its cap of 3.
    const p = { areas: [{ codes: ['1', '2'] }, { codes: ['3', '4'] }] };
    expect(() => run(PLAN, { p })).toThrow(/te veel items in dit verzoek: hoogstens 5 samen/);
    expect(() => run(PLAN, { p }, 3, 6)).not.toThrow();
  });

  it('leaves lists inside a JSON scalar alone (GeoJSON corners are counted elsewhere)', () => {
    const ring = Array.from({ length: 100 }, (_, i) => [5 + i / 1000, 52]);
    expect(() =>
      run(PLAN, { p: { areas: [{ geometry: { type: 'Polygon', coordinates: [ring] } }] } }),
    ).not.toThrow();
  });

  it('takes a single value for a list as a list of one, and ignores unknown fields', () => {
    expect(() => run('query ($i: [ID!]) { ids(ids: $i) }', { i: '1' })).not.toThrow();
    expect(() =>
      run(PLAN, { p: { areas: [], extra: ['1', '2', '3', '4', '5', '6'] } }),
    ).not.toThrow();
  });
});
