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

  it('handles thousands of points quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ x: (i % 100) * 9, y: i / 10 }));
    const big = new PointGrid(many, (p) => p, 16);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) big.nearest({ x: (i * 7) % 900, y: (i * 13) % 1000 }, 7);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
