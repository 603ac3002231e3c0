import { useState } from 'react';

/** A point typed as decimal text in two fields (LatLngFields), and ways to fill or empty them. */
export function useTypedPoint() {
  const [lat, setLat] = useState('');
  const [lng, setLng] = useState('');
  return {
    lat,
    lng,
    setLat,
    setLng,
    /** Puts a point in the fields, to five decimals (about a metre). */
    fill(point: { lat: number; lng: number }) {
      setLat(point.lat.toFixed(5));
      setLng(point.lng.toFixed(5));
    },
    clear() {
      setLat('');
      setLng('');
    },
  };
}

export type TypedPoint = ReturnType<typeof useTypedPoint>;
