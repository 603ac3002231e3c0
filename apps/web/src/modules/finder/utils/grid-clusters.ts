// Groups map points that would overlap on screen: points in the same square of `cellPx`
// pixels (at the current zoom) become one cluster. Simple, stable and fast enough for the
// few hundred points the finder draws; `project` turns a position into screen pixels.
export interface ClusterPoint<T> {
  lat: number;
  lng: number;
  item: T;
}

export interface Cluster<T> {
  key: string;
  lat: number;
  lng: number;
  items: T[];
}

export function gridClusters<T>(
  points: readonly ClusterPoint<T>[],
  project: (lat: number, lng: number) => { x: number; y: number },
  cellPx = 44,
): Cluster<T>[] {
  const cells = new Map<string, { lat: number; lng: number; items: T[] }>();
  for (const point of points) {
    const { x, y } = project(point.lat, point.lng);
    const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.lat += point.lat;
      cell.lng += point.lng;
      cell.items.push(point.item);
    } else {
      cells.set(key, { lat: point.lat, lng: point.lng, items: [point.item] });
    }
  }
  return [...cells].map(([key, cell]) => ({
    key,
    lat: cell.lat / cell.items.length,
    lng: cell.lng / cell.items.length,
    items: cell.items,
  }));
}
