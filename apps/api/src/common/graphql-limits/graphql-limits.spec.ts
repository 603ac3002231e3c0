import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import * as generated from '../../../../web/src/generated/graphql.js';
import { loadConfig } from '../../config/config.schema.js';
import { measureFragments, measureOperation, widestSelectionSet } from './operation-shape.js';
import {
  MAX_AREAS_PER_OFFERING,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
} from '@partnerwijzer/domain';
import { LARGEST_ACCEPTED_SIZE, QueryCostCounter } from './query-cost.js';
import {
  MAX_FRAGMENT_DEPTH,
  MAX_FRAGMENTS,
  MAX_SELECTIONS_PER_SET,
} from './fragment-limits.middleware.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.gql', import.meta.url), 'utf8'));
const defaults = loadConfig({});
const counter = new QueryCostCounter(schema, defaults.GRAPHQL_ASSUMED_LIST_SIZE);

const operationOf = (document: DocumentNode) =>
  document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;

// The largest page each size argument accepts (`first` 1–200, `limit` of an area list 1–500,
// `input.limit` of matching and search 1–100): the web client's queries must fit even then.
const MAX_SIZES: Record<string, number> = { first: 200, limit: 500 };
const MAX_INPUT_LIMIT = 100;

/** A valid value for a variable type, with every size argument at its maximum. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type) || f.name in MAX_SIZES)
        .map((f) => [f.name, f.name === 'limit' ? MAX_INPUT_LIMIT : sample(f.type, f.name)]),
    );
  }
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (named.name === 'Int') return MAX_SIZES[name] ?? 1;
  if (named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  if (named.name === 'JSON') return {};
  if (named.name === 'DateTime') return '2026-01-01T00:00:00Z';
  return 'x';
}

function costOf(query: string | DocumentNode, variables: Record<string, unknown> = {}) {
  const document = typeof query === 'string' ? parse(query) : query;
  return counter.cost(document, variables);
}

describe('GraphQL limits', () => {
  const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [
    string,
    DocumentNode,
  ][];

  it('let every operation of the web client through, with every page at its largest', () => {
    expect(documents.length).toBeGreaterThan(40);
    const tooLarge: string[] = [];
    const most = { count: 0, depth: 0 };
    for (const [name, document] of documents) {
      const operation = operationOf(document);
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
        ]),
      );
      const shape = measureOperation(document, operation);
      const fragments = measureFragments(document);
      if (fragments.count > MAX_FRAGMENTS / 2)
        tooLarge.push(`${name}: ${fragments.count} fragments`);
      if (fragments.depth > MAX_FRAGMENT_DEPTH - 1) {
        tooLarge.push(`${name}: fragment depth ${fragments.depth}`);
      }
      const widest = widestSelectionSet(document);
      if (widest > MAX_SELECTIONS_PER_SET / 2) tooLarge.push(`${name}: ${widest} selections`);
      most.count = Math.max(most.count, fragments.count);
      most.depth = Math.max(most.depth, fragments.depth);
      const cost = counter.cost(document, variables);
      // Room to spare: depth below the limit, cost at most half of it.
      if (shape.depth >= defaults.GRAPHQL_MAX_DEPTH) tooLarge.push(`${name}: depth ${shape.depth}`);
      if (shape.aliases > defaults.GRAPHQL_MAX_ALIASES) tooLarge.push(`${name}: aliases`);
      if (cost > defaults.GRAPHQL_MAX_COST / 2) tooLarge.push(`${name}: cost ${cost}`);
      for (const [, count] of shape.rootFieldCounts) {
        if (operation.operation === 'mutation') expect(count).toBe(1);
      }
    }
    expect(tooLarge).toEqual([]);
    // The client uses at most 6 fragments, spread 4 deep (2026-12-07).
    expect(most.count).toBeGreaterThan(0);
    expect(most.depth).toBeLessThan(MAX_FRAGMENT_DEPTH);
  });

  it('measures depth through fragments and inline fragments, leaving introspection out', () => {
    const depthOf = (q: string) => {
      const d = parse(q);
      return measureOperation(d, operationOf(d)).depth;
    };
    expect(depthOf('{ appInfo { version } }')).toBe(2);
    expect(
      depthOf(`query { offering(id: "x") { ...O } }
        fragment O on Offering { organisation { ... on Organisation { offerings { id } } } }`),
    ).toBe(4);
    expect(depthOf('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(1);
  });

  it('counts every alias, each fragment as often as it is spread, in linear time', () => {
    const d = parse(`{ ...A ...A a3: me { email } }
      fragment A on Query { a1: appInfo { version } a2: appInfo { v: version } }`);
    expect(measureOperation(d, operationOf(d)).aliases).toBe(2 * 3 + 1);
    // 40 fragments each spreading the next twice: 2^40 spreads, measured at once.
    const chain = Array.from(
      { length: 40 },
      (_, i) =>
        `fragment F${i} on Query { ${i === 39 ? 'x: me { email }' : `...F${i + 1} ...F${i + 1}`} }`,
    ).join('\n');
    const bomb = parse(`{ ...F0 }\n${chain}`);
    expect(measureOperation(bomb, operationOf(bomb)).aliases).toBe(2 ** 39);
  });

  it('counts how often each root mutation is asked for, aliases and fragments included', () => {
    const d = parse(`mutation { a: requestPasswordReset(email: "a@x.nl") ...M
        ... on Mutation { c: requestPasswordReset(email: "c@x.nl") } logout }
      fragment M on Mutation { b: requestPasswordReset(email: "b@x.nl") }`);
    const counts = measureOperation(d, operationOf(d)).rootFieldCounts;
    expect(Object.fromEntries(counts)).toEqual({ requestPasswordReset: 3, logout: 1 });
  });

  it('multiplies the cost below a list by its limit or first argument, variables included', () => {
    const page = (first: number) =>
      costOf('query ($n: Int!) { schools(first: $n) { nodes { name } } }', { n: first });
    // schools + nodes (counted once, sized by `first`) + one name per school.
    expect(page(1)).toBe(1 + 1 * (1 + 1));
    expect(page(200)).toBe(1 + 200 * (1 + 1));
    // Beyond what any resolver accepts counts as the largest accepted size: the resolver
    // refuses it with BAD_USER_INPUT naming `first`, before any work.
    expect(page(1_000_000)).toBe(1 + LARGEST_ACCEPTED_SIZE * (1 + 1));
    // Without a size argument a list counts as GRAPHQL_ASSUMED_LIST_SIZE items.
    expect(costOf('{ provinces { code } }')).toBe(1 + defaults.GRAPHQL_ASSUMED_LIST_SIZE);
    // matchPartners(input: {limit}) sizes its `matches`.
    const match = (limit: number) =>
      costOf(`{ matchPartners(input: { vestigingscode: "00AA00", limit: ${limit} }) {
        matches { offeringId } } }`);
    expect(match(100)).toBe(1 + 100 * (1 + 1));
  });

  it('counts unpaged lists by their product bound and geometry by the corners it may hold', () => {
    const max = defaults.GRAPHQL_MAX_COST;
    // An organisation's offerings: up to MAX_OFFERINGS_PER_ORGANISATION, not 5.
    expect(costOf('{ organisation(id: "x") { offerings { id } } }')).toBe(
      1 + 1 + MAX_OFFERINGS_PER_ORGANISATION,
    );
    // One offering's areas: MAX_AREAS_PER_OFFERING each with its fields.
    expect(costOf('{ offering(id: "x") { coverage { id kind } } }')).toBe(
      1 + 1 + MAX_AREAS_PER_OFFERING * 2,
    );
    // All polygons of one organisation: at most its corner budget, whatever the offerings.
    const own = costOf('{ organisation(id: "x") { offerings { coverage { geometry } } } }');
    expect(own).toBeGreaterThan(MAX_CORNERS_PER_ORGANISATION);
    expect(own).toBeLessThan(max / 2);
    // The probe: the polygons of a page of 200 organisations (5 MB measured with 3 offerings).
    expect(
      costOf('{ organisations(first: 200) { nodes { offerings { coverage { geometry } } } } }'),
    ).toBeGreaterThan(max);
    // Through fragments and inline fragments alike.
    expect(
      costOf(`{ organisations(first: 20) { nodes { offerings { coverage { ...A } } } } }
        fragment A on CoverageArea { ... on CoverageArea { geometry } }`),
    ).toBeGreaterThan(max);
    // Polygons of many partners' offerings through matching or a municipality's list.
    expect(
      costOf(`{ matchPartners(input: { vestigingscode: "00AA00", limit: 100 }) {
        matches { offering { coverage { geometry } } } } }`),
    ).toBeGreaterThan(max);
    expect(
      costOf(`{ municipalityOfferingAreas(code: "GM0363", limit: 500) {
        offerings { areas { geometry } } } }`),
    ).toBeGreaterThan(max);
    // Region outlines: one is fine, a page of 200 is not.
    expect(costOf('{ municipality(code: "GM0363") { boundary } }')).toBeLessThan(max / 2);
    expect(costOf('{ municipalities(first: 200) { nodes { boundary } } }')).toBeGreaterThan(max);
  });

  it('grows the offering → organisation → offerings loop past the cost limit', () => {
    let q = 'id';
    for (let hop = 0; hop < 10; hop++) q = `offerings { organisation { ${q} } }`;
    const cost = costOf(`{ organisation(id: "x") { ${q} } }`);
    expect(cost).toBeGreaterThan(defaults.GRAPHQL_MAX_COST);
  });
});
