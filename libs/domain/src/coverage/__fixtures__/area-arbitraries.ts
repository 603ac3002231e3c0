// Random coverage areas for the property tests of the coverage index and the match engine: one
// generator of every area kind; each suite chooses its places, sizes and how often each kind is
// drawn.
import fc from 'fast-check';
import type { GeoPoint, LinearRing } from '../../geo/geo-types.js';
import type { CoverageAreaSpec } from '../coverage-area.js';

export interface AreaPlaces {
  provinces: readonly string[];
  municipalities: readonly string[];
  point: fc.Arbitrary<GeoPoint>;
}

export interface AreaShapes {
  /** Radii are drawn as whole kilometres up to `wholeKm`, or as any number up to `anyKm`. */
  radius: { wholeKm: number; anyKm: number };
  /** The rings of one polygon (the outer ring, then any holes). */
  polygon: fc.Arbitrary<LinearRing[]>;
}

/** How often each kind is drawn, relative to the others. */
export type AreaWeights = Record<
  'national' | 'province' | 'municipality' | 'radius' | 'polygon' | 'multi',
  number
>;

export function coverageAreaSpec(
  places: AreaPlaces,
  shapes: AreaShapes,
  weights: AreaWeights,
): fc.Arbitrary<CoverageAreaSpec> {
  const p = { ...places, ...shapes, weights };
  return fc.oneof(
    { weight: p.weights.national, arbitrary: fc.constant<CoverageAreaSpec>({ kind: 'NATIONAL' }) },
    {
      weight: p.weights.province,
      arbitrary: fc
        .constantFrom(...p.provinces)
        .map((provinceCode): CoverageAreaSpec => ({ kind: 'PROVINCE', provinceCode })),
    },
    {
      weight: p.weights.municipality,
      arbitrary: fc
        .constantFrom(...p.municipalities)
        .map((municipalityCode): CoverageAreaSpec => ({ kind: 'MUNICIPALITY', municipalityCode })),
    },
    {
      weight: p.weights.radius,
      arbitrary: fc
        .record({
          center: p.point,
          radiusKm: fc.oneof(
            fc.integer({ min: 0, max: p.radius.wholeKm }),
            fc.double({ min: 0, max: p.radius.anyKm, noNaN: true }),
          ),
        })
        .map(({ center, radiusKm }): CoverageAreaSpec => ({ kind: 'RADIUS', center, radiusKm })),
    },
    {
      weight: p.weights.polygon,
      arbitrary: p.polygon.map(
        (rings): CoverageAreaSpec => ({
          kind: 'POLYGON',
          geometry: { type: 'Polygon', coordinates: rings },
        }),
      ),
    },
    {
      weight: p.weights.multi,
      arbitrary: fc.array(p.polygon, { minLength: 1, maxLength: 3 }).map(
        (polys): CoverageAreaSpec => ({
          kind: 'POLYGON',
          geometry: { type: 'MultiPolygon', coordinates: polys },
        }),
      ),
    },
  );
}
