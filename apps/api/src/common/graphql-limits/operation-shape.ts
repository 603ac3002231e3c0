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

/** Fragment definitions in a document and the longest chain of fragments spreading fragments. */
export interface FragmentShape {
  count: number;
  /** A fragment spread in the operation is depth 1; one it spreads, 2; and so on. */
  depth: number;
}

/**
 * Counts fragment definitions and measures how deep fragment spreads nest, each fragment once
 * (linear time). Checked before validation, whose overlapping-fields rule compares the fields
 * fragments bring in pairwise.
 */
export function measureFragments(document: DocumentNode): FragmentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      count++;
      fragments.set(definition.name.value, definition);
    }
  }
  if (count === 0) return { count, depth: 0 };
  const memo = new Map<string, number>();
  const depthOfSet = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      const below =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? depthOfFragment(selection.name.value)
          : depthOfSet(selection.selectionSet);
      deepest = Math.max(deepest, below);
    }
    return deepest;
  };
  const depthOfFragment = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, 1); // a cycle (refused by validation) counts once
    const fragment = fragments.get(name);
    const depth = 1 + (fragment ? depthOfSet(fragment.selectionSet) : 0);
    memo.set(name, depth);
    return depth;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      depth = Math.max(depth, depthOfSet(definition.selectionSet));
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      // Unused fragments are refused by validation, but are measured too.
      depth = Math.max(depth, depthOfFragment(definition.name.value));
    }
  }
  return { count, depth };
}

/**
 * The most selections written in one selection set (fragments not expanded): validation's
 * overlapping-fields rule compares same-named fields of a set pairwise, so 900 copies of one
 * field (18 KB, within the token limit) held it about 0.26 s.
 */
export function widestSelectionSet(document: DocumentNode): number {
  let widest = 0;
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    widest = Math.max(widest, set.selections.length);
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if ('selectionSet' in definition) walk(definition.selectionSet);
  }
  return widest;
}
