import type { GeoPoint } from '@partnerwijzer/domain';

/** A point kept as two nullable columns (lat, lng): a point only when both are set. */
export function storedPoint(lat: number | null, lng: number | null): GeoPoint | null {
  return lat !== null && lng !== null ? { lat, lng } : null;
}
