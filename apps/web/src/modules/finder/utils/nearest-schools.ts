// The schools nearest to a point, from the list of every school's point the browser already
// has (8,622 at most: a plain scan is well under a millisecond).

interface Point {
  lat: number;
  lng: number;
}

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `count` nearest points, nearest first, with their distance rounded to 0.1 km. */
export function nearestSchools<T extends Point>(
  points: readonly T[],
  from: Point,
  count = 8,
): (T & { km: number })[] {
  return points
    .map((point) => ({ point, km: distanceKm(from, point) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count)
    .map(({ point, km }) => ({ ...point, km: Math.round(km * 10) / 10 }));
}
