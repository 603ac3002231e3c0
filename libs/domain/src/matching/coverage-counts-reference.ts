import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import type { MatchEngine } from './match-engine.js';
import type { MatchQuery } from './match-types.js';

/** One place and intervention type: offerings that reach and fit, the verified, the local ones. */
export interface CoverageCellCounts {
  offerings: number;
  verified: number;
  local: number;
}

/**
 * Slow, obviously right, and the oracle for MatchEngine.coverageCounts (its spec and the
 * coverage benchmark): the full match answer for one place (every need, no limit), counted per
 * intervention type in INTERVENTION_CODES order. Not in the public index (src/index.ts): its
 * users import it by path, so production code cannot take the slow way by mistake.
 */
export function coverageCellsByMatch(
  engine: MatchEngine,
  place: Omit<MatchQuery, 'needs' | 'limit'>,
): CoverageCellCounts[] {
  const cells = INTERVENTION_CODES.map(() => ({ offerings: 0, verified: 0, local: 0 }));
  const outcome = engine.match({
    ...place,
    needs: INTERVENTION_CODES.map((code) => ({ code })),
    limit: engine.size,
  });
  for (const m of outcome.matches) {
    for (const code of m.needsMet) {
      const c = cells[INTERVENTION_CODES.indexOf(code)];
      c.offerings++;
      if (m.scoreParts.verified === 1) c.verified++;
      if (m.matchedArea.kind !== 'NATIONAL') c.local++;
    }
  }
  return cells;
}
