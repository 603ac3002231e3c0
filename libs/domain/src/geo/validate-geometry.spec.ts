import fc from 'fast-check';
import type { Position } from './geo-types.js';
import { MAX_GEOMETRY_ERRORS, validateAreaGeometry } from './validate-geometry.js';
import { bowTie, box, errorsOf, polygon, spike, square } from './__fixtures__/rings.js';

describe('validateAreaGeometry', () => {
  it('accepts a polygon with a hole and returns a copy, bbox and vertex count', () => {
    // Drawn clockwise, against the shell.
    const hole = box(5.02, 52.02, 5.04, 52.04).reverse();
    const input = { type: 'Polygon', coordinates: [square, hole], extra: 'dropped' };
    const r = validateAreaGeometry(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [square, hole] });
    expect(r.geometry.coordinates[0]).not.toBe(square);
    expect(r.bbox).toEqual([5, 52, 5.1, 52.1]);
    expect(r.vertexCount).toBe(8);
  });

  describe('holes', () => {
    it('accepts two separate holes inside the shell', () => {
      const r = validateAreaGeometry(
        polygon(square, box(5.01, 52.01, 5.03, 52.03), box(5.05, 52.05, 5.07, 52.07)),
      );
      expect(r.ok).toBe(true);
    });

    it.each([
      ['entirely outside the shell', box(5.2, 52.2, 5.3, 52.3), /buiten de buitenrand/],
      ['crossing the shell', box(5.05, 52.05, 5.2, 52.08), /kruist de buitenrand/],
      ['equal to the shell', square, /deelt er een zijde mee/],
      ['around the shell', box(4.9, 51.9, 5.2, 52.2), /buiten de buitenrand/],
      ['sharing a stretch of the shell', box(5, 52.02, 5.03, 52.04), /deelt er een zijde mee/],
      [
        // Touches the shell only at (5, 52) and (5.1, 52.1) yet bulges out past the south side.
        'leaving the shell through a corner it touches',
        [
          [5, 52],
          [5.1, 52.1],
          [5.05, 51.95],
          [5, 52],
        ],
        /buiten de buitenrand|kruist/,
      ],
    ])('refuses a hole %s, naming the hole', (_name, hole, message) => {
      const errors = errorsOf(polygon(square, hole));
      expect(errors).toHaveLength(1);
      expect(errors[0].path).toBe('coordinates[1]');
      expect(errors[0].message).toMatch(message);
    });

    it.each<[string, Position[]]>([
      [
        'that touches the shell in one corner only (OGC)',
        [
          [5, 52],
          [5.05, 52.02],
          [5.02, 52.05],
          [5, 52],
        ],
      ],
      [
        'whose slanted sides pass near the shell corners',
        [
          [5.01, 52.01],
          [5.09, 52.05],
          [5.01, 52.09],
          [5.01, 52.01],
        ],
      ],
    ])('accepts a hole %s', (_name, hole) => {
      expect(validateAreaGeometry(polygon(square, hole)).ok).toBe(true);
    });

    it('refuses holes that overlap, cross or nest, naming the later hole', () => {
      const first = box(5.01, 52.01, 5.05, 52.05);
      for (const second of [
        box(5.03, 52.03, 5.07, 52.07), // crosses
        box(5.02, 52.02, 5.03, 52.03), // inside the first
        box(5.005, 52.005, 5.08, 52.08), // around the first
        first, // equal
      ]) {
        const errors = errorsOf(polygon(square, first, second));
        expect(errors).toHaveLength(1);
        expect(errors[0].path).toBe('coordinates[2]');
        expect(errors[0].message).toMatch(/gat 1/);
      }
    });

    it('checks holes per polygon of a MultiPolygon, with the path of that polygon', () => {
      const other = box(6, 52, 6.1, 52.1);
      const errors = errorsOf({
        type: 'MultiPolygon',
        coordinates: [[square], [other, box(5.02, 52.02, 5.04, 52.04)]],
      });
      expect(errors).toEqual([
        { path: 'coordinates[1][1]', message: expect.stringMatching(/buiten de buitenrand/) },
      ]);
    });
  });

  it('accepts a MultiPolygon', () => {
    const other = square.map(([x, y]): Position => [x + 1, y]);
    const r = validateAreaGeometry({ type: 'MultiPolygon', coordinates: [[square], [other]] });
    expect(r.ok && r.bbox).toEqual([5, 52, 6.1, 52.1]);
  });

  it('rejects wrong types and shapes with a Dutch message and a path', () => {
    expect(errorsOf({ type: 'Point', coordinates: [5, 52] })[0].path).toBe('type');
    expect(errorsOf({ type: 'Polygon' })[0].path).toBe('coordinates');
    expect(errorsOf({ type: 'Polygon', coordinates: [] })[0].message).toMatch(/ring/);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [] })[0].message).toMatch(/polygonen/);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [square] })[0].path).toBe(
      'coordinates[0][0][0]',
    );
    expect(errorsOf('Polygon')[0].path).toBe('');
  });

  it('names the bad position', () => {
    const bad = square.map((p) => [...p]);
    bad[3] = [5, 'x' as unknown as number];
    const errors = errorsOf({ type: 'Polygon', coordinates: [bad] });
    expect(errors).toEqual([
      { path: 'coordinates[0][3]', message: expect.stringMatching(/getallen/) },
    ]);
    expect(
      errorsOf({ type: 'Polygon', coordinates: [[...square.slice(0, 4), [5, 52, 3]]] })[0].path,
    ).toBe('coordinates[0][4]');
    expect(
      errorsOf({ type: 'Polygon', coordinates: [[...square.slice(0, 4), [5, Infinity]]] })[0].path,
    ).toBe('coordinates[0][4]');
  });

  it('requires closed rings of at least four positions', () => {
    expect(errorsOf({ type: 'Polygon', coordinates: [square.slice(0, 4)] })[0].message).toMatch(
      /niet gesloten/,
    );
    expect(
      errorsOf({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })[0].message,
    ).toMatch(/minstens 4/);
    expect(
      errorsOf({ type: 'Polygon', coordinates: [[square[0], square[1], square[1], square[0]]] })[0]
        .message,
    ).toMatch(/3 verschillende/);
  });

  it('rejects positions outside the Netherlands and hints at swapped coordinates', () => {
    const swapped = square.map(([x, y]) => [y, x]);
    const errors = errorsOf({ type: 'Polygon', coordinates: [swapped] });
    expect(errors[0].path).toBe('coordinates[0][0]');
    expect(errors[0].message).toMatch(/verwisseld/);
    const paris = square.map(([x, y]) => [x - 2.7, y - 3.2]);
    expect(errorsOf({ type: 'Polygon', coordinates: [paris] })[0].message).toMatch(
      /buiten Nederland/,
    );
  });

  it('rejects self-intersecting rings (bow tie, touching vertex, spike)', () => {
    expect(errorsOf({ type: 'Polygon', coordinates: [bowTie] })[0].message).toMatch(/snijdt/);
    const touching = [
      [5, 52],
      [5.2, 52],
      [5.1, 52.1],
      [5.2, 52.2],
      [5, 52.2],
      [5.1, 52.1],
      [5, 52],
    ];
    expect(errorsOf({ type: 'Polygon', coordinates: [touching] })[0].path).toBe('coordinates[0]');
    expect(errorsOf({ type: 'Polygon', coordinates: [spike] })[0].message).toMatch(/snijdt/);
  });

  it('tolerates repeated consecutive positions', () => {
    const dup = [square[0], square[1], square[1], square[2], square[3], square[0]];
    const r = validateAreaGeometry({ type: 'Polygon', coordinates: [dup] });
    expect(r.ok).toBe(true);
  });

  it('enforces the vertex limit before doing per-position work', () => {
    const n = 6000;
    const ring: Position[] = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [5.5 + 0.3 * Math.cos(a), 52 + 0.2 * Math.sin(a)];
    });
    ring.push(ring[0]);
    expect(errorsOf({ type: 'Polygon', coordinates: [ring] })[0].message).toMatch(/te veel/);
    const ok = validateAreaGeometry({ type: 'Polygon', coordinates: [ring] }, { maxVertices: n });
    expect(ok.ok && ok.vertexCount).toBe(n);
  });

  // No wall-clock bound here (a busy machine made it fail, and the mutation run could not
  // start): one error for 5 million junk entries and a capped list show it stops early.
  it('refuses huge junk with one error and caps the number of errors', () => {
    expect(errorsOf({ type: 'Polygon', coordinates: new Array(5_000_000).fill(0) })).toHaveLength(
      1,
    );
    const many = Array.from({ length: 1000 }, () => [0, 0]);
    const errors = errorsOf({ type: 'Polygon', coordinates: [many] });
    expect(errors.length).toBe(MAX_GEOMETRY_ERRORS + 1);
  });

  it('never throws, whatever it is given', () => {
    const hostile = {
      type: 'Polygon',
      get coordinates(): unknown {
        throw new Error('boom');
      },
    };
    expect(validateAreaGeometry(hostile).ok).toBe(false);
    // A sparse array: holes must be reported, not skipped.
    expect(validateAreaGeometry({ type: 'Polygon', coordinates: [new Array(5)] }).ok).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('Polygon', 'MultiPolygon'),
            coordinates: fc.anything(),
          }),
          fc.record({
            type: fc.constantFrom('Polygon', 'MultiPolygon'),
            coordinates: fc.array(fc.array(fc.array(fc.oneof(fc.double(), fc.anything())))),
          }),
        ),
        (input) => {
          const r = validateAreaGeometry(input);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
