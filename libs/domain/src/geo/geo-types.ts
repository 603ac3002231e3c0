// GeoJSON (RFC 7946) subset used by the product: lon/lat order, WGS84.
export interface GeoPoint {
  lat: number;
  lng: number;
}

export type Position = [number, number];
export type LinearRing = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: LinearRing[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: LinearRing[][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [minLng, minLat, maxLng, maxLat] */
export type BBox = [number, number, number, number];
