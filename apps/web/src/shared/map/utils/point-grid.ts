// Finds the point nearest to a pixel among thousands, in constant time: points are bucketed
// in square cells of `cellPx` pixels, and a lookup only looks at the cells around the pixel.
// Positions are map pixels at one zoom level (rebuild the grid when the zoom changes).
export interface Pixel {
  x: number;
  y: number;
}

export class PointGrid<T> {
  private readonly cells = new Map<string, { item: T; at: Pixel }[]>();

  constructor(
    items: readonly T[],
    position: (item: T) => Pixel,
    private readonly cellPx = 16,
  ) {
    for (const item of items) {
      const at = position(item);
      const key = this.key(Math.floor(at.x / cellPx), Math.floor(at.y / cellPx));
      const cell = this.cells.get(key);
      if (cell) cell.push({ item, at });
      else this.cells.set(key, [{ item, at }]);
    }
  }

  /** The item closest to `at`, if one lies within `maxPx` pixels. */
  nearest(at: Pixel, maxPx: number): T | null {
    const reach = Math.ceil(maxPx / this.cellPx);
    const cx = Math.floor(at.x / this.cellPx);
    const cy = Math.floor(at.y / this.cellPx);
    let best: T | null = null;
    let bestDistance = maxPx * maxPx;
    for (let x = cx - reach; x <= cx + reach; x++) {
      for (let y = cy - reach; y <= cy + reach; y++) {
        for (const entry of this.cells.get(this.key(x, y)) ?? []) {
          const distance = (entry.at.x - at.x) ** 2 + (entry.at.y - at.y) ** 2;
          if (distance <= bestDistance) {
            bestDistance = distance;
            best = entry.item;
          }
        }
      }
    }
    return best;
  }

  private key(x: number, y: number): string {
    return `${x}:${y}`;
  }
}
