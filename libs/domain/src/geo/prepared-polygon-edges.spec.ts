import type { AreaGeometry, LinearRing, Position } from './geo-types.js';
import { PreparedPolygon } from './prepared-polygon.js';

// PreparedPolygon at the edges of its rules, with answers worked out by hand: the bounding box
// beats the edge tolerance, the bands are exact at their boundaries, the quick "is the edge
// near this latitude" filter keeps edges exactly EDGE_TOLERANCE_DEG (1e-10) away, the
// half-open rule at a vertex on the ray, and geometry with an infinite coordinate.

const HAIR = 5e-11; // half the edge tolerance
const polygon = (...rings: LinearRing[]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });
const inside = (g: AreaGeometry, lng: number, lat: number): boolean =>
  new PreparedPolygon(g).contains({ lng, lat });

const UNIT_SQUARE: LinearRing = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('PreparedPolygon: the bounding box beats the edge tolerance', () => {
  // A point half a tolerance outside a side is within the tolerance of that side, but outside
  // the polygon's bounding box, and pointInPolygon's rule says: never inside.
  const g = polygon(UNIT_SQUARE);

  it('a point on a side, or a hair inside it, is inside', () => {
    expect(inside(g, 1, 0.5)).toBe(true);
    expect(inside(g, 1 - HAIR, 0.5)).toBe(true);
    expect(inside(g, 0.5, 0)).toBe(true);
  });

  it('a hair west of the west side is outside', () => {
    expect(inside(g, -HAIR, 0.5)).toBe(false);
  });

  it('a hair east of the east side is outside', () => {
    expect(inside(g, 1 + HAIR, 0.5)).toBe(false);
  });

  it('a hair south of the south side is outside', () => {
    expect(inside(g, 0.5, -HAIR)).toBe(false);
  });

  it('a hair north of the north side is outside', () => {
    expect(inside(g, 0.5, 1 + HAIR)).toBe(false);
  });
});

describe('PreparedPolygon: bands', () => {
  it('a square centred on the equator contains the points of its southern side', () => {
    const g = polygon([
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
      [-1, -1],
    ]);
    expect(inside(g, 0, -1)).toBe(true);
    expect(inside(g, -1, -1)).toBe(true);
    expect(inside(g, 0, 0)).toBe(true);
  });

  // Six edges make two bands of height 2 over latitudes 0–4; the band boundary is latitude 2.
  // The east side has a vertex at (3.5, v) with v a hair from that boundary; the point
  // (2, between v and 2) is inside only through the edge that starts at v.
  const bump = (v: number): AreaGeometry =>
    polygon([
      [0, 0],
      [4, 0],
      [3.5, v],
      [4, 4],
      [0, 4],
      [0, 0],
    ]);

  it('an edge that starts a hair below a band boundary is found from the lower band', () => {
    expect(inside(bump(2 - HAIR), 2, 2 - 2e-11)).toBe(true);
  });

  it('an edge that ends a hair above a band boundary is found from the upper band', () => {
    expect(inside(bump(2 + HAIR), 2, 2 + 2e-11)).toBe(true);
  });
});

describe('PreparedPolygon: an edge exactly one tolerance above or below the point', () => {
  // A roof J(-1,-1) → V(0,0) → W(1,-0.001) over a block, with a tower on the west so the box
  // reaches latitude 3. P = (5e-11, 1e-10) lies exactly 1e-10 above V, outside the polygon,
  // but within 3.6e-11 of the line J–V (|−1·1e-10 + 5e-11| / √2), so on that edge. Its other
  // edge V–W runs nearly level to the east: P is 1.0005e-10 from it, just off it.
  const roof: LinearRing = [
    [-1, -1],
    [0, 0],
    [1, -0.001],
    [1, -3],
    [-3, -3],
    [-3, 3],
    [-2, 3],
    [-2, -1],
    [-1, -1],
  ];
  const floor: LinearRing = roof.map(([x, y]): Position => [x, -y]);
  const reversed = (ring: LinearRing): LinearRing => [...ring].reverse();

  it('a point exactly the tolerance above a roof vertex is on the edge', () => {
    expect(inside(polygon(roof), HAIR, 1e-10)).toBe(true);
  });

  it('the same with the ring walked the other way round', () => {
    expect(inside(polygon(reversed(roof)), HAIR, 1e-10)).toBe(true);
  });

  it('a point exactly the tolerance below a floor vertex is on the edge', () => {
    expect(inside(polygon(floor), HAIR, -1e-10)).toBe(true);
  });

  it('the same with the floor ring walked the other way round', () => {
    expect(inside(polygon(reversed(floor)), HAIR, -1e-10)).toBe(true);
  });

  it('a little further above the roof or below the floor vertex the point is outside', () => {
    expect(inside(polygon(roof), HAIR, 3e-10)).toBe(false);
    expect(inside(polygon(floor), HAIR, -3e-10)).toBe(false);
  });
});

describe('PreparedPolygon: a ray through a vertex', () => {
  const diamond = polygon([
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, -1],
  ]);

  it('counts a ray through the east corner once, so the centre line is inside', () => {
    expect(inside(diamond, -0.5, 0)).toBe(true);
    expect(inside(diamond, 0.5, 0)).toBe(true);
  });

  it('a point on that line past the corner is outside', () => {
    expect(inside(diamond, 1.5, 0)).toBe(false);
  });
});

describe('PreparedPolygon: geometry with an infinite coordinate', () => {
  // pointInPolygon leaves non-finite positions out of the bounding box, so the box here is the
  // unit square and (2, 0.5) is outside, though the edges to (∞, 0.5) reach past it.
  const withInfinity: LinearRing = [
    [0, 0],
    [1, 0],
    [Infinity, 0.5],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  const smallHole: LinearRing = [
    [0.1, 0.1],
    [0.2, 0.1],
    [0.2, 0.2],
    [0.1, 0.1],
  ];

  it('a point east of the finite corners is outside, also when another ring is finite', () => {
    expect(inside(polygon(withInfinity, smallHole), 2, 0.5)).toBe(false);
  });

  it('in a MultiPolygon, a finite polygon next to it does not change that', () => {
    const g: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [withInfinity],
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 11],
            [10, 10],
          ],
        ],
      ],
    };
    expect(inside(g, 2, 0.5)).toBe(false);
    expect(inside(g, 10.5, 10.5)).toBe(true);
  });
});
