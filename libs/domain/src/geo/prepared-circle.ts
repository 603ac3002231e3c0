import type { GeoPoint } from './geo-types.js';
import { EARTH_RADIUS_KM, haversineKm } from './haversine.js';

const RAD = Math.PI / 180;
/** Relative margin around the threshold inside which the exact haversineKm decides. */
const MARGIN = 1e-9;

/**
 * A radius area prepared for many "within radiusKm?" tests with the same answer as
 * `haversineKm(center, p) <= radiusKm`. The haversine term s grows with distance, so instead of
 * turning s into kilometres (sqrt + asin) for every point, s is compared with the value it has
 * at exactly radiusKm. Only points within a relative 1e-9 of that value — far more than the
 * rounding error of either computation — go through haversineKm itself.
 */
export class PreparedCircle {
  private readonly cosLat: number;
  private readonly below: number;
  private readonly above: number;

  constructor(
    private readonly center: GeoPoint,
    private readonly radiusKm: number,
  ) {
    this.cosLat = Math.cos(center.lat * RAD);
    const half = radiusKm / (2 * EARTH_RADIUS_KM);
    // Beyond half the globe (or an unusable radius) every test is exact.
    const usable = Number.isFinite(half) && half >= 0 && half < Math.PI / 2;
    const s = usable ? Math.sin(half) ** 2 : NaN;
    this.below = usable ? s * (1 - MARGIN) : -Infinity;
    this.above = usable ? s * (1 + MARGIN) : Infinity;
  }

  contains(p: GeoPoint): boolean {
    const dLat = (p.lat - this.center.lat) * RAD;
    const dLng = (p.lng - this.center.lng) * RAD;
    const s =
      Math.sin(dLat / 2) ** 2 + this.cosLat * Math.cos(p.lat * RAD) * Math.sin(dLng / 2) ** 2;
    if (s < this.below) return true;
    if (s > this.above) return false;
    return haversineKm(this.center, p) <= this.radiusKm;
  }
}
