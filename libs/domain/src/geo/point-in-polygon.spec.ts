import type { MultiPolygonGeometry, PolygonGeometry } from './geo-types.js';
import { pointInPolygon } from './point-in-polygon.js';
import { box } from './__fixtures__/rings.js';

const withHole: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [box(5, 52, 6, 53), box(5.4, 52.4, 5.6, 52.6)],
};

describe('pointInPolygon', () => {
  it('finds points inside and outside a polygon', () => {
    expect(pointInPolygon({ lng: 5.2, lat: 52.2 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 6.2, lat: 52.2 }, withHole)).toBe(false);
  });

  it('respects holes', () => {
    expect(pointInPolygon({ lng: 5.5, lat: 52.5 }, withHole)).toBe(false);
  });

  it('does not depend on ring winding', () => {
    const reversed: PolygonGeometry = {
      type: 'Polygon',
      coordinates: withHole.coordinates.map((r) => [...r].reverse()),
    };
    expect(pointInPolygon({ lng: 5.2, lat: 52.2 }, reversed)).toBe(true);
    expect(pointInPolygon({ lng: 5.5, lat: 52.5 }, reversed)).toBe(false);
  });

  it('treats every boundary as inside: outer edges, vertices and hole edges', () => {
    expect(pointInPolygon({ lng: 5, lat: 52.5 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 6, lat: 52.5 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 5.5, lat: 53 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 6, lat: 53 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 5.4, lat: 52.5 }, withHole)).toBe(true);
    expect(pointInPolygon({ lng: 5.6, lat: 52.6 }, withHole)).toBe(true);
  });

  it('handles a point on a sloped edge', () => {
    const triangle: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [6, 52],
          [5, 53],
          [5, 52],
        ],
      ],
    };
    expect(pointInPolygon({ lng: 5.5, lat: 52.5 }, triangle)).toBe(true);
    expect(pointInPolygon({ lng: 5.5 + 1e-6, lat: 52.5 + 1e-6 }, triangle)).toBe(false);
  });

  it('covers a MultiPolygon when any part contains the point', () => {
    const multi: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [withHole.coordinates, [box(5.45, 52.45, 5.55, 52.55)]],
    };
    // Inside the island that sits in the first polygon's hole.
    expect(pointInPolygon({ lng: 5.5, lat: 52.5 }, multi)).toBe(true);
    expect(pointInPolygon({ lng: 5.42, lat: 52.5 }, multi)).toBe(false);
    expect(pointInPolygon({ lng: 7, lat: 52.5 }, multi)).toBe(false);
  });

  it('returns false for non-finite points and empty geometries', () => {
    expect(pointInPolygon({ lng: Number.NaN, lat: 52.5 }, withHole)).toBe(false);
    expect(pointInPolygon({ lng: 5.5, lat: 52.5 }, { type: 'Polygon', coordinates: [] })).toBe(
      false,
    );
  });
});
