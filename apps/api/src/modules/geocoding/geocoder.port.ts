import type { GeoPoint } from '@partnerwijzer/domain';

// What the product needs from a geocoder: a few places for a typed address, postcode or town.
// The PDOK Locatieserver is the adapter in production; tests serve its documents locally.

export type PlaceKind =
  'ADDRESS' | 'POSTCODE' | 'STREET' | 'TOWN' | 'MUNICIPALITY' | 'MUNICIPALITY_CENTRE' | 'OTHER';

export interface Place {
  label: string;
  kind: PlaceKind;
  location: GeoPoint;
  municipalityCode: string | null;
  postcode: string | null;
}

export interface Geocoder {
  /** Up to `limit` places for the text, best first; throws GeocoderUnavailable when it cannot. */
  search(text: string, limit: number): Promise<Place[]>;
}

export const GEOCODER = Symbol('GEOCODER');

/** The geocoder could not answer (off, unreachable, slow, or an answer we cannot read). */
export class GeocoderUnavailable extends Error {
  constructor(reason: string) {
    super(`geocoder unavailable: ${reason}`);
  }
}
