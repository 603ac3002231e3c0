import type { GeoPoint } from '../geo/geo-types.js';
import type { CoverageAreaSpec } from './coverage-area.js';
import { CoverageIndex, type CoverageEntry } from './coverage-index.js';

// CoverageIndex at the edges of its rules: queries without codes, points with a non-finite
// coordinate, boxes that hold a point the shape does not, an index without a tree, the
// remembered lists with and without masks, and what removing an overflow area leaves behind.

interface Masked extends CoverageEntry {
  mask: number;
}

const P: GeoPoint = { lat: 52, lng: 5 };
const circleAt = (center: GeoPoint, radiusKm: number): CoverageAreaSpec => ({
  kind: 'RADIUS',
  center,
  radiusKm,
});
const masked = (offeringId: string, mask: number, radiusKm = 1): Masked => ({
  offeringId,
  areaId: `${offeringId}-a`,
  area: circleAt(P, radiusKm),
  mask,
});
const plain = (offeringId: string, area: CoverageAreaSpec): CoverageEntry => ({
  offeringId,
  areaId: `${offeringId}-a`,
  area,
});

/** Offering ids that accept was asked about and that were visited, each sorted. */
function visitLog<E extends CoverageEntry>(
  index: CoverageIndex<E>,
  p: GeoPoint,
  mask?: number,
): { asked: string[]; visited: string[] } {
  const asked: string[] = [];
  const visited: string[] = [];
  index.visitSpatial(
    p,
    (e) => {
      asked.push(e.offeringId);
      return true;
    },
    (e) => visited.push(e.offeringId),
    mask,
  );
  return { asked: asked.sort(), visited: visited.sort() };
}

describe('CoverageIndex: code areas', () => {
  it('a query without codes matches no code area, not even one filed without a code', () => {
    const index = new CoverageIndex([
      plain('p', { kind: 'PROVINCE', provinceCode: undefined as unknown as string }),
      plain('m', { kind: 'MUNICIPALITY', municipalityCode: undefined as unknown as string }),
    ]);
    expect(index.coveringAt({ point: P })).toEqual([]);
  });
});

describe('CoverageIndex: the exact shape decides, not its box', () => {
  // 1 km is 0.008993° of latitude and 0.01461° of longitude at 52° N. This point is 0.0072°
  // north and 0.0117° east of the centre (0.80 km each way, 1.13 km in all): inside the
  // circle's box, outside the circle.
  const corner: GeoPoint = { lat: 52.0072, lng: 5.0117 };
  const lShape: CoverageAreaSpec = {
    kind: 'POLYGON',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [6, 52],
          [6.2, 52],
          [6.2, 52.1],
          [6.1, 52.1],
          [6.1, 52.2],
          [6, 52.2],
          [6, 52],
        ],
      ],
    },
  };
  // In the L's box, in its cut-away corner.
  const notch: GeoPoint = { lat: 52.15, lng: 6.15 };

  it('through the tree', () => {
    const index = new CoverageIndex([plain('c', circleAt(P, 1)), plain('l', lShape)]);
    expect(index.size.spatialIndexed).toBe(2);
    expect(index.coveringAt({ point: corner })).toEqual([]);
    expect(index.coveringAt({ point: notch })).toEqual([]);
    expect(visitLog(index, corner).visited).toEqual([]);
    expect(visitLog(index, notch).visited).toEqual([]);
    expect(index.coveringAt({ point: P }).map((h) => h.offeringId)).toEqual(['c']);
    expect(index.coveringAt({ point: { lat: 52.05, lng: 6.05 } }).map((h) => h.offeringId)).toEqual([
      'l',
    ]);
  });

  it('through the overflow list', () => {
    const index = new CoverageIndex<CoverageEntry>();
    index.upsertOffering('c', [plain('c', circleAt(P, 1))]);
    index.upsertOffering('l', [plain('l', lShape)]);
    expect(index.size.spatialOverflow).toBe(2);
    expect(index.coveringAt({ point: corner })).toEqual([]);
    expect(index.coveringAt({ point: notch })).toEqual([]);
    expect(visitLog(index, notch).visited).toEqual([]);
  });
});

describe('CoverageIndex: visitSpatial', () => {
  it('asks nothing about a point with a non-finite coordinate', () => {
    const index = new CoverageIndex([masked('a', 1)]);
    expect(visitLog(index, { lat: 52, lng: Number.NaN })).toEqual({ asked: [], visited: [] });
    expect(visitLog(index, { lat: Number.NaN, lng: 5 })).toEqual({ asked: [], visited: [] });
    expect(visitLog(index, P)).toEqual({ asked: ['a'], visited: ['a'] });
  });

  it('finds areas that only wait in the overflow list, before any tree exists', () => {
    const index = new CoverageIndex<Masked>();
    index.upsertOffering('a', [masked('a', 1)]);
    expect(index.size).toMatchObject({ spatialIndexed: 0, spatialOverflow: 1 });
    expect(visitLog(index, P)).toEqual({ asked: ['a'], visited: ['a'] });
  });
});

describe('CoverageIndex: remembered points and masks', () => {
  const entries = [masked('one', 0b01), masked('two', 0b10), masked('both', 0b11)];

  it('at a remembered point, entries whose mask shares no bit are not even asked about', () => {
    const index = new CoverageIndex(entries, { maskOf: (e) => e.mask });
    index.rememberPoints([P]);
    expect(visitLog(index, P, 0b01)).toEqual({ asked: ['both', 'one'], visited: ['both', 'one'] });
    expect(visitLog(index, P, 0b10)).toEqual({ asked: ['both', 'two'], visited: ['both', 'two'] });
  });

  it('at a remembered point, mask 0 passes every entry to accept', () => {
    const index = new CoverageIndex(entries, { maskOf: (e) => e.mask });
    index.rememberPoints([P]);
    const all = ['both', 'one', 'two'];
    expect(visitLog(index, P)).toEqual({ asked: all, visited: all });
    expect(visitLog(index, P, 0)).toEqual({ asked: all, visited: all });
  });

  it('without maskOf a mask is ignored at a remembered point: accept decides', () => {
    const index = new CoverageIndex(entries);
    index.rememberPoints([P]);
    const all = ['both', 'one', 'two'];
    expect(visitLog(index, P, 0b01)).toEqual({ asked: all, visited: all });
  });
});

describe('CoverageIndex: rememberPoints bookkeeping', () => {
  const index = () => new CoverageIndex([masked('a', 1, 50)]);

  it('remembers nothing when the limit is 0', () => {
    const i = new CoverageIndex([masked('a', 1, 50)], { pointMemoLimit: 0 });
    i.rememberPoints([P]);
    expect(i.rememberedPoints).toBe(0);
    expect(visitLog(i, P).visited).toEqual(['a']);
  });

  it('skips points with a non-finite coordinate', () => {
    const i = index();
    i.rememberPoints([
      { lat: 52, lng: Number.NaN },
      { lat: Number.NaN, lng: 5 },
      { lat: 52, lng: Infinity },
    ]);
    expect(i.rememberedPoints).toBe(0);
  });

  it('keeps every point below the limit', () => {
    const i = index();
    i.rememberPoints([P, { lat: 52.1, lng: 5.1 }, { lat: 51.9, lng: 4.9 }]);
    expect(i.rememberedPoints).toBe(3);
  });

  it('keeps two points on the same meridian apart and does not count one twice', () => {
    const i = index();
    const north: GeoPoint = { lat: 52.1, lng: 5 };
    i.rememberPoints([P, north]);
    i.rememberPoints([P, north]);
    expect(i.rememberedPoints).toBe(2);
  });

  it('past the limit forgets the earlier points and starts again', () => {
    const i = new CoverageIndex([masked('a', 1, 50)], { pointMemoLimit: 2 });
    i.rememberPoints([P, { lat: 52.1, lng: 5 }, { lat: 52.2, lng: 5 }]);
    expect(i.rememberedPoints).toBe(1);
  });
});

describe('CoverageIndex: removing areas', () => {
  it('an area removed from the overflow list is gone at once', () => {
    const index = new CoverageIndex<CoverageEntry>();
    index.upsertOffering('c', [plain('c', circleAt(P, 1))]);
    expect(index.coveringAt({ point: P })).toHaveLength(1);
    expect(index.removeOffering('c')).toBe(true);
    expect(index.coveringAt({ point: P })).toEqual([]);
    expect(visitLog(index, P)).toEqual({ asked: [], visited: [] });
    expect(index.size).toMatchObject({ spatialOverflow: 0, spatialIndexed: 0, entries: 0 });
  });

  it('a circle with a NaN radius is held but never filed spatially', () => {
    const index = new CoverageIndex([plain('n', circleAt(P, Number.NaN))]);
    expect(index.size).toMatchObject({
      entries: 1,
      unmatchable: 1,
      spatialIndexed: 0,
      spatialOverflow: 0,
    });
    expect(index.coveringAt({ point: P })).toEqual([]);
  });
});
