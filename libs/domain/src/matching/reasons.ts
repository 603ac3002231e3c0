import type { InterventionCode } from '../taxonomy/intervention-type.js';
import type { CompiledArea } from './fit.js';
import type { PlaceNames } from './partner-matcher.js';
import type { MatchableOffering, Reason } from './match-types.js';
import { DAY_MS, FRESH_DAYS } from './score.js';

/** Short lower-case Dutch phrase per need, used after "biedt …" and in the uncovered list. */
export const NEED_PHRASES_NL: Readonly<Record<InterventionCode, string>> = {
  EXTRA_LEERTIJD: 'extra leertijd',
  ZORG_IN_SCHOOL: 'zorg en jeugdhulp op school',
  BELEVINGSWERELD: 'verbreding van de belevingswereld',
  OUDERBETROKKENHEID: 'ouderbetrokkenheid',
  TAAL_LEZEN: 'taal en lezen',
  VVE_KANSRIJKE_START: 'een kansrijke start (vve)',
  OVERGANGEN: 'begeleiding bij overgangen',
  MENTORING: 'mentoring',
  SOCIAAL_EMOTIONEEL: 'sociaal-emotionele ontwikkeling',
  PROFESSIONALISERING: 'teamontwikkeling en leiderschap',
  ARMOEDE_BASIS: 'hulp bij armoede',
};

/** After this many days without confirmation the data is called stale in a reason. */
export const STALE_REASON_DAYS = 365;

/** Dutch number: one decimal at most, decimal comma, no trailing ",0". */
export function formatNumberNl(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1).replace('.', ',');
}

function reason(code: string, text: string, params: Record<string, string | number> = {}): Reason {
  return { code, text, params };
}

export function coverageReason(a: CompiledArea, names: PlaceNames | undefined): Reason {
  const area = a.area;
  switch (area.kind) {
    case 'NATIONAL':
      return reason('COVERAGE_NATIONAL', 'werkt landelijk', { areaId: a.areaId });
    case 'PROVINCE': {
      const name = names?.province(area.provinceCode) ?? area.provinceCode;
      return reason('COVERAGE_PROVINCE', `werkt in heel ${name}`, {
        areaId: a.areaId,
        provinceCode: area.provinceCode,
        name,
      });
    }
    case 'MUNICIPALITY': {
      const name = names?.municipality(area.municipalityCode) ?? area.municipalityCode;
      return reason('COVERAGE_MUNICIPALITY', `werkt in heel ${name}`, {
        areaId: a.areaId,
        municipalityCode: area.municipalityCode,
        name,
      });
    }
    case 'RADIUS':
      return reason(
        'COVERAGE_RADIUS',
        `werkt binnen ${formatNumberNl(area.radiusKm)} km van de vestiging van de partner`,
        { areaId: a.areaId, radiusKm: area.radiusKm },
      );
    case 'POLYGON': {
      const params: Record<string, string | number> = { areaId: a.areaId };
      if (a.label !== undefined) params.label = a.label;
      return reason('COVERAGE_POLYGON', 'werkgebied op de kaart omvat deze school', params);
    }
  }
}

/** "groep 6–8", "groep 8", or null when the offering names no groep. */
export function groepText(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  const lo = min ?? 1;
  const hi = max ?? 8;
  return lo === hi ? `groep ${lo}` : `groep ${lo}–${hi}`;
}

export function needReason(code: InterventionCode, o: MatchableOffering): Reason {
  const groep = groepText(o.groepMin, o.groepMax);
  const phrase = NEED_PHRASES_NL[code];
  const params: Record<string, string | number> = { need: code };
  if (o.groepMin !== null) params.groepMin = o.groepMin;
  if (o.groepMax !== null) params.groepMax = o.groepMax;
  return reason('NEED_MET', groep ? `biedt ${phrase} voor ${groep}` : `biedt ${phrase}`, params);
}

const LEVEL_TEXT: Record<MatchableOffering['evidenceLevel'], string> = {
  STRONG_EVIDENCE: 'sterk bewijs voor effect',
  PROVEN_EFFECTIVE: 'bewezen effectief',
  INDICATIONS_OF_EFFECT: 'eerste aanwijzingen voor effect',
  THEORETICALLY_SOUND: 'theoretisch goed onderbouwd',
  NOT_ASSESSED: 'effect nog niet beoordeeld',
};

export function evidenceReason(o: MatchableOffering): Reason {
  const params = { register: o.evidenceRegister, level: o.evidenceLevel };
  const strong = o.evidenceLevel === 'PROVEN_EFFECTIVE' || o.evidenceLevel === 'STRONG_EVIDENCE';
  if (o.evidenceRegister === 'NJI' && strong) {
    return reason('EVIDENCE_NJI_EFFECTIVE', 'erkend effectief (NJi)', params);
  }
  if (o.evidenceRegister === 'NPO_MENUKAART') {
    return reason('EVIDENCE_NPO_MENUKAART', 'op de NPO-menukaart', params);
  }
  const text = LEVEL_TEXT[o.evidenceLevel];
  return reason('EVIDENCE_LEVEL', o.evidenceRegister === 'NJI' ? `${text} (NJi)` : text, params);
}

/** A reason about freshness, or null in the grey zone between half a year and a year. */
export function freshnessReason(confirmedMs: number, nowMs: number): Reason | null {
  if (Number.isNaN(confirmedMs)) return reason('NEVER_CONFIRMED', 'gegevens nog nooit bevestigd');
  // Compare exact days, as the freshness score does; report whole days.
  const exact = (nowMs - confirmedMs) / DAY_MS;
  const days = Math.max(0, Math.floor(exact));
  if (exact <= FRESH_DAYS) {
    return reason('RECENTLY_CONFIRMED', 'gegevens bevestigd in het afgelopen halfjaar', { days });
  }
  if (exact > STALE_REASON_DAYS) {
    return reason('NOT_CONFIRMED_FOR_A_YEAR', 'al meer dan een jaar niet bevestigd', { days });
  }
  return null;
}

export function distanceReason(distanceKm: number): Reason {
  const text =
    distanceKm < 0.05
      ? 'partner op minder dan 0,1 km'
      : `partner op ${formatNumberNl(distanceKm)} km`;
  return reason('DISTANCE', text, { km: Math.round(distanceKm * 10) / 10 });
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
  if (r.full) out.push(reason('FULL', 'geen plaats meer dit schooljaar'));
  out.push(coverageReason(r.area, r.names));
  for (const code of r.needsMet) out.push(needReason(code, o));
  out.push(evidenceReason(o));
  if (o.organisationStatus === 'VERIFIED')
    out.push(reason('VERIFIED_PARTNER', 'geverifieerde partner'));
  const fresh = freshnessReason(r.confirmedMs, r.nowMs);
  if (fresh) out.push(fresh);
  if (r.distanceKm !== null && Number.isFinite(r.distanceKm))
    out.push(distanceReason(r.distanceKm));
  if (o.costType === 'FREE') out.push(reason('FREE', 'gratis'));
  return out;
}

/** "geen aanbod gevonden voor: ouderbetrokkenheid, mentoring", or null when the list is empty. */
export function uncoveredText(codes: readonly InterventionCode[]): string | null {
  if (codes.length === 0) return null;
  return `geen aanbod gevonden voor: ${codes.map((c) => NEED_PHRASES_NL[c]).join(', ')}`;
}
