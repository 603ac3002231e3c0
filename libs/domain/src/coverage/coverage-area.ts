import type { GeoPoint, MultiPolygonGeometry, PolygonGeometry } from '../geo/geo-types.js';

// Where an offering is available. Coverage answers "does it reach this school?";
// distance from the partner's office is a separate question.
export const COVERAGE_KINDS = ['NATIONAL', 'PROVINCE', 'MUNICIPALITY', 'RADIUS', 'POLYGON'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export type CoverageAreaSpec =
  | { kind: 'NATIONAL' }
  | { kind: 'PROVINCE'; provinceCode: string }
  | { kind: 'MUNICIPALITY'; municipalityCode: string }
  /** `centerLabel`: what the centre is, as the partner named it (e.g. "Schiedam-Oost"). */
  | { kind: 'RADIUS'; center: GeoPoint; radiusKm: number; centerLabel?: string }
  | { kind: 'POLYGON'; geometry: PolygonGeometry | MultiPolygonGeometry };

export function isCoverageKind(value: string): value is CoverageKind {
  return (COVERAGE_KINDS as readonly string[]).includes(value);
}
