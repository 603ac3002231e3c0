import type { CoverageEntry, CoverageHit, CoverageQuery } from './coverage-index.js';
import { areaContains } from './coverage-reference.js';

/**
 * Linear scan over every entry: slow, obviously right, and the oracle for the index tests. Not
 * in the public index (src/index.ts): its specs import it by path, so production code cannot
 * take the slow way by mistake.
 */
export function bruteForceCoveringAt(
  entries: Iterable<CoverageEntry>,
  query: CoverageQuery,
): CoverageHit[] {
  const hits: CoverageHit[] = [];
  for (const e of entries) {
    if (areaContains(e.area, query)) {
      hits.push({ offeringId: e.offeringId, areaId: e.areaId, kind: e.area.kind });
    }
  }
  return hits;
}
