import { bboxContains, bboxIntersects, circleBBox, geometryBBox, isEmptyBBox } from './bbox.js';
import type { MultiPolygonGeometry, PolygonGeometry } from './geo-types.js';
import { haversineKm } from './haversine.js';
import { box } from './__fixtures__/rings.js';

const square: PolygonGeometry = { type: 'Polygon', coordinates: [box(5, 52, 5.2, 52.1)] };

describe('geometryBBox', () => {
  it('spans a polygon', () => {
    expect(geometryBBox(square)).toEqual([5, 52, 5.2, 52.1]);
  });

  it('spans all parts of a MultiPolygon', () => {
    const multi: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [6, 51],
            [6.5, 51],
            [6.5, 51.5],
            [6, 51],
          ],
        ],
      ],
    };
    expect(geometryBBox(multi)).toEqual([5, 51, 6.5, 52.1]);
  });

  it('is empty for a geometry without positions', () => {
    expect(isEmptyBBox(geometryBBox({ type: 'MultiPolygon', coordinates: [] }))).toBe(true);
  });
});

describe('circleBBox', () => {
  it('is exact in latitude and scales longitude by the latitude', () => {
    const center = { lat: 52, lng: 5 };
    const [minLng, minLat, maxLng, maxLat] = circleBBox(center, 10);
    expect(haversineKm(center, { lat: maxLat, lng: 5 })).toBeCloseTo(10, 4);
    expect(haversineKm(center, { lat: minLat, lng: 5 })).toBeCloseTo(10, 4);
    const lngHalf = maxLng - 5;
    expect(5 - minLng).toBeCloseTo(lngHalf, 10);
    // At 52° N a degree of longitude is ~0.616 of a degree of latitude.
    expect(lngHalf / (maxLat - 52)).toBeCloseTo(1 / Math.cos((52 * Math.PI) / 180), 3);
  });

  it('contains every point on the circle', () => {
    const center = { lat: 52.3, lng: 4.9 };
    const radius = 35;
    const box = circleBBox(center, radius);
    // Walk the circle by bearing using the direct geodesic formula on the sphere.
    const d = radius / 6371.0088;
    const φ1 = (center.lat * Math.PI) / 180;
    for (let b = 0; b < 360; b += 0.5) {
      const θ = (b * Math.PI) / 180;
      const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
      const λ2 = Math.atan2(
        Math.sin(θ) * Math.sin(d) * Math.cos(φ1),
        Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
      );
      const p = { lat: (φ2 * 180) / Math.PI, lng: center.lng + (λ2 * 180) / Math.PI };
      expect(bboxContains(box, p)).toBe(true);
    }
  });

  it('degrades to a full longitude range near a pole and a point for radius 0', () => {
    expect(circleBBox({ lat: 89.9, lng: 0 }, 50)[0]).toBe(-180);
    const [a, b, c, d] = circleBBox({ lat: 52, lng: 5 }, 0);
    expect(c - a).toBeLessThan(1e-8);
    expect(d - b).toBeLessThan(1e-8);
  });
});

describe('bboxContains / bboxIntersects', () => {
  it('is inclusive on edges', () => {
    expect(bboxContains([5, 52, 6, 53], { lng: 5, lat: 52.5 })).toBe(true);
    expect(bboxContains([5, 52, 6, 53], { lng: 4.99, lat: 52.5 })).toBe(false);
    expect(bboxIntersects([5, 52, 6, 53], [6, 53, 7, 54])).toBe(true);
    expect(bboxIntersects([5, 52, 6, 53], [6.01, 52, 7, 53])).toBe(false);
  });

  it('never intersects an empty box', () => {
    expect(bboxIntersects([5, 52, 6, 53], [Infinity, Infinity, -Infinity, -Infinity])).toBe(false);
  });
});
