import type { InterventionCode } from '../../taxonomy/intervention-type.js';
import type { EvidenceLevel, EvidenceRegister } from '../../values/offering-values.js';

/**
 * Every reason the match engine gives, by code, with the parameters it carries. A catalogue per
 * language (reasons.nl.ts, reasons.en.ts) turns code + parameters into a sentence; the API
 * sends code, parameters and the Dutch sentence, the web renders the language the user chose.
 */
export interface ReasonParams {
  /** No places left this school year. */
  FULL: Record<string, never>;
  COVERAGE_NATIONAL: { areaId: string };
  /** `name` is the province's name, or its code when the name is not known. */
  COVERAGE_PROVINCE: { areaId: string; provinceCode: string; name: string };
  /** `name` is the municipality's name, or its code when the name is not known. */
  COVERAGE_MUNICIPALITY: { areaId: string; municipalityCode: string; name: string };
  /** `centreKind`: NAMED (`centre` is the centre's name, e.g. a neighbourhood), PARTNER (the
   * centre is the partner's own location) or POINT (a point the partner chose, unnamed). */
  COVERAGE_RADIUS: {
    areaId: string;
    radiusKm: number;
    centreKind?: 'NAMED' | 'PARTNER' | 'POINT';
    centre?: string;
  };
  COVERAGE_POLYGON: { areaId: string; label?: string };
  /** The offering meets this need; groepMin/groepMax when it names a groep range. */
  NEED_MET: { need: InterventionCode; groepMin?: number; groepMax?: number };
  EVIDENCE_NJI_EFFECTIVE: { register: EvidenceRegister; level: EvidenceLevel };
  EVIDENCE_NPO_MENUKAART: { register: EvidenceRegister; level: EvidenceLevel };
  EVIDENCE_LEVEL: { register: EvidenceRegister; level: EvidenceLevel };
  VERIFIED_PARTNER: Record<string, never>;
  NEVER_CONFIRMED: Record<string, never>;
  /** `days` since the partner last confirmed its data. */
  RECENTLY_CONFIRMED: { days: number };
  NOT_CONFIRMED_FOR_A_YEAR: { days: number };
  /** Distance to the partner's office in km, one decimal. */
  DISTANCE: { km: number };
  FREE: Record<string, never>;
}

export type ReasonCode = keyof ReasonParams;

/** The codes in the order the engine lists them (most decisive first). */
export const REASON_CODES = [
  'FULL',
  'COVERAGE_NATIONAL',
  'COVERAGE_PROVINCE',
  'COVERAGE_MUNICIPALITY',
  'COVERAGE_RADIUS',
  'COVERAGE_POLYGON',
  'NEED_MET',
  'EVIDENCE_NJI_EFFECTIVE',
  'EVIDENCE_NPO_MENUKAART',
  'EVIDENCE_LEVEL',
  'VERIFIED_PARTNER',
  'NEVER_CONFIRMED',
  'RECENTLY_CONFIRMED',
  'NOT_CONFIRMED_FOR_A_YEAR',
  'DISTANCE',
  'FREE',
] as const satisfies readonly ReasonCode[];

export function isReasonCode(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code);
}

/**
 * One language: a sentence per reason code, the phrase for each need (used after "offers …" and
 * in the list of needs no offering meets) and the sentence for that list.
 */
export interface ReasonCatalogue {
  readonly lang: 'nl' | 'en';
  readonly reasons: { readonly [C in ReasonCode]: (p: ReasonParams[C]) => string };
  readonly needPhrases: Readonly<Record<InterventionCode, string>>;
  readonly uncovered: (phrases: readonly string[]) => string;
}
