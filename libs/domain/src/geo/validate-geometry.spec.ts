import fc from 'fast-check';
import type { Position } from './geo-types.js';
import { MAX_GEOMETRY_ERRORS, validateAreaGeometry } from './validate-geometry.js';

const square: Position[] = [
  [5, 52],
  [5.1, 52],
  [5.1, 52.1],
  [5, 52.1],
  [5, 52],
];

function errorsOf(input: unknown, opts?: { maxVertices?: number }) {
  const r = validateAreaGeometry(input, opts);
  if (r.ok) throw new Error('expected validation to fail');
  return r.errors;
}

describe('validateAreaGeometry', () => {
  it('accepts a polygon with a hole and returns a copy, bbox and vertex count', () => {
    const hole: Position[] = [
      [5.02, 52.02],
      [5.02, 52.04],
      [5.04, 52.04],
      [5.04, 52.02],
      [5.02, 52.02],
    ];
    const input = { type: 'Polygon', coordinates: [square, hole], extra: 'dropped' };
    const r = validateAreaGeometry(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [square, hole] });
    expect(r.geometry.coordinates[0]).not.toBe(square);
    expect(r.bbox).toEqual([5, 52, 5.1, 52.1]);
    expect(r.vertexCount).toBe(8);
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
    const bowTie = [
      [5, 52],
      [5.1, 52.1],
      [5.1, 52],
      [5, 52.1],
      [5, 52],
    ];
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
    const spike = [
      [5, 52],
      [5.1, 52],
      [5.2, 52],
      [5.15, 52],
      [5.1, 52.1],
      [5, 52],
    ];
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
