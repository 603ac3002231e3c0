import type { Position } from './geo-types.js';
import {
  DEFAULT_MAX_VERTICES,
  MAX_GEOMETRY_ERRORS,
  validateAreaGeometry,
} from './validate-geometry.js';
import { bowTie, box, errorsOf, polygon, spike, square } from './__fixtures__/rings.js';

// Edge cases of the geometry check, each error with its whole message and path: the messages
// are what the person drawing the area reads, so a changed word is a changed behaviour.

const POSITION_SHAPE =
  'Een positie moet precies twee getallen zijn: [lengtegraad, breedtegraad], zonder hoogte (a position must be exactly two numbers: [longitude, latitude], without altitude)';
const NOT_FINITE =
  'De lengte- en breedtegraad moeten eindige getallen zijn (longitude and latitude must be finite numbers)';
const OUTSIDE = 'Deze positie ligt buiten Nederland (this position lies outside the Netherlands)';
const NOT_DEGREES =
  'Deze positie is geen lengte- en breedtegraad in graden; het gebied lijkt in een ander coördinatenstelsel te staan, zoals RD New (EPSG:28992), terwijl GeoJSON WGS84 gebruikt (EPSG:4326) (this position is no longitude and latitude in degrees; the area looks like another coordinate system, such as RD New (EPSG:28992), while GeoJSON uses WGS84 (EPSG:4326))';
const SWAPPED =
  'Deze positie ligt buiten Nederland; lengte- en breedtegraad lijken verwisseld, GeoJSON gebruikt [lengtegraad, breedtegraad] (this position lies outside the Netherlands; longitude and latitude look swapped, GeoJSON uses [longitude, latitude])';

/** The errors of the square with its third corner moved to p. */
const errorsWithThirdCorner = (p: Position) =>
  errorsOf(polygon([...square.slice(0, 2), p, ...square.slice(3)]));

describe('validateAreaGeometry: exact messages', () => {
  it('names each kind of wrong input with its full message and path', () => {
    expect(errorsOf(null)).toEqual([
      {
        path: '',
        message:
          'De geometrie moet een GeoJSON-object zijn (the geometry must be a GeoJSON object)',
      },
    ]);
    expect(errorsOf([square])).toEqual([
      {
        path: '',
        message:
          'De geometrie moet een GeoJSON-object zijn (the geometry must be a GeoJSON object)',
      },
    ]);
    expect(errorsOf({ type: 'LineString', coordinates: [] })).toEqual([
      {
        path: 'type',
        message:
          'Het type moet "Polygon" of "MultiPolygon" zijn (the type must be "Polygon" or "MultiPolygon")',
      },
    ]);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: 'x' })).toEqual([
      {
        path: 'coordinates',
        message:
          'De coördinaten ontbreken of zijn geen lijst (the coordinates are missing or not a list)',
      },
    ]);
    expect(errorsOf(polygon())).toEqual([
      {
        path: 'coordinates',
        message:
          'Een polygoon moet minstens één ring (de buitenrand) hebben (a polygon needs at least one ring, its outer boundary)',
      },
    ]);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [] })).toEqual([
      {
        path: 'coordinates',
        message: 'Het multipolygoon heeft geen polygonen (the multipolygon has no polygons)',
      },
    ]);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [[square], 7] })).toEqual([
      {
        path: 'coordinates[1]',
        message: 'Een polygoon moet een lijst van ringen zijn (a polygon must be a list of rings)',
      },
    ]);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [[square], []] })).toEqual([
      {
        path: 'coordinates[1]',
        message:
          'Een polygoon moet minstens één ring (de buitenrand) hebben (a polygon needs at least one ring, its outer boundary)',
      },
    ]);
    expect(errorsOf(polygon(square, 'ring'))).toEqual([
      {
        path: 'coordinates[1]',
        message: 'Een ring moet een lijst van posities zijn (a ring must be a list of positions)',
      },
    ]);
  });

  it('gives the ring messages in full', () => {
    expect(errorsOf(polygon(square.slice(0, 3)))).toEqual([
      {
        path: 'coordinates[0]',
        message:
          'Een ring heeft minstens 4 posities nodig: 3 hoekpunten plus het beginpunt (a ring needs at least 4 positions: 3 vertices plus the first again)',
      },
    ]);
    expect(errorsOf(polygon(square.slice(0, 4)))).toEqual([
      {
        path: 'coordinates[0]',
        message:
          'De ring is niet gesloten: de laatste positie moet gelijk zijn aan de eerste (the ring is not closed: its last position must equal its first)',
      },
    ]);
    // Closed, but the last differs from the first in latitude only.
    expect(errorsOf(polygon([...square.slice(0, 4), [5, 52.05]]))[0].message).toMatch(
      /^De ring is niet gesloten/,
    );
    expect(errorsOf(polygon([square[0], square[1], square[1], square[0]]))).toEqual([
      {
        path: 'coordinates[0]',
        message:
          'De ring heeft minder dan 3 verschillende hoekpunten en omsluit geen gebied (the ring has fewer than 3 distinct vertices and encloses no area)',
      },
    ]);
    // A repeat of the first corner just before the closing one is no extra corner.
    expect(errorsOf(polygon([square[0], square[1], square[0], square[0]]))[0].message).toMatch(
      /^De ring heeft minder dan 3 verschillende hoekpunten/,
    );
    const r = validateAreaGeometry(
      polygon([square[0], square[0], square[1], square[2], square[0], square[0]]),
    );
    expect(r.ok && r.vertexCount).toBe(5);
  });

  it('names only the first position of the wrong length: an XYZM file has them everywhere', () => {
    const xyzm = (ring: Position[]) => ring.map(([x, y]) => [x, y, 0, 7]);
    const input = {
      type: 'MultiPolygon',
      coordinates: [[xyzm(square)], [xyzm(box(6, 52, 6.1, 52.1))]],
    };
    expect(errorsOf(input)).toEqual([{ path: 'coordinates[0][0][0]', message: POSITION_SHAPE }]);
  });

  it('gives the position messages in full, with the path of the position', () => {
    const ring = (p: unknown) => [...square.slice(0, 2), p, ...square.slice(3)];
    expect(errorsOf(polygon(ring([5.1])))).toEqual([
      { path: 'coordinates[0][2]', message: POSITION_SHAPE },
    ]);
    expect(errorsOf(polygon(ring('5,52')))).toEqual([
      { path: 'coordinates[0][2]', message: POSITION_SHAPE },
    ]);
    expect(errorsOf(polygon(ring([5.1, 52.1, 0])))).toEqual([
      { path: 'coordinates[0][2]', message: POSITION_SHAPE },
    ]);
    for (const bad of [
      ['5.1', 52.1],
      [5.1, '52.1'],
      [NaN, 52.1],
      [5.1, NaN],
      [Infinity, 52.1],
      [5.1, -Infinity],
    ]) {
      expect(errorsOf(polygon(ring(bad)))).toEqual([
        { path: 'coordinates[0][2]', message: NOT_FINITE },
      ]);
    }
  });
});

describe('validateAreaGeometry: the Netherlands bounding box', () => {
  it('accepts positions exactly on each side of the box', () => {
    const whole = box(3.2, 50.7, 7.3, 53.7);
    const r = validateAreaGeometry(polygon(whole));
    expect(r.ok && r.bbox).toEqual([3.2, 50.7, 7.3, 53.7]);
  });

  it.each<[string, Position]>([
    ['west of it', [3.19, 52]],
    ['east of it', [7.31, 52]],
    ['south of it', [5, 50.69]],
    ['north of it', [5, 53.71]],
  ])('refuses a position just %s', (_name, p) => {
    expect(errorsWithThirdCorner(p)).toEqual([{ path: 'coordinates[0][2]', message: OUTSIDE }]);
  });

  it.each<[Position, string]>([
    [[150000, 410000], NOT_DEGREES],
    [[180.01, 52], NOT_DEGREES],
    [[5, 90.01], NOT_DEGREES],
    [[-180.01, 52], NOT_DEGREES],
    [[5, -90.01], NOT_DEGREES],
    [[180, 52], OUTSIDE],
    [[5, 90], OUTSIDE],
    [[-180, -90], OUTSIDE],
  ])(
    'names another coordinate system for a position no degrees can be (RD New metres), and only then: %j',
    (p, message) => {
      expect(errorsWithThirdCorner(p)).toEqual([{ path: 'coordinates[0][2]', message }]);
    },
  );

  it.each<[Position, string]>([
    [[50.7, 3.2], SWAPPED],
    [[53.7, 7.3], SWAPPED],
    [[50.7, 7.3], SWAPPED],
    [[53.7, 3.2], SWAPPED],
    [[52, 5], SWAPPED],
    [[50.69, 5], OUTSIDE],
    [[53.71, 5], OUTSIDE],
    [[52, 3.19], OUTSIDE],
    [[52, 7.31], OUTSIDE],
  ])(
    'hints at swapped coordinates only when the swap lands inside, edges included: %j',
    (p, message) => {
      expect(errorsWithThirdCorner(p)).toEqual([{ path: 'coordinates[0][2]', message }]);
    },
  );
});

describe('validateAreaGeometry: counting vertices', () => {
  it('counts every ring of every polygon of a MultiPolygon, without closing repeats', () => {
    const hole = box(5.02, 52.02, 5.04, 52.04);
    const other = box(6, 52, 6.1, 52.1);
    const triangle: Position[] = [
      [6.5, 52],
      [6.6, 52],
      [6.5, 52.1],
      [6.5, 52],
    ];
    const r = validateAreaGeometry({
      type: 'MultiPolygon',
      coordinates: [[square, hole], [other], [triangle]],
    });
    expect(r.ok && r.vertexCount).toBe(4 + 4 + 4 + 3);
  });

  it('holds a MultiPolygon to the limit over all its polygons', () => {
    const input = { type: 'MultiPolygon', coordinates: [[square], [box(6, 52, 6.1, 52.1)]] };
    expect(validateAreaGeometry(input, { maxVertices: 8 }).ok).toBe(true);
    expect(errorsOf(input, { maxVertices: 7 })).toEqual([
      {
        path: 'coordinates',
        message:
          'Het gebied heeft te veel hoekpunten (meer dan 7); vereenvoudig de vorm (the area has more than 7 vertices; simplify the shape)',
      },
    ]);
    // The limit is checked after the last polygon too.
    const three = { ...input, coordinates: [...input.coordinates, [box(6.5, 52, 6.6, 52.1)]] };
    expect(errorsOf(three, { maxVertices: 11 })[0].message).toMatch(/meer dan 11/);
    expect(validateAreaGeometry(three, { maxVertices: 12 }).ok).toBe(true);
  });

  it('holds the holes of a Polygon to the limit as well', () => {
    const input = polygon(square, box(5.02, 52.02, 5.04, 52.04));
    expect(validateAreaGeometry(input, { maxVertices: 8 }).ok).toBe(true);
    expect(errorsOf(input, { maxVertices: 7 })[0].path).toBe('coordinates');
  });

  it('counts junk entries as one vertex each', () => {
    // A ring that is not a list, a ring of one position, an empty polygon: one each.
    expect(errorsOf(polygon(square, 0), { maxVertices: 4 })[0].message).toMatch(/te veel/);
    expect(errorsOf(polygon(square, 0), { maxVertices: 5 })[0].message).toBe(
      'Een ring moet een lijst van posities zijn (a ring must be a list of positions)',
    );
    expect(errorsOf(polygon(square, [[5, 52]]), { maxVertices: 4 })[0].message).toMatch(/te veel/);
    expect(errorsOf(polygon(square, [[5, 52]]), { maxVertices: 5 })[0].message).toMatch(
      /minstens 4 posities/,
    );
    expect(errorsOf(polygon(square, []), { maxVertices: 4 })[0].message).toMatch(/te veel/);
    const multi = { type: 'MultiPolygon', coordinates: [[square], []] };
    expect(errorsOf(multi, { maxVertices: 4 })[0].message).toMatch(/te veel/);
    expect(errorsOf(multi, { maxVertices: 5 })[0].message).toMatch(/minstens één ring/);
    const notList = { type: 'MultiPolygon', coordinates: [[square], 3] };
    expect(errorsOf(notList, { maxVertices: 4 })[0].message).toMatch(/te veel/);
  });

  it('uses 5,000 vertices as the default limit', () => {
    expect(DEFAULT_MAX_VERTICES).toBe(5000);
    // 5,001 junk rings: refused on the count, not read one by one.
    const junk = polygon(...new Array(5001).fill(0));
    expect(errorsOf(junk)).toEqual([
      {
        path: 'coordinates',
        message:
          'Het gebied heeft te veel hoekpunten (meer dan 5000); vereenvoudig de vorm (the area has more than 5000 vertices; simplify the shape)',
      },
    ]);
    const fewer = errorsOf(polygon(...new Array(5000).fill(0)));
    expect(fewer[0].message).toBe(
      'Een ring moet een lijst van posities zijn (a ring must be a list of positions)',
    );
  });
});

describe('validateAreaGeometry: the error cap', () => {
  it('lists the first 25 errors in order, then one closing note without a path', () => {
    const many = Array.from({ length: 40 }, () => [0, 0]);
    const errors = errorsOf(polygon(many));
    expect(MAX_GEOMETRY_ERRORS).toBe(25);
    expect(errors).toHaveLength(26);
    expect(errors.slice(0, 25)).toEqual(
      Array.from({ length: 25 }, (_, i) => ({
        path: `coordinates[0][${i}]`,
        message: OUTSIDE,
      })),
    );
    expect(errors[25]).toEqual({
      path: '',
      message:
        'Meer dan 25 fouten gevonden; alleen de eerste worden getoond (more than 25 errors found; only the first are shown)',
    });
  });

  it('does not add the note for exactly 25 errors', () => {
    const errors = errorsOf(polygon(Array.from({ length: 25 }, () => [0, 0])));
    expect(errors).toHaveLength(25);
    expect(errors.every((e) => e.message === OUTSIDE)).toBe(true);
  });

  it('turns a hostile input into one reading error', () => {
    const hostile = {
      type: 'Polygon',
      get coordinates(): unknown {
        throw new Error('boom');
      },
    };
    expect(errorsOf(hostile)).toEqual([
      {
        path: '',
        message: 'De geometrie kon niet worden gelezen (the geometry could not be read)',
      },
    ]);
  });
});

describe('validateAreaGeometry: self-intersections, with edge numbers', () => {
  const snijdt = (a: number, b: number) =>
    `De ring snijdt zichzelf: zijde ${a} raakt of kruist zijde ${b} (the ring intersects itself: side ${a} touches or crosses side ${b})`;

  // Vertex 4 (5.1, 52.05) lies on edge 2 (1-based), the vertical east side; the sweep meets
  // it from edge 5, which starts at the west side.
  const touchingVerticalEdge: Position[] = [
    [5, 52],
    [5.1, 52],
    [5.1, 52.1],
    [5.05, 52.1],
    [5.1, 52.05],
    [5, 52.1],
    [5, 52],
  ];

  it.each<[string, Position[], number, number]>([
    ['the two crossing edges of a bow tie', bowTie, 1, 3],
    ['the edges of a spike that doubles back', spike, 2, 3],
    ['a vertex touching a vertical edge that is not its neighbour', touchingVerticalEdge, 2, 5],
  ])('names %s', (_name, ring, a, b) => {
    expect(errorsOf(polygon(ring))).toEqual([{ path: 'coordinates[0]', message: snijdt(a, b) }]);
  });

  it('names a fold back over the closing corner', () => {
    // The last edge runs back along the first.
    const fold: Position[] = [
      [5, 52],
      [5.1, 52.1],
      [5, 52.1],
      [5.05, 52.1],
      [5, 52],
    ];
    const errors = errorsOf(polygon(fold));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^De ring snijdt zichzelf/);
  });

  it.each<[string, Position[]]>([
    [
      // Like the touching ring above, but the inner corner stops short of the east side.
      'a vertex beside a vertical edge, just past its end',
      [
        [5, 52],
        [5.1, 52],
        [5.1, 52.1],
        [5.05, 52.1],
        [5.09, 52.05],
        [5, 52.1],
        [5, 52],
      ],
    ],
    [
      'collinear neighbours that go on in the same direction',
      [
        [5, 52],
        [5.05, 52],
        [5.1, 52],
        [5.1, 52.05],
        [5.1, 52.1],
        [5, 52.1],
        [5, 52],
      ],
    ],
  ])('accepts %s, counting each of its six corners', (_name, ring) => {
    const r = validateAreaGeometry(polygon(ring));
    expect(r.ok && r.vertexCount).toBe(6);
  });
});

describe('validateAreaGeometry: holes along vertical and horizontal edges', () => {
  it.each([
    [
      'whose collinear sides meet in one corner only',
      box(5.01, 52.01, 5.03, 52.03),
      box(5.03, 52.03, 5.05, 52.05),
    ],
    [
      'on one vertical line that do not share a stretch',
      box(5.01, 52.01, 5.03, 52.02),
      box(5.03, 52.03, 5.05, 52.04),
    ],
  ])('accepts holes %s', (_name, one, two) => {
    expect(validateAreaGeometry(polygon(square, one, two)).ok).toBe(true);
  });

  it.each([
    ['vertical', box(5.03, 52.02, 5.05, 52.04)],
    ['horizontal', box(5.02, 52.03, 5.04, 52.05)],
  ])('refuses holes sharing a stretch of a %s side', (_side, second) => {
    expect(errorsOf(polygon(square, box(5.01, 52.01, 5.03, 52.03), second))).toEqual([
      {
        path: 'coordinates[2]',
        message:
          'Gat 2 kruist gat 1 of deelt er een zijde mee (hole 2 crosses or shares a side with hole 1)',
      },
    ]);
  });

  it('gives the hole messages in full', () => {
    expect(errorsOf(polygon(square, box(5.05, 52.05, 5.2, 52.08)))).toEqual([
      {
        path: 'coordinates[1]',
        message:
          'Gat 1 kruist de buitenrand of deelt er een zijde mee (hole 1 crosses or shares a side with the outer boundary)',
      },
    ]);
    expect(errorsOf(polygon(square, box(5.2, 52.2, 5.3, 52.3)))).toEqual([
      {
        path: 'coordinates[1]',
        message:
          "Gat 1 ligt (deels) buiten de buitenrand van de polygoon (hole 1 lies (partly) outside the polygon's outer boundary)",
      },
    ]);
    expect(
      errorsOf(polygon(square, box(5.01, 52.01, 5.05, 52.05), box(5.02, 52.02, 5.03, 52.03))),
    ).toEqual([
      {
        path: 'coordinates[2]',
        message:
          'Gat 2 en gat 1 liggen in elkaar; gaten mogen niet overlappen (hole 2 and hole 1 overlap; holes must not overlap)',
      },
    ]);
    // The third hole is checked against the second too, and named by number.
    expect(
      errorsOf(
        polygon(
          square,
          box(5.01, 52.01, 5.02, 52.02),
          box(5.04, 52.04, 5.08, 52.08),
          box(5.05, 52.05, 5.06, 52.06),
        ),
      ),
    ).toEqual([
      {
        path: 'coordinates[3]',
        message:
          'Gat 3 en gat 2 liggen in elkaar; gaten mogen niet overlappen (hole 3 and hole 2 overlap; holes must not overlap)',
      },
    ]);
  });

  it('reports one problem per polygon, the first hole that has one', () => {
    const errors = errorsOf(polygon(square, box(5.2, 52.2, 5.3, 52.3), box(5.4, 52.4, 5.5, 52.5)));
    expect(errors).toEqual([
      {
        path: 'coordinates[1]',
        message:
          "Gat 1 ligt (deels) buiten de buitenrand van de polygoon (hole 1 lies (partly) outside the polygon's outer boundary)",
      },
    ]);
  });

  it('refuses a hole in a concave shell that lies in its notch', () => {
    // An L-shaped shell; the hole sits in the missing quarter, inside the shell's box.
    const shell: Position[] = [
      [5, 52],
      [5.1, 52],
      [5.1, 52.05],
      [5.05, 52.05],
      [5.05, 52.1],
      [5, 52.1],
      [5, 52],
    ];
    expect(errorsOf(polygon(shell, box(5.06, 52.06, 5.09, 52.09)))[0].message).toBe(
      "Gat 1 ligt (deels) buiten de buitenrand van de polygoon (hole 1 lies (partly) outside the polygon's outer boundary)",
    );
    expect(validateAreaGeometry(polygon(shell, box(5.01, 52.01, 5.04, 52.09))).ok).toBe(true);
    expect(validateAreaGeometry(polygon(shell, box(5.01, 52.01, 5.09, 52.04))).ok).toBe(true);
  });
});

// Coordinates below are multiples of 1/16 where a test hinges on a point lying exactly on a
// line, so the arithmetic is exact.

/** A closed ring from its corners written 'lng lat, lng lat, …' (the first is repeated). */
function ringOf(corners: string): Position[] {
  const positions = corners.split(',').map((c) => c.trim().split(/\s+/).map(Number) as Position);
  return [...positions, positions[0]];
}

describe('validateAreaGeometry: what an accepted MultiPolygon gives back', () => {
  it('returns a MultiPolygon copy with every polygon and hole, and nothing else', () => {
    const hole = box(5.02, 52.02, 5.04, 52.04);
    const other = box(6, 52, 6.1, 52.1);
    const r = validateAreaGeometry({
      type: 'MultiPolygon',
      coordinates: [[square, hole], [other]],
      bbox: [0, 0, 1, 1],
    });
    expect(r.ok && r.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[square, hole], [other]],
    });
  });
});

describe('validateAreaGeometry: rings that cannot be read', () => {
  it('does not judge the holes of a polygon one of whose rings is unreadable', () => {
    // Were the holes checked without ring 1, ring 2 would be reported as "hole 1".
    expect(errorsOf(polygon(square, 'ring', box(5.2, 52.2, 5.3, 52.3)))).toEqual([
      {
        path: 'coordinates[1]',
        message: 'Een ring moet een lijst van posities zijn (a ring must be a list of positions)',
      },
    ]);
  });

  it('refuses a ring whose last position differs from the first in longitude only', () => {
    expect(errorsOf(polygon([...square.slice(0, 4), [5.05, 52]]))).toEqual([
      {
        path: 'coordinates[0]',
        message:
          'De ring is niet gesloten: de laatste positie moet gelijk zijn aan de eerste (the ring is not closed: its last position must equal its first)',
      },
    ]);
  });
});

describe('validateAreaGeometry: a hole across a side of the shell', () => {
  const crosses =
    'Gat 1 kruist de buitenrand of deelt er een zijde mee (hole 1 crosses or shares a side with the outer boundary)';

  it.each([
    // Drawn from its corner outside the shell, east and north of it.
    ['east side, drawn from outside', ringOf('5.2 52.02, 5.2 52.04, 5.05 52.04, 5.05 52.02')],
    ['north side, drawn from outside', ringOf('5.02 52.2, 5.02 52.05, 5.04 52.05, 5.04 52.2')],
    ['west side', box(4.9, 52.02, 5.05, 52.04)],
    ['south side', box(5.02, 51.9, 5.04, 52.05)],
  ])('says the hole crosses the %s', (_side, hole) => {
    expect(errorsOf(polygon(square, hole))).toEqual([{ path: 'coordinates[1]', message: crosses }]);
  });

  it.each([
    ['south', box(5.01, 52.03, 5.03, 52.05), box(5.02, 52.01, 5.04, 52.03)],
    ['west', box(5.03, 52.01, 5.05, 52.03), box(5.01, 52.02, 5.03, 52.04)],
  ])('refuses a later hole sharing a stretch of the %s side of an earlier one', (_s, one, two) => {
    expect(errorsOf(polygon(square, one, two))).toEqual([
      {
        path: 'coordinates[2]',
        message:
          'Gat 2 kruist gat 1 of deelt er een zijde mee (hole 2 crosses or shares a side with hole 1)',
      },
    ]);
  });
});

describe('validateAreaGeometry: holes touching the shell in one point (OGC)', () => {
  const clockwise = [...square].reverse();
  const touching: [string, Position[]][] = [
    ['a point of its north side', ringOf('5.05 52.1, 5.03 52.05, 5.07 52.05')],
    ['a point of its east side', ringOf('5.1 52.05, 5.07 52.07, 5.07 52.03')],
    ['its north-east corner', ringOf('5.1 52.1, 5.05 52.08, 5.08 52.05')],
  ];

  it.each(touching)('accepts a hole touching %s, the shell running anticlockwise', (_w, hole) => {
    expect(validateAreaGeometry(polygon(square, hole)).ok).toBe(true);
  });

  it.each(touching)('accepts a hole touching %s, the shell running clockwise', (_w, hole) => {
    expect(validateAreaGeometry(polygon(clockwise, hole)).ok).toBe(true);
  });

  it('accepts a hole whose side passes through the inner corner of an L-shaped shell', () => {
    // The inner corner is (5.25, 52.25).
    const shell = ringOf('5 52, 5.5 52, 5.5 52.25, 5.25 52.25, 5.25 52.5, 5 52.5');
    // Its second side runs from (5.375, 52.125) to (5.125, 52.375), through that corner.
    const hole = ringOf('5.0625 52.0625, 5.375 52.125, 5.125 52.375');
    const r = validateAreaGeometry(polygon(shell, hole));
    expect(r.ok && r.vertexCount).toBe(6 + 3);
  });
});

describe('validateAreaGeometry: holes in a triangular shell', () => {
  // Its slanted side runs from (5.5, 52) to (5, 52.5): the line lng + lat = 57.5.
  const triangle = ringOf('5 52, 5.5 52, 5 52.5');

  it('accepts a hole inside it close to the slanted side', () => {
    // Its north-east corner (5.125, 52.25) is 0.125 short of the line.
    const hole = box(5.0625, 52.0625, 5.125, 52.25);
    expect(validateAreaGeometry(polygon(triangle, hole)).ok).toBe(true);
  });

  it("refuses a hole beyond the slanted side, though inside the shell's box", () => {
    expect(errorsOf(polygon(triangle, box(5.375, 52.375, 5.4375, 52.4375)))).toEqual([
      {
        path: 'coordinates[1]',
        message:
          "Gat 1 ligt (deels) buiten de buitenrand van de polygoon (hole 1 lies (partly) outside the polygon's outer boundary)",
      },
    ]);
  });
});

describe('validateAreaGeometry: which sides a self-intersection names', () => {
  const snijdt = (a: number, b: number) => [
    {
      path: 'coordinates[0]',
      message: `De ring snijdt zichzelf: zijde ${a} raakt of kruist zijde ${b} (the ring intersects itself: side ${a} touches or crosses side ${b})`,
    },
  ];

  it('names the crossing sides of a bow tie whose last corner is level with its first', () => {
    expect(errorsOf(polygon(ringOf('5 52, 5.1 52.1, 5 52.1, 5.1 52')))).toEqual(snijdt(1, 3));
  });

  // Each spike: side 2 goes out, side 3 comes half-way back along it.
  it.each([
    ['west', ringOf('5.5 52, 5.25 52, 5 52, 5.125 52, 5.25 52.25')],
    ['north', ringOf('5 52, 5 52.25, 5 52.5, 5 52.375, 5.25 52.25')],
    ['south', ringOf('5 52.5, 5 52.25, 5 52, 5 52.125, 5.25 52.25')],
  ])('names sides 2 and 3 of a spike pointing %s', (_direction, ring) => {
    expect(errorsOf(polygon(ring))).toEqual(snijdt(2, 3));
  });

  it('names the side that runs back along another, found first in the west-to-east sweep', () => {
    // Side 2 runs east along lat 52 from 5 to 5.375; side 8 comes back along it from 5.3125 to
    // 5.125. Sides 7 and 9 also touch side 2 (at those two points), but the sweep takes side 2
    // first and, of the sides starting at lng 5.125, side 8 before side 9.
    const ring = ringOf(
      '5 52.125, 5 52, 5.375 52, 5.375 51.875, 5.5 51.875, 5.5 52.125, 5.375 52.125, 5.3125 52, 5.125 52, 5.125 52.125',
    );
    expect(errorsOf(polygon(ring))).toEqual(snijdt(2, 8));
  });

  // Corner E (5.375, 52) lies on the line of side A-B, from A (5, 52) to B (5.25, 52), just past
  // B; and B lies inside the box of side E-F, to F (5.125, 52.25), without touching that side.
  const nearMiss = ringOf('5 52, 5.25 52, 5.25 51.75, 5.375 51.75, 5.375 52, 5.125 52.25, 5 52.25');
  it.each([
    ['as drawn', nearMiss],
    ['drawn the other way round', [...nearMiss].reverse()],
  ])('accepts a ring with a corner on the line of a side but past its end, %s', (_way, ring) => {
    const r = validateAreaGeometry(polygon(ring));
    expect(r.ok && r.vertexCount).toBe(7);
  });
});
