import type { CoverageAreaInput } from './dto/coverage-area.input.js';
import { validateCoverageInput } from './coverage-input.validation.js';

// A MultiPolygon whose parts overlap (a file of two overlapping neighbourhoods) is stored merged.

const box = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const known = { municipality: () => true, province: () => true };
const polygonArea = (coordinates: number[][][][]) =>
  ({ kind: 'POLYGON', geometry: { type: 'MultiPolygon', coordinates } }) as CoverageAreaInput;

describe('validateCoverageInput: a MultiPolygon with overlapping parts', () => {
  it('is merged into one polygon covering the same places', () => {
    const { areas, problems } = validateCoverageInput(
      [polygonArea([[box(4.4, 51.9, 4.5, 52)], [box(4.45, 51.9, 4.55, 52)]])],
      known,
    );
    expect(problems).toEqual([]);
    const spec = areas[0]!.spec;
    expect(spec.kind === 'POLYGON' && spec.geometry.type).toBe('Polygon');
    const rings =
      spec.kind === 'POLYGON' && spec.geometry.type === 'Polygon' ? spec.geometry.coordinates : [];
    const longitudes = rings.flat().map(([lng]) => lng);
    expect(Math.min(...longitudes)).toBe(4.4);
    expect(Math.max(...longitudes)).toBe(4.55);
  });

  it('keeps parts that are apart as sent', () => {
    const sent = [[box(4.4, 51.9, 4.5, 52)], [box(5, 52, 5.1, 52.1)]];
    const { areas } = validateCoverageInput([polygonArea(sent)], known);
    const spec = areas[0]!.spec;
    expect(spec.kind === 'POLYGON' && spec.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: sent,
    });
  });
});
