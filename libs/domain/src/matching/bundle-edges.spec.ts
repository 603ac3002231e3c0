import { BundleSolver } from './bundle.js';

// What bundle.spec.ts does not see because it sorts the ids it gets back: which of two equal
// candidates is kept, an empty solve, and the order solve() returns the members in.

interface Cand {
  id: string;
  mask: number;
}

function offerAll(solver: BundleSolver<Cand>, cands: readonly Cand[], score = 5): void {
  solver.reset();
  for (const c of cands) solver.offer(c.mask, score, c.id, c);
}

/** The ids solve() answers after only `cands` were offered, in the order it gives them. */
function solvedIds(solver: BundleSolver<Cand>, cands: readonly Cand[]): string[] {
  offerAll(solver, cands);
  return solver.solve().map((c) => c.id);
}

describe('BundleSolver edges', () => {
  it('a new solver with nothing offered gives an empty bundle', () => {
    expect(new BundleSolver<Cand>().solve()).toEqual([]);
  });

  it('after a reset the bundle is empty again', () => {
    const solver = new BundleSolver<Cand>();
    offerAll(solver, [{ id: 'a', mask: 0b1 }]);
    expect(solver.solve()).toHaveLength(1);
    solver.reset();
    expect(solver.solve()).toEqual([]);
  });

  it('of two candidates with the same mask, score and id the first one offered is kept', () => {
    const solver = new BundleSolver<Cand>();
    const first: Cand = { id: 'x', mask: 0b1 };
    const second: Cand = { id: 'x', mask: 0b1 };
    offerAll(solver, [first, second]);
    const bundle = solver.solve();
    expect(bundle).toHaveLength(1);
    expect(bundle[0]).toBe(first);
  });

  it.each<[string, Cand[], string[]]>([
    // The DP starts from the member holding the lowest need; solve() walks back from the full
    // state, so that member comes last.
    [
      'from the last one added back to the first',
      [
        { id: 'low', mask: 0b01 },
        { id: 'high', mask: 0b10 },
      ],
      ['high', 'low'],
    ],
    // The member with need 0 (mask 9) is numerically larger than the other (mask 6): it still
    // is the first one added.
    [
      'from the last one added back to the first, the one holding need 0 last',
      [
        { id: 'nine', mask: 0b1001 },
        { id: 'six', mask: 0b0110 },
      ],
      ['six', 'nine'],
    ],
    // Both hold need 0, so either can start: 0 → 0b011 → 0b111 is found before 0 → 0b101 →
    // 0b111 and gives the same members, count and total; the first way stays.
    [
      'of two equal ways to the same bundle, the one found first',
      [
        { id: 'a', mask: 0b011 },
        { id: 'b', mask: 0b101 },
      ],
      ['b', 'a'],
    ],
  ])('returns the members %s', (_way, cands, ids) => {
    expect(solvedIds(new BundleSolver<Cand>(), cands)).toEqual(ids);
  });
});
