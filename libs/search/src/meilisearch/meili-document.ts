import type { OfferingDocument } from '../offering-document.js';

export type MeiliDocument = OfferingDocument & { _geo?: { lat: number; lng: number } };

/** Meilisearch wants the point as `_geo` for geo sorting; ids are our stable UUIDs. */
export function toMeiliDocument(doc: OfferingDocument): MeiliDocument {
  return doc.location
    ? { ...doc, _geo: { lat: doc.location.lat, lng: doc.location.lng } }
    : { ...doc };
}
