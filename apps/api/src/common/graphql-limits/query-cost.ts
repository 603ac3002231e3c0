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
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  MAX_AREAS_PER_OFFERING,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_AREA,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
} from '@partnerwijzer/domain';

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
 * Lists without a size argument whose length the product bounds: counted as that bound, not
 * as `assumedListSize`. `Query.editableOfferings` and `Organisation.offerings` list one
 * organisation's offerings.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Organisation.offerings': MAX_OFFERINGS_PER_ORGANISATION,
  'Query.editableOfferings': MAX_OFFERINGS_PER_ORGANISATION,
  'Offering.coverage': MAX_AREAS_PER_OFFERING,
  'LocalOffering.areas': MAX_AREAS_PER_OFFERING,
};

/** The lists of coverage areas: one offering's areas. */
const AREA_LISTS = new Set(['Offering.coverage', 'LocalOffering.areas']);

/** Lists holding all offerings of one organisation: its area and corner budgets bound them. */
const ORGANISATION_OFFERING_LISTS = new Set(['Organisation.offerings', 'Query.editableOfferings']);

/**
 * Corners a region boundary is counted as. Regions come from the CBS import only (no partner
 * writes them); the largest real outline has about 3,000 corners.
 */
export const REGION_BOUNDARY_CORNERS = 5_000;

/** Geometry fields and the corners one value may hold. */
export const GEOMETRY_CORNERS: Readonly<Record<string, number>> = {
  'CoverageArea.geometry': MAX_CORNERS_PER_AREA,
  'Municipality.boundary': REGION_BOUNDARY_CORNERS,
  'Province.boundary': REGION_BOUNDARY_CORNERS,
};

/** How many corners of a geometry count as one unit of cost (one field). */
export const CORNERS_PER_COST_UNIT = 1;

/**
 * What is counted in one pass: plain fields outside coverage areas, the fields of coverage areas
 * (per area, bounded per organisation), and geometry corners (bounded per organisation).
 */
type Channel = 'fields' | 'areas' | 'corners';

/**
 * Counts what an operation would make the server do and send: one per field, the fields below
 * a list counted once per item it may hold — its `limit`/`first` argument, the product's bound
 * (LIST_BOUNDS), or `assumedListSize` — and each geometry as the corners it may hold.
 *
 * Coverage areas and corners are also bounded per organisation (MAX_AREAS_PER_ORGANISATION,
 * MAX_CORNERS_PER_ORGANISATION over all its offerings), so they are counted in passes of their
 * own, where a list of one organisation's offerings multiplies by what those budgets allow
 * rather than by its length. The cost is the sum of the three passes. Variables and defaults
 * are applied, @skip/@include honoured.
 */
export class QueryCostCounter {
  private readonly sizedByParent: Set<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly assumedListSize: number,
    private readonly maxNodes = MAX_EVALUATED_NODES,
  ) {
    this.sizedByParent = listsSizedByParent(schema);
  }

  private estimator(channel: Channel, fragments: Map<string, FragmentDefinitionNode>) {
    const areaShape = new Map<FieldNode, AreaShape>();
    const estimate: ComplexityEstimator = ({ type, field, args, childComplexity, node }) => {
      const key = `${type.name}.${field.name}`;
      if (AREA_LISTS.has(key)) {
        if (channel === 'fields') return 1;
        let shape = areaShape.get(node);
        if (!shape) areaShape.set(node, (shape = measureArea(node.selectionSet, fragments)));
        if (channel === 'areas') return MAX_AREAS_PER_OFFERING * shape.fields;
        return Math.min(MAX_AREAS_PER_OFFERING * shape.corners, MAX_CORNERS_PER_ORGANISATION);
      }
      if (childComplexity === 0) {
        if (channel === 'fields') return 1;
        return channel === 'corners' ? (GEOMETRY_CORNERS[key] ?? 0) : 0;
      }
      const own = channel === 'fields' ? 1 : 0;
      return own + this.items(key, field, args, channel) * childComplexity;
    };
    return estimate;
  }

  private items(
    key: string,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    channel: Channel,
  ): number {
    const requested = requestedSize(args);
    if (requested !== undefined) return Math.min(Math.max(1, requested), LARGEST_ACCEPTED_SIZE);
    if (!isListType(getNullableType(field.type)) || this.sizedByParent.has(key)) return 1;
    const bound = LIST_BOUNDS[key] ?? this.assumedListSize;
    if (ORGANISATION_OFFERING_LISTS.has(key)) {
      // Below one offering, areas count MAX_AREAS_PER_OFFERING each and corners up to the
      // organisation's budget; all offerings together hold no more than those budgets.
      if (channel === 'areas') {
        return Math.min(bound, Math.ceil(MAX_AREAS_PER_ORGANISATION / MAX_AREAS_PER_OFFERING));
      }
      if (channel === 'corners') return 1;
    }
    return bound;
  }

  /** Throws a GraphQLError for bad variables or more than maxNodes selections evaluated. */
  cost(document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const pass = (channel: Channel) =>
      getComplexity({
        schema: this.schema,
        query: document,
        variables,
        operationName,
        estimators: [this.estimator(channel, fragments)],
        maxQueryNodes: this.maxNodes,
      });
    const fields = pass('fields');
    const areas = pass('areas');
    const corners = pass('corners');
    return fields + areas + Math.ceil(corners / CORNERS_PER_COST_UNIT);
  }
}

/**
 * The fields one coverage area of this selection costs (its geometry as one) and the corners
 * it may hold, fragments expanded (each measured once). @skip/@include are not read here: an
 * upper bound.
 */
function measureArea(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, AreaShape> = new Map(),
): AreaShape {
  const total = { fields: 0, corners: 0 };
  for (const selection of set?.selections ?? []) {
    let part: AreaShape;
    if (selection.kind === Kind.FIELD) {
      if (selection.selectionSet) {
        const below = measureArea(selection.selectionSet, fragments, memo);
        part = { fields: below.fields + 1, corners: below.corners };
      } else {
        part = {
          fields: 1,
          corners: selection.name.value === 'geometry' ? MAX_CORNERS_PER_AREA : 0,
        };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      part = measureArea(selection.selectionSet, fragments, memo);
    } else {
      const name = selection.name.value;
      const known = memo.get(name);
      if (known) {
        part = known;
      } else {
        const fragment = fragments.get(name);
        // Unknown or cyclic fragments are refused by validation before this runs.
        memo.set(name, { fields: 0, corners: 0 });
        part = fragment ? measureArea(fragment.selectionSet, fragments, memo) : part0();
        memo.set(name, part);
      }
    }
    total.fields += part.fields;
    total.corners += part.corners;
  }
  return total;
}

interface AreaShape {
  fields: number;
  corners: number;
}

const part0 = (): AreaShape => ({ fields: 0, corners: 0 });
