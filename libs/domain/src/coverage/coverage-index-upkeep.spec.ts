import type { CoverageAreaSpec } from './coverage-area.js';
import { CoverageIndex, type CoverageEntry } from './coverage-index.js';

// The index's upkeep, as its statistics show it: new spatial areas wait in the overflow list
// until there are more than the limit, removed tree areas leave tombstones until they outnumber
// half the tree (or the limit), and an area whose box cannot hold a point is unmatchable.

const circle = (i: number): CoverageAreaSpec => ({
  kind: 'RADIUS',
  center: { lat: 52 + i * 0.01, lng: 5 },
  radiusKm: 1,
});
const entry = (offeringId: string, area: CoverageAreaSpec, areaId = `${offeringId}-a`) => ({
  offeringId,
  areaId,
  area,
});

describe('CoverageIndex upkeep', () => {
  it('keeps new spatial areas in overflow up to the limit, then rebuilds the tree', () => {
    const index = new CoverageIndex<CoverageEntry>([], { overflowLimit: 2 });
    index.upsertOffering('o1', [entry('o1', circle(1))]);
    index.upsertOffering('o2', [entry('o2', circle(2))]);
    expect(index.size).toMatchObject({ spatialOverflow: 2, spatialIndexed: 0 });
    index.upsertOffering('o3', [entry('o3', circle(3))]);
    expect(index.size).toMatchObject({ spatialOverflow: 0, spatialIndexed: 3, tombstones: 0 });
    // Found through the tree as before.
    const at = (i: number) => index.coveringAt({ point: { lat: 52 + i * 0.01, lng: 5 } });
    expect(at(3).map((h) => h.offeringId)).toEqual(['o3']);
  });

  it('leaves tombstones until they outnumber half the tree, then rebuilds', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `o${i}`);
    const index = new CoverageIndex<CoverageEntry>(
      ids.map((id, i) => entry(id, circle(i))),
      { overflowLimit: 2 },
    );
    expect(index.size).toMatchObject({ spatialIndexed: 10, tombstones: 0 });
    for (const id of ids.slice(0, 5)) expect(index.removeOffering(id)).toBe(true);
    expect(index.size).toMatchObject({ spatialIndexed: 5, tombstones: 5, offerings: 5 });
    index.removeOffering('o5');
    expect(index.size).toMatchObject({ spatialIndexed: 4, tombstones: 0, offerings: 4 });
    expect(index.removeOffering('o5')).toBe(false);
  });

  it('rebuilds for tombstones past the overflow limit when that is more than half the tree', () => {
    const index = new CoverageIndex<CoverageEntry>(
      ['a', 'b', 'c', 'd'].map((id, i) => entry(id, circle(i))),
      { overflowLimit: 3 },
    );
    index.removeOffering('a');
    index.removeOffering('b');
    index.removeOffering('c');
    expect(index.size).toMatchObject({ spatialIndexed: 1, tombstones: 3 });
    index.removeOffering('d');
    expect(index.size).toMatchObject({ spatialIndexed: 0, tombstones: 0 });
  });

  it('counts an area whose box holds no point as unmatchable, a line or a point as usable', () => {
    const polygon = (ring: [number, number][]): CoverageAreaSpec => ({
      kind: 'POLYGON',
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    const index = new CoverageIndex<CoverageEntry>([
      entry('nan', { kind: 'RADIUS', center: { lat: 52, lng: 5 }, radiusKm: Number.NaN }),
      entry('empty', polygon([[Number.NaN, 52]])),
      entry('vertical', polygon([[5, 52], [5, 52.1], [5, 52]])),
      entry('horizontal', polygon([[5, 52], [5.1, 52], [5, 52]])),
    ]);
    expect(index.size).toMatchObject({ entries: 4, unmatchable: 2, spatialIndexed: 2 });
  });

  it('refuses an entry of another offering, naming both', () => {
    const index = new CoverageIndex<CoverageEntry>();
    expect(() => index.upsertOffering('o1', [entry('o2', circle(1), 'area-9')])).toThrow(
      'CoverageIndex.upsertOffering(o1): entry area-9 belongs to o2',
    );
    expect(index.hasOffering('o1')).toBe(false);
  });
});
