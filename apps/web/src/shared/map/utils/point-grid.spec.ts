import { describe, expect, it } from '@jest/globals';

import { PointGrid } from './point-grid';

describe('PointGrid', () => {
  const points = [
    { id: 'a', x: 10, y: 10 },
    { id: 'b', x: 17, y: 10 },
    { id: 'c', x: 100, y: 100 },
    { id: 'd', x: -40, y: -5 },
  ];
  const grid = new PointGrid(points, (p) => p, 16);

  it('finds the nearest point within the distance, across cell borders', () => {
    expect(grid.nearest({ x: 12, y: 11 }, 7)?.id).toBe('a');
    expect(grid.nearest({ x: 15, y: 10 }, 7)?.id).toBe('b');
    expect(grid.nearest({ x: 95, y: 97 }, 7)?.id).toBe('c');
    expect(grid.nearest({ x: -37, y: -1 }, 7)?.id).toBe('d');
  });

  it('finds nothing when every point is further away', () => {
    expect(grid.nearest({ x: 50, y: 50 }, 7)).toBeNull();
    expect(grid.nearest({ x: 10, y: 18 }, 7)).toBeNull();
  });

  // Speed is not asserted here (a busy machine would make that flaky); what a grid must not do
  // with many points in many cells is answer differently from looking at every point.
  it('answers as a scan of every point would, over thousands of points and cell borders', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ x: (i % 100) * 9, y: i / 10 }));
    const big = new PointGrid(many, (p) => p, 16);
    for (let i = 0; i < 500; i++) {
      const at = { x: (i * 7) % 900, y: (i * 13) % 1000 };
      const found = big.nearest(at, 7);
      const distances = many.map((p) => (p.x - at.x) ** 2 + (p.y - at.y) ** 2);
      const closest = Math.min(...distances);
      if (closest > 49) expect(found).toBeNull();
      else expect(found && (found.x - at.x) ** 2 + (found.y - at.y) ** 2).toBe(closest);
    }
  }, 60_000);
});
