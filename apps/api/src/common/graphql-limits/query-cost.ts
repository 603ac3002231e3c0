import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Selections evaluated while counting (fragments expanded): a guard against fragment bombs. */
export const MAX_EVALUATED_NODES = 20_000;

/**
 * The largest size any of our resolvers accepts (`first` 1–200, `limit` 1–500, `input.limit`
 * 1–100). A larger request is refused by the resolver before any work, with BAD_USER_INPUT
 * naming the argument, so counting it as this many keeps the estimate an upper bound while
 * leaving that clearer error to the resolver.
 */
export const LARGEST_ACCEPTED_SIZE = 500;

// Argument names that say how many items a field returns.
const SIZE_ARGUMENTS = ['limit', 'first'] as const;

/** The size a field's own arguments ask for: `limit`/`first`, or `input.limit`. */
function requestedSize(args: Record<string, unknown>): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    if (typeof args[name] === 'number') return args[name];
  }
  const input = args.input;
  if (input && typeof input === 'object' && 'limit' in input && typeof input.limit === 'number') {
    return input.limit;
  }
  return undefined;
}

function hasSizeArgument(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => {
    if ((SIZE_ARGUMENTS as readonly string[]).includes(arg.name)) return true;
    const type = getNamedType(arg.type);
    return arg.name === 'input' && isInputObjectType(type) && 'limit' in type.getFields();
  });
}

/**
 * List fields whose length is set by the field above them: `organisations(first: 50)` returns
 * a connection whose `nodes` list holds those 50, and `matchPartners(input: {limit})` a result
 * whose `matches` hold them. The size is counted once, on the field with the argument.
 */
function listsSizedByParent(schema: GraphQLSchema): Set<string> {
  const sized = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNullableType(field.type);
      if (isListType(returned) || !hasSizeArgument(field)) continue;
      const wrapper = getNamedType(returned);
      if (!isObjectType(wrapper)) continue;
      for (const inner of Object.values(wrapper.getFields())) {
        if (isListType(getNullableType(inner.type))) sized.add(`${wrapper.name}.${inner.name}`);
      }
    }
  }
  return sized;
}

/**
 * Counts what an operation would make the server do: one per field, and the fields below a
 * list counted once per item it may hold — its `limit`/`first` argument, or `assumedListSize`
 * for lists without one. Variables and defaults are applied, @skip/@include honoured.
 */
export class QueryCostCounter {
  private readonly sizedByParent: Set<string>;
  private readonly estimator: ComplexityEstimator;

  constructor(
    private readonly schema: GraphQLSchema,
    assumedListSize: number,
    private readonly maxNodes = MAX_EVALUATED_NODES,
  ) {
    this.sizedByParent = listsSizedByParent(schema);
    this.estimator = ({ type, field, args, childComplexity }) => {
      if (childComplexity === 0) return 1;
      const requested = requestedSize(args);
      let items = 1;
      if (requested !== undefined) items = Math.min(Math.max(1, requested), LARGEST_ACCEPTED_SIZE);
      else if (
        isListType(getNullableType(field.type)) &&
        !this.sizedByParent.has(`${type.name}.${field.name}`)
      ) {
        items = assumedListSize;
      }
      return 1 + items * childComplexity;
    };
  }

  /** Throws a GraphQLError for bad variables or more than maxNodes selections evaluated. */
  cost(document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
    return getComplexity({
      schema: this.schema,
      query: document,
      variables,
      operationName,
      estimators: [this.estimator],
      maxQueryNodes: this.maxNodes,
    });
  }
}
