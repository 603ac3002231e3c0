import type { BBox, GeoPoint } from './geo-types.js';

// Deliberately generous: it must accept every Dutch school and border municipality (including
// the Wadden islands and Zuid-Limburg) while still catching swapped lat/lng or a 0,0 location.
export const NETHERLANDS_BBOX: Readonly<BBox> = Object.freeze([
  3.2, 50.7, 7.3, 53.7,
]) as Readonly<BBox>;

/** True when the point lies inside (or on the edge of) the generous Netherlands bounding box. */
export function isInNetherlands(p: GeoPoint): boolean {
  const [minLng, minLat, maxLng, maxLat] = NETHERLANDS_BBOX;
  return p.lng >= minLng && p.lng <= maxLng && p.lat >= minLat && p.lat <= maxLat;
}

/** True when the whole box lies inside the Netherlands bounding box. */
export function isInNetherlandsBBox(bbox: Readonly<BBox>): boolean {
  const [minLng, minLat, maxLng, maxLat] = NETHERLANDS_BBOX;
  return (
    bbox[0] <= bbox[2] &&
    bbox[1] <= bbox[3] &&
    bbox[0] >= minLng &&
    bbox[1] >= minLat &&
    bbox[2] <= maxLng &&
    bbox[3] <= maxLat
  );
}
