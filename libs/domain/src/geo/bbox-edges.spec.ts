import {
  bboxContains,
  bboxIntersects,
  circleBBox,
  emptyBBox,
  geometryBBox,
  isEmptyBBox,
} from './bbox.js';
import { EARTH_RADIUS_KM } from './haversine.js';
import { isInNetherlands, isInNetherlandsBBox, NETHERLANDS_BBOX } from './netherlands.js';
import type { BBox } from './geo-types.js';

// Boundaries of the box helpers, one side at a time: each case moves a single coordinate
// onto or just past one edge, so a comparison that is off by one side shows.

const KM_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_KM;

describe('isEmptyBBox', () => {
  it('a point box is not empty; a box inverted on either axis is', () => {
    expect(isEmptyBBox([5, 52, 5, 52])).toBe(false);
    expect(isEmptyBBox([5, 52, 6, 53])).toBe(false);
    expect(isEmptyBBox([6, 52, 5, 53])).toBe(true); // lng inverted only
    expect(isEmptyBBox([5, 53, 6, 52])).toBe(true); // lat inverted only
    expect(isEmptyBBox(emptyBBox())).toBe(true);
  });
});

describe('geometryBBox', () => {
  it('takes each extreme from the position that has it, whatever the order', () => {
    const ring: [number, number][] = [
      [5, 52],
      [4, 51.5],
      [6, 53],
      [5.5, 51],
      [5, 52],
    ];
    expect(geometryBBox({ type: 'Polygon', coordinates: [ring] })).toEqual([4, 51, 6, 53]);
    const reversed = [...ring].reverse();
    expect(geometryBBox({ type: 'Polygon', coordinates: [reversed] })).toEqual([4, 51, 6, 53]);
  });

  it('skips a position with one non-finite coordinate, in either place', () => {
    const ring: [number, number][] = [
      [5, 52],
      [Number.NaN, 60],
      [1, Number.POSITIVE_INFINITY],
      [6, 53],
      [5, 52],
    ];
    expect(geometryBBox({ type: 'Polygon', coordinates: [ring] })).toEqual([5, 52, 6, 53]);
  });
});

describe('circleBBox', () => {
  it('a NaN in the radius or either centre coordinate gives a NaN box', () => {
    for (const [lat, lng, r] of [
      [52, 5, Number.NaN],
      [Number.NaN, 5, 10],
      [52, Number.NaN, 10],
    ]) {
      expect(circleBBox({ lat, lng }, r).every(Number.isNaN)).toBe(true);
    }
  });

  it('half the circumference or more is the whole world', () => {
    const half = Math.PI * EARTH_RADIUS_KM;
    expect(circleBBox({ lat: 52, lng: 5 }, half)).toEqual([-180, -90, 180, 90]);
    const justUnder = circleBBox({ lat: 0, lng: 0 }, half * 0.999);
    expect(justUnder).toEqual([-180, -90, 180, 90]);
  });

  it('a circle reaching a pole spans every longitude and stops at the pole', () => {
    const r = 3 * KM_PER_DEG; // 3 degrees of latitude
    const north = circleBBox({ lat: 88, lng: 5 }, r);
    expect(north[0]).toBe(-180);
    expect(north[2]).toBe(180);
    expect(north[3]).toBe(90);
    expect(north[1]).toBeCloseTo(85, 6);
    const south = circleBBox({ lat: -88, lng: 5 }, r);
    expect(south[1]).toBe(-90);
    expect(south[3]).toBeCloseTo(-85, 6);
    expect([south[0], south[2]]).toEqual([-180, 180]);
  });

  it('crossing the antimeridian on either side spans every longitude', () => {
    const r = 2 * KM_PER_DEG;
    const east = circleBBox({ lat: 0, lng: 179 }, r);
    const west = circleBBox({ lat: 0, lng: -179 }, r);
    expect([east[0], east[2]]).toEqual([-180, 180]);
    expect([west[0], west[2]]).toEqual([-180, 180]);
    expect(east[1]).toBeCloseTo(-2, 6);
    expect(east[3]).toBeCloseTo(2, 6);
  });

  it('a small circle is a little wider than its radius in longitude, never narrower', () => {
    const r = 10;
    const b = circleBBox({ lat: 52, lng: 5 }, r);
    const dLat = r / KM_PER_DEG;
    expect(b[3] - 52).toBeGreaterThan(dLat);
    expect(b[3] - 52).toBeLessThan(dLat + 1e-8);
    const dLng = dLat / Math.cos((52 * Math.PI) / 180);
    expect(b[2] - 5).toBeGreaterThan(dLng);
    expect(b[2] - 5).toBeLessThan(dLng * 1.001);
    expect(5 - b[0]).toBeCloseTo(b[2] - 5, 12);
  });
});

describe('bboxContains and bboxIntersects on each edge', () => {
  const box: BBox = [4, 51, 6, 53];
  it('contains a point on each edge and nothing a hair outside it', () => {
    const eps = 1e-9;
    for (const [lng, lat] of [
      [4, 52],
      [6, 52],
      [5, 51],
      [5, 53],
    ]) {
      expect(bboxContains(box, { lng, lat })).toBe(true);
    }
    expect(bboxContains(box, { lng: 4 - eps, lat: 52 })).toBe(false);
    expect(bboxContains(box, { lng: 6 + eps, lat: 52 })).toBe(false);
    expect(bboxContains(box, { lng: 5, lat: 51 - eps })).toBe(false);
    expect(bboxContains(box, { lng: 5, lat: 53 + eps })).toBe(false);
  });

  it('boxes touching along one side intersect; a hair apart they do not', () => {
    const eps = 1e-9;
    const touching: BBox[] = [
      [6, 51, 7, 53], // east
      [3, 51, 4, 53], // west
      [4, 53, 6, 54], // north
      [4, 50, 6, 51], // south
    ];
    for (const other of touching) {
      expect(bboxIntersects(box, other)).toBe(true);
      expect(bboxIntersects(other, box)).toBe(true);
    }
    expect(bboxIntersects(box, [6 + eps, 51, 7, 53])).toBe(false);
    expect(bboxIntersects(box, [3, 51, 4 - eps, 53])).toBe(false);
    expect(bboxIntersects(box, [4, 53 + eps, 6, 54])).toBe(false);
    expect(bboxIntersects(box, [4, 50, 6, 51 - eps])).toBe(false);
  });
});

describe('the Netherlands box, edge by edge', () => {
  const [minLng, minLat, maxLng, maxLat] = NETHERLANDS_BBOX;
  const eps = 1e-9;
  const midLng = (minLng + maxLng) / 2;
  const midLat = (minLat + maxLat) / 2;

  it('isInNetherlands: on each edge yes, a hair past it no', () => {
    expect(isInNetherlands({ lng: minLng, lat: midLat })).toBe(true);
    expect(isInNetherlands({ lng: maxLng, lat: midLat })).toBe(true);
    expect(isInNetherlands({ lng: midLng, lat: minLat })).toBe(true);
    expect(isInNetherlands({ lng: midLng, lat: maxLat })).toBe(true);
    expect(isInNetherlands({ lng: minLng - eps, lat: midLat })).toBe(false);
    expect(isInNetherlands({ lng: maxLng + eps, lat: midLat })).toBe(false);
    expect(isInNetherlands({ lng: midLng, lat: minLat - eps })).toBe(false);
    expect(isInNetherlands({ lng: midLng, lat: maxLat + eps })).toBe(false);
  });

  it('isInNetherlandsBBox: the box itself and a point box are inside; past any edge or inverted not', () => {
    expect(isInNetherlandsBBox([minLng, minLat, maxLng, maxLat])).toBe(true);
    expect(isInNetherlandsBBox([midLng, midLat, midLng, midLat])).toBe(true);
    expect(isInNetherlandsBBox([minLng - eps, minLat, maxLng, maxLat])).toBe(false);
    expect(isInNetherlandsBBox([minLng, minLat - eps, maxLng, maxLat])).toBe(false);
    expect(isInNetherlandsBBox([minLng, minLat, maxLng + eps, maxLat])).toBe(false);
    expect(isInNetherlandsBBox([minLng, minLat, maxLng, maxLat + eps])).toBe(false);
    // Inside the box on every edge test, but inverted: an empty box is not "in the Netherlands".
    expect(isInNetherlandsBBox([6, 52, 5, 53])).toBe(false);
    expect(isInNetherlandsBBox([5, 53, 6, 52])).toBe(false);
    expect(isInNetherlandsBBox(emptyBBox())).toBe(false);
  });
});
