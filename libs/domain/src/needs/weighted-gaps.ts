import { INTERVENTION_CODES } from '../taxonomy/intervention-type.js';
import { SCHOOL_TYPES, type SchoolType } from '../values/sector.js';
import { applicabilityForSchoolType } from './applicability.js';
import { groepRangeShare } from './groep-range-share.js';
import { cellMetTenths, fromTenths, type MetStatus, toTenths } from './need-figures.js';
import {
  indicatorIntensity,
  NEED_PARAMETERS,
  type NeedParameters,
  type NeedSource,
  type NeedSubject,
} from './need-weight.js';

// The need formula over many schools at once (README.md, "Need"): the same numbers as
// explainNeed, without building its sentences, for the matrix of a municipality and the
// national summary (all schools × 11 types).

const N = INTERVENTION_CODES.length;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Per school type, per type: the share of pupils concerned (0 = does not apply). */
const SHARES: ReadonlyMap<SchoolType | null, Float64Array> = new Map<
  SchoolType | null,
  Float64Array
>([
  ...SCHOOL_TYPES.map(
    (t) =>
      [
        t,
        Float64Array.from(INTERVENTION_CODES, (code) => applicabilityForSchoolType(code, t).share),
      ] as [SchoolType, Float64Array],
  ),
  [null, new Float64Array(N).fill(1)],
]);

export interface NeedSchool extends NeedSubject {
  /** Bit i: INTERVENTION_CODES[i] has an offering reaching the school through a local area. */
  localMask: number;
  /** Bit i: a national offering fits the school for INTERVENTION_CODES[i]. */
  nationalMask: number;
}

export interface SchoolNeedCells {
  /** Need per type (INTERVENTION_CODES order), as explainNeed's weight. */
  weight: Float64Array;
  status: MetStatus[];
  /** Where the intensity came from (the profile's, per type, when there is one). */
  source: NeedSource;
  intensity: number;
  /** Σ need of the applicable cells, in whole tenths of a pupil (need-figures.ts). */
  needTenths: number;
  /** Σ of their met parts (each rounded by the cell rule), in whole tenths. */
  metTenths: number;
  /** needTenths and metTenths in pupils. */
  need: number;
  met: number;
}

/** Pupil-weighted mean indicator intensity of these schools; null when none has an indicator. */
export function areaIntensity(
  schools: Iterable<
    Pick<NeedSubject, 'schoolweging' | 'achterstandsscore' | 'achterstandsscorePupils' | 'pupils'>
  >,
  p: NeedParameters = NEED_PARAMETERS,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const s of schools) {
    const i = indicatorIntensity(s, p);
    if (!i) continue;
    const w = s.pupils !== null && s.pupils > 0 ? s.pupils : p.defaultPupils;
    sum += i.intensity * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : null;
}

/** One school's need per type, with met-ness from its coverage masks. */
export function schoolNeedCells(
  s: NeedSchool,
  p: NeedParameters = NEED_PARAMETERS,
): SchoolNeedCells {
  const shares = SHARES.get(s.schoolType) ?? SHARES.get(null)!;
  const pupils = s.pupils !== null && s.pupils >= 0 ? s.pupils : p.defaultPupils;
  const weight = new Float64Array(N);
  const status: MetStatus[] = new Array<MetStatus>(N);
  let source: NeedSource;
  let intensity: number;
  if (s.profile) {
    source = 'PROFILE';
    intensity = 0;
    for (const line of s.profile) {
      const i = INTERVENTION_CODES.indexOf(line.code);
      if (i < 0 || shares[i] === 0) continue;
      const share = groepRangeShare(line, shares[i]);
      weight[i] = round1(pupils * share * p.priorityWeight[line.priority]);
    }
  } else {
    const own = indicatorIntensity(s, p);
    if (own) {
      source = own.source;
      intensity = own.intensity;
    } else if (s.areaIntensity !== null && s.areaIntensity !== undefined) {
      source = 'AREA_AVERAGE';
      intensity = Math.min(1, Math.max(0, s.areaIntensity));
    } else {
      source = 'DEFAULT';
      intensity = p.defaultIntensity;
    }
    for (let i = 0; i < N; i++) weight[i] = round1(pupils * shares[i] * intensity);
  }
  let need = 0;
  let met = 0;
  for (let i = 0; i < N; i++) {
    if (shares[i] === 0) {
      status[i] = 'NOT_APPLICABLE';
      continue;
    }
    const bit = 1 << i;
    status[i] = s.localMask & bit ? 'LOCAL' : s.nationalMask & bit ? 'ONLY_NATIONAL' : 'NONE';
    const tenths = toTenths(weight[i]);
    need += tenths;
    met += cellMetTenths(tenths, status[i], p);
  }
  return {
    weight,
    status,
    source,
    intensity,
    needTenths: need,
    metTenths: met,
    need: fromTenths(need),
    met: fromTenths(met),
  };
}
