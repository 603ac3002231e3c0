import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the depth and alias limits look at in one operation. */
export interface OperationShape {
  /** Deepest field nesting; a root field is depth 1. Introspection subtrees are left out. */
  depth: number;
  /** Aliased fields, each fragment counted as often as it is spread. */
  aliases: number;
  /** How often each root field is selected (through aliases and fragments too). */
  rootFieldCounts: Map<string, number>;
}

interface Measure {
  depth: number;
  aliases: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Measures an operation in one pass over the document. A fragment is measured once and its
 * numbers reused wherever it is spread, so documents that spread fragments inside fragments
 * cost linear time here while their counts grow as execution would see them.
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const measureSet = (set: SelectionSetNode | undefined): Measure => {
    const result: Measure = { depth: 0, aliases: 0 };
    for (const selection of set?.selections ?? []) {
      let child: Measure;
      if (selection.kind === Kind.FIELD) {
        const below = INTROSPECTION_ROOTS.has(selection.name.value)
          ? { depth: 0, aliases: 0 }
          : measureSet(selection.selectionSet);
        child = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        child = measureSet(selection.selectionSet);
      } else {
        child = measureFragment(selection.name.value);
      }
      result.depth = Math.max(result.depth, child.depth);
      result.aliases += child.aliases;
    }
    return result;
  };

  const measureFragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are refused by validation before this runs.
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0 };
    inProgress.add(name);
    const measured = measureSet(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, measured);
    return measured;
  };

  // Root fields per fragment, also memoised: a fragment may be spread many times.
  const rootMemo = new Map<string, Map<string, number>>();
  const countRoot = (set: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        add(selection.name.value, 1);
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? countRoot(selection.selectionSet)
            : rootCountsOfFragment(selection.name.value);
        for (const [name, n] of inner) add(name, n);
      }
    }
    return counts;
  };
  const rootCountsOfFragment = (name: string): Map<string, number> => {
    const known = rootMemo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return new Map();
    inProgress.add(name);
    const counts = countRoot(fragment.selectionSet);
    inProgress.delete(name);
    rootMemo.set(name, counts);
    return counts;
  };
  const rootFieldCounts = countRoot(operation.selectionSet);

  return { ...measureSet(operation.selectionSet), rootFieldCounts };
}
