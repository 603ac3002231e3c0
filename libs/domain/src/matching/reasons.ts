import { haversineKm } from '../geo/haversine.js';
import type { GeoPoint } from '../geo/geo-types.js';
import type { InterventionCode } from '../taxonomy/intervention-type.js';
import type { CompiledArea } from './fit.js';
import type { MatchableOffering, Reason } from './match-types.js';
import type { PlaceNames } from './partner-matcher.js';
import type { ReasonCode, ReasonParams } from './reason-catalogue/reason-params.js';
import { REASONS_NL } from './reason-catalogue/reasons.nl.js';
import { uncoveredNeedsText } from './reason-catalogue/render-reason.js';
import { DAY_MS, FRESH_DAYS } from './score.js';

// The sentences live in the catalogue (reason-catalogue/); here the engine decides which
// reasons apply and with which parameters.
export { formatNumberNl, groepText, NEED_PHRASES_NL } from './reason-catalogue/reasons.nl.js';

/** After this many days without confirmation the data is called stale in a reason. */
export const STALE_REASON_DAYS = 365;

/** A reason: its code and parameters, and the Dutch sentence the catalogue makes of them. */
function reason<C extends ReasonCode>(code: C, params: ReasonParams[C]): Reason {
  return {
    code,
    text: REASONS_NL.reasons[code](params),
    params: params as Record<string, string | number>,
  };
}

/** A radius centre this close to the partner's location is "the partner's location". */
export const CENTRE_AT_PARTNER_KM = 0.1;

export function coverageReason(
  a: CompiledArea,
  names: PlaceNames | undefined,
  partnerLocation: GeoPoint | null = null,
): Reason {
  const area = a.area;
  switch (area.kind) {
    case 'NATIONAL':
      return reason('COVERAGE_NATIONAL', { areaId: a.areaId });
    case 'PROVINCE':
      return reason('COVERAGE_PROVINCE', {
        areaId: a.areaId,
        provinceCode: area.provinceCode,
        name: names?.province(area.provinceCode) ?? area.provinceCode,
      });
    case 'MUNICIPALITY':
      return reason('COVERAGE_MUNICIPALITY', {
        areaId: a.areaId,
        municipalityCode: area.municipalityCode,
        name: names?.municipality(area.municipalityCode) ?? area.municipalityCode,
      });
    case 'RADIUS': {
      // Name the real centre: its name when the partner gave one, the partner's location only
      // when the circle is drawn around it, otherwise say it is a point the partner chose.
      const params: ReasonParams['COVERAGE_RADIUS'] = { areaId: a.areaId, radiusKm: area.radiusKm };
      const label = (area.centerLabel ?? a.label)?.trim();
      if (label) {
        params.centreKind = 'NAMED';
        params.centre = label;
      } else if (
        partnerLocation &&
        haversineKm(partnerLocation, area.center) <= CENTRE_AT_PARTNER_KM
      ) {
        params.centreKind = 'PARTNER';
      } else {
        params.centreKind = 'POINT';
      }
      return reason('COVERAGE_RADIUS', params);
    }
    case 'POLYGON': {
      const params: ReasonParams['COVERAGE_POLYGON'] = { areaId: a.areaId };
      if (a.label !== undefined) params.label = a.label;
      return reason('COVERAGE_POLYGON', params);
    }
  }
}

export function needReason(code: InterventionCode, o: MatchableOffering): Reason {
  const params: ReasonParams['NEED_MET'] = { need: code };
  if (o.groepMin !== null) params.groepMin = o.groepMin;
  if (o.groepMax !== null) params.groepMax = o.groepMax;
  return reason('NEED_MET', params);
}

export function evidenceReason(o: MatchableOffering): Reason {
  const params = { register: o.evidenceRegister, level: o.evidenceLevel };
  // An NJi recognition is about this programme. The NPO menukaart rates kinds of intervention,
  // not an offering, so an offering that points to it gets only its own level.
  const recognised = o.evidenceLevel !== 'NOT_ASSESSED';
  if (o.evidenceRegister === 'NJI' && recognised) return reason('EVIDENCE_NJI_EFFECTIVE', params);
  return reason('EVIDENCE_LEVEL', params);
}

/** A reason about freshness, or null in the grey zone between half a year and a year. */
export function freshnessReason(confirmedMs: number, nowMs: number): Reason | null {
  if (Number.isNaN(confirmedMs)) return reason('NEVER_CONFIRMED', {});
  // Compare exact days, as the freshness score does; report whole days.
  const exact = (nowMs - confirmedMs) / DAY_MS;
  const days = Math.max(0, Math.floor(exact));
  if (exact <= FRESH_DAYS) return reason('RECENTLY_CONFIRMED', { days });
  if (exact > STALE_REASON_DAYS) return reason('NOT_CONFIRMED_FOR_A_YEAR', { days });
  return null;
}

export function distanceReason(distanceKm: number): Reason {
  return reason('DISTANCE', { km: Math.round(distanceKm * 10) / 10 });
}

export interface ReasonInput {
  offering: MatchableOffering;
  area: CompiledArea;
  needsMet: readonly InterventionCode[];
  distanceKm: number | null;
  full: boolean;
  confirmedMs: number;
  nowMs: number;
  names: PlaceNames | undefined;
}

/** All reasons for one result, most decisive first. Built only for the results returned. */
export function buildReasons(r: ReasonInput): Reason[] {
  const o = r.offering;
  const out: Reason[] = [];
  if (r.full) out.push(reason('FULL', {}));
  out.push(coverageReason(r.area, r.names, o.partnerLocation));
  for (const code of r.needsMet) out.push(needReason(code, o));
  out.push(evidenceReason(o));
  if (o.organisationStatus === 'VERIFIED') out.push(reason('VERIFIED_PARTNER', {}));
  const fresh = freshnessReason(r.confirmedMs, r.nowMs);
  if (fresh) out.push(fresh);
  if (r.distanceKm !== null && Number.isFinite(r.distanceKm))
    out.push(distanceReason(r.distanceKm));
  if (o.costType === 'FREE') out.push(reason('FREE', {}));
  return out;
}

/** "geen aanbod gevonden voor: ouderbetrokkenheid, mentoring", or null when the list is empty. */
export function uncoveredText(codes: readonly InterventionCode[]): string | null {
  return uncoveredNeedsText(REASONS_NL, codes);
}
