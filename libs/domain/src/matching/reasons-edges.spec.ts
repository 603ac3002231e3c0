import type { CoverageAreaSpec } from '../coverage/coverage-area.js';
import type { PolygonGeometry } from '../geo/geo-types.js';
import type { CompiledArea } from './fit.js';
import type { MatchableOffering } from './match-types.js';
import {
  buildReasons,
  coverageReason,
  evidenceReason,
  freshnessReason,
  needReason,
  type ReasonInput,
} from './reasons.js';
import { DAY_MS } from './score.js';
import { offering as scenarioOffering } from './__fixtures__/scenario.js';

// The reasons at the edges of their rules: which parameters each reason carries (and which it
// leaves out), the thresholds of freshness and of "the centre is the partner's location", and
// which optional reasons buildReasons leaves out.

// The scenario's offering with the values these tests were written against.
const offering = (over: Partial<MatchableOffering> = {}): MatchableOffering =>
  scenarioOffering({
    id: 'o1',
    organisationId: 'org1',
    organisationName: 'Partner',
    organisationStatus: 'PENDING',
    title: 'Aanbod',
    interventionCodes: ['MENTORING'],
    deliveryModes: [],
    costType: 'PAID',
    lastConfirmedAt: null,
    coverage: [],
    ...over,
  });

const compiled = (area: CoverageAreaSpec, label?: string): CompiledArea =>
  label === undefined
    ? { areaId: 'a1', area, locality: 1 }
    : { areaId: 'a1', area, label, locality: 1 };

const radius = (centerLabel?: string): CoverageAreaSpec =>
  centerLabel === undefined
    ? { kind: 'RADIUS', center: { lat: 0, lng: 0 }, radiusKm: 5 }
    : { kind: 'RADIUS', center: { lat: 0, lng: 0 }, radiusKm: 5, centerLabel };

const TRIANGLE: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

const NOW = Date.UTC(2025, 5, 1);

describe('coverageReason parameters', () => {
  it('a national area carries its area id', () => {
    const r = coverageReason(compiled({ kind: 'NATIONAL' }), undefined);
    expect(r.code).toBe('COVERAGE_NATIONAL');
    expect(r.params).toStrictEqual({ areaId: 'a1' });
  });

  it('a polygon carries its area id and no label key when the area has no label', () => {
    const area: CoverageAreaSpec = {
      kind: 'POLYGON',
      geometry: TRIANGLE,
    };
    const r = coverageReason(compiled(area), undefined);
    expect(r.params).toStrictEqual({ areaId: 'a1' });
    expect('label' in r.params).toBe(false);
  });

  it('a polygon with a label carries that label', () => {
    const area: CoverageAreaSpec = {
      kind: 'POLYGON',
      geometry: TRIANGLE,
    };
    const r = coverageReason(compiled(area, 'Oude Noorden'), undefined);
    expect(r.params).toStrictEqual({ areaId: 'a1', label: 'Oude Noorden' });
  });

  it('a radius centre name is trimmed before it is used', () => {
    const r = coverageReason(compiled(radius('  Schiedam-Oost  ')), undefined);
    expect(r.params).toStrictEqual({
      areaId: 'a1',
      radiusKm: 5,
      centreKind: 'NAMED',
      centre: 'Schiedam-Oost',
    });
    expect(r.text).toBe('werkt binnen 5 km van Schiedam-Oost');
  });

  it('a radius centre name of only spaces counts as no name', () => {
    const r = coverageReason(compiled(radius('   ')), undefined);
    expect(r.params).toStrictEqual({ areaId: 'a1', radiusKm: 5, centreKind: 'POINT' });
    expect(r.text).toBe('werkt binnen 5 km van een punt dat de partner koos');
  });

  it('a radius drawn around the partner location says so in its parameters', () => {
    const r = coverageReason(compiled(radius()), undefined, { lat: 0, lng: 0 });
    expect(r.params).toStrictEqual({ areaId: 'a1', radiusKm: 5, centreKind: 'PARTNER' });
    expect(r.text).toBe('werkt binnen 5 km van de vestiging van de partner');
  });

  it('a centre exactly 0.1 km from the partner still counts as the partner location', () => {
    // 0.000899320363724538° of latitude at the equator is 0.1 km to the last bit
    // (2 · 6371.0088 · asin(sin(Δ/2)) with Δ in radians).
    const r = coverageReason(compiled(radius()), undefined, { lat: 0.000899320363724538, lng: 0 });
    expect(r.params.centreKind).toBe('PARTNER');
  });

  it('a centre a little over 0.1 km from the partner is a chosen point', () => {
    const r = coverageReason(compiled(radius()), undefined, { lat: 0.0009, lng: 0 });
    expect(r.params.centreKind).toBe('POINT');
  });
});

describe('needReason parameters', () => {
  it('leaves out groepMin and groepMax when the offering names no groep', () => {
    const r = needReason('MENTORING', offering());
    expect(r.params).toStrictEqual({ need: 'MENTORING' });
    expect(r.text).toBe('biedt mentoring');
  });

  it('carries only the side of the groep range that is given', () => {
    expect(needReason('MENTORING', offering({ groepMin: 6 })).params).toStrictEqual({
      need: 'MENTORING',
      groepMin: 6,
    });
    expect(needReason('MENTORING', offering({ groepMax: 4 })).params).toStrictEqual({
      need: 'MENTORING',
      groepMax: 4,
    });
  });
});

describe('evidenceReason', () => {
  it('an NJi entry without an assessed level is no NJi recognition', () => {
    const r = evidenceReason(offering({ evidenceRegister: 'NJI', evidenceLevel: 'NOT_ASSESSED' }));
    expect(r.code).toBe('EVIDENCE_LEVEL');
    expect(r.text).toBe('effect nog niet beoordeeld (NJi)');
  });

  it('an NJi entry with an assessed level is a recognition', () => {
    const r = evidenceReason(
      offering({ evidenceRegister: 'NJI', evidenceLevel: 'THEORETICALLY_SOUND' }),
    );
    expect(r.code).toBe('EVIDENCE_NJI_EFFECTIVE');
  });
});

describe('freshnessReason at its thresholds', () => {
  it('reports the whole days since the confirmation', () => {
    const r = freshnessReason(NOW - 10.5 * DAY_MS, NOW);
    expect(r?.code).toBe('RECENTLY_CONFIRMED');
    expect(r?.params).toStrictEqual({ days: 10 });
  });

  it('a confirmation in the future counts as zero days', () => {
    expect(freshnessReason(NOW + 3 * DAY_MS, NOW)?.params).toStrictEqual({ days: 0 });
  });

  it('exactly 180 days is still recent; a minute more is the grey zone', () => {
    expect(freshnessReason(NOW - 180 * DAY_MS, NOW)?.params).toStrictEqual({ days: 180 });
    expect(freshnessReason(NOW - 180 * DAY_MS - 60_000, NOW)).toBeNull();
  });

  it('exactly 365 days is not yet stale; a minute more is', () => {
    expect(freshnessReason(NOW - 365 * DAY_MS, NOW)).toBeNull();
    const r = freshnessReason(NOW - 365 * DAY_MS - 60_000, NOW);
    expect(r?.code).toBe('NOT_CONFIRMED_FOR_A_YEAR');
    expect(r?.params).toStrictEqual({ days: 365 });
  });
});

describe('buildReasons leaves out what does not apply', () => {
  const input = (over: Partial<ReasonInput> = {}): ReasonInput => ({
    offering: offering(),
    area: compiled({ kind: 'NATIONAL' }),
    needsMet: [],
    distanceKm: null,
    full: false,
    confirmedMs: NOW - 300 * DAY_MS,
    nowMs: NOW,
    names: undefined,
    ...over,
  });
  const codes = (over: Partial<ReasonInput> = {}) => buildReasons(input(over)).map((r) => r.code);

  it('a paid, pending, not full offering without a distance gets only coverage and evidence', () => {
    expect(codes()).toEqual(['COVERAGE_NATIONAL', 'EVIDENCE_LEVEL']);
  });

  it('a distance that is not a finite number is not reported', () => {
    expect(codes({ distanceKm: Number.NaN })).toEqual(['COVERAGE_NATIONAL', 'EVIDENCE_LEVEL']);
    expect(codes({ distanceKm: Infinity })).toEqual(['COVERAGE_NATIONAL', 'EVIDENCE_LEVEL']);
  });

  it('lists every optional reason in order when all apply', () => {
    expect(
      codes({
        offering: offering({ organisationStatus: 'VERIFIED', costType: 'FREE' }),
        full: true,
        needsMet: ['MENTORING'],
        distanceKm: 2.34,
        confirmedMs: NOW,
      }),
    ).toEqual([
      'FULL',
      'COVERAGE_NATIONAL',
      'NEED_MET',
      'EVIDENCE_LEVEL',
      'VERIFIED_PARTNER',
      'RECENTLY_CONFIRMED',
      'DISTANCE',
      'FREE',
    ]);
  });

  it('a subsidised offering is not called free', () => {
    expect(codes({ offering: offering({ costType: 'SUBSIDISED' }) })).not.toContain('FREE');
  });
});
