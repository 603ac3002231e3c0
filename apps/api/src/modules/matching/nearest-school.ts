import type { GeoPoint } from '@partnerwijzer/domain';

/**
 * The school nearest to a point. Compared on an equirectangular projection (cos of the
 * point's latitude): within the Netherlands the order equals the great-circle order, and it
 * costs a few multiplications per school.
 */
export function nearestSchool<S extends { location: GeoPoint }>(
  schools: Iterable<S>,
  point: GeoPoint,
): S | undefined {
  const k = Math.cos((point.lat * Math.PI) / 180);
  let best: S | undefined;
  let bestD = Infinity;
  for (const s of schools) {
    const dx = (s.location.lng - point.lng) * k;
    const dy = s.location.lat - point.lat;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}
