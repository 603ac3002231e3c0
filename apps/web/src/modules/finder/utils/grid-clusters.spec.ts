import { describe, expect, it } from '@jest/globals';

import { gridClusters } from './grid-clusters';

describe('gridClusters', () => {
  const project = (lat: number, lng: number) => ({ x: lng * 100, y: lat * 100 });

  it('groups points in the same screen cell and keeps far ones apart', () => {
    const clusters = gridClusters(
      [
        { lat: 0.01, lng: 0.01, item: 'a' },
        { lat: 0.02, lng: 0.03, item: 'b' },
        { lat: 5, lng: 5, item: 'c' },
      ],
      project,
      44,
    );
    expect(clusters.map((c) => c.items)).toEqual([['a', 'b'], ['c']]);
    expect(clusters[0]!.lat).toBeCloseTo(0.015);
    expect(clusters[0]!.lng).toBeCloseTo(0.02);
  });
});
