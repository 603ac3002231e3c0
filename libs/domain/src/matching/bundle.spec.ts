import fc from 'fast-check';
import { BundleSolver, compareIds } from './bundle.js';

interface Cand {
  id: string;
  mask: number;
  score: number;
}

/** Every subset, ranked by the documented rule: fewest, highest total, smallest sorted ids. */
function exhaustive(cands: readonly Cand[]): string[] {
  let target = 0;
  for (const c of cands) target |= c.mask;
  if (target === 0) return [];
  let best: { ids: string[]; total: number } | undefined;
  for (let set = 1; set < 1 << cands.length; set++) {
    let covered = 0;
    let total = 0;
    const ids: string[] = [];
    for (let i = 0; i < cands.length; i++) {
      if (set & (1 << i)) {
        covered |= cands[i].mask;
        total += cands[i].score;
        ids.push(cands[i].id);
      }
    }
    if (covered !== target) continue;
    ids.sort(compareIds);
    if (!best || isBetter(ids, total, best.ids, best.total)) best = { ids, total };
  }
  return best ? best.ids : [];
}

function isBetter(ids: string[], total: number, bIds: string[], bTotal: number): boolean {
  if (ids.length !== bIds.length) return ids.length < bIds.length;
  if (total !== bTotal) return total > bTotal;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== bIds[i]) return ids[i] < bIds[i];
  return false;
}

function solve(solver: BundleSolver<Cand>, cands: readonly Cand[]): string[] {
  solver.reset();
  for (const c of cands) solver.offer(c.mask, c.score, c.id, c);
  return solver
    .solve()
    .map((c) => c.id)
    .sort(compareIds);
}

describe('BundleSolver', () => {
  it('beats a greedy cover: two sets of three instead of the big set plus two', () => {
    const solver = new BundleSolver<Cand>();
    const cands: Cand[] = [
      { id: 'big', mask: 0b011011, score: 900 },
      { id: 'a', mask: 0b000111, score: 100 },
      { id: 'b', mask: 0b111000, score: 100 },
    ];
    expect(solve(solver, cands)).toEqual(['a', 'b']);
  });

  it('prefers the higher total, then the smaller ids', () => {
    const solver = new BundleSolver<Cand>();
    expect(
      solve(solver, [
        { id: 'x', mask: 0b01, score: 5 },
        { id: 'y', mask: 0b10, score: 5 },
        { id: 'z', mask: 0b10, score: 6 },
      ]),
    ).toEqual(['x', 'z']);
    expect(
      solve(solver, [
        { id: 'q', mask: 0b11, score: 5 },
        { id: 'p', mask: 0b11, score: 5 },
      ]),
    ).toEqual(['p']);
  });

  it('ignores candidates that meet no requested need', () => {
    const solver = new BundleSolver<Cand>();
    expect(solve(solver, [{ id: 'n', mask: 0, score: 9 }])).toEqual([]);
  });

  it('equals an exhaustive search over every subset', () => {
    const solver = new BundleSolver<Cand>();
    const cands = fc
      .uniqueArray(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'),
          // Few bits and few score values, so equal masks and equal totals are common.
          mask: fc.integer({ min: 0, max: 31 }),
          score: fc.integer({ min: 0, max: 4 }),
        }),
        { maxLength: 10, selector: (c) => c.id },
      )
      .map((list) => list as Cand[]);
    fc.assert(
      fc.property(cands, (list) => {
        expect(solve(solver, list)).toEqual(exhaustive(list));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles all eleven needs', () => {
    const solver = new BundleSolver<Cand>();
    const cands: Cand[] = [];
    for (let i = 0; i < 11; i++)
      cands.push({ id: `s${String(i).padStart(2, '0')}`, mask: 1 << i, score: 10 });
    cands.push({ id: 'half', mask: 0b11111100000, score: 1 });
    cands.push({ id: 'rest', mask: 0b00000011111, score: 1 });
    expect(solve(solver, cands)).toEqual(['half', 'rest']);
  });
});
