import type { InterventionCode } from '../taxonomy/intervention-type.js';
import type { SchoolType } from '../values/sector.js';
import { applicabilityForSchoolType } from './applicability.js';
import { groepRangeShare } from './groep-range-share.js';

// The need formula (README.md, "Need"): per school × intervention type, an estimated number of
// pupils for whom this kind of help is needed. From the school's own profile when it has one,
// else from the indicators and the pupil count. Pure; every step is returned by explainNeed.

/** How urgent a need is, as a school states it in its needs profile. */
export const NEED_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];

export function isNeedPriority(value: string): value is NeedPriority {
  return (NEED_PRIORITIES as readonly string[]).includes(value);
}

/** The formula's parameters; change them here and the README, the UI text follows. */
export const NEED_PARAMETERS = Object.freeze({
  /** Schoolweging at or below which the need intensity is at its floor (≈ 10th percentile). */
  schoolwegingLow: 25,
  /** Schoolweging at or above which the intensity is 1 (≈ 95th percentile). */
  schoolwegingHigh: 37,
  /** CBS 2019 achterstandsscore per pupil at or above which the intensity is 1 (≈ 90th percentile). */
  achterstandPerPupilHigh: 2,
  /** Every school has some need: the least intensity an estimate gives. */
  intensityFloor: 0.1,
  /** Intensity when no indicator is known for the school nor for its area (≈ national median). */
  defaultIntensity: 0.45,
  /** Pupils assumed when DUO gives no count (≈ national median). */
  defaultPupils: 200,
  /** Weight of a profile priority: the intensity the school itself states. */
  priorityWeight: { HIGH: 1, MEDIUM: 0.6, LOW: 0.3 } as Readonly<Record<NeedPriority, number>>,
  /** How much of a need an offering that reaches the school only nationally is taken to meet. */
  nationalCredit: 0.5,
});

export type NeedParameters = typeof NEED_PARAMETERS;

/** One line of a school's needs profile for this school year (need-prof's module stores them). */
export interface ProfileNeed {
  code: InterventionCode;
  priority: NeedPriority;
  /** The groepen concerned (PO); null = as the applicability table says. */
  groepMin?: number | null;
  groepMax?: number | null;
}

/** What the formula knows about a school. School level only, never pupil data. */
export interface NeedSubject {
  schoolType: SchoolType | null;
  /** DUO pupil count; null = unknown. */
  pupils: number | null;
  /** Inspectie/CBS schoolweging (BAO only); null = none. */
  schoolweging?: number | null;
  /** CBS 2019 achterstandsscore (absolute, grows with size); null = none. */
  achterstandsscore?: number | null;
  /**
   * The funded pupils the CBS counted that score for (1 October 2019); the score is divided by
   * these, not by today's DUO count. null = unknown: then the DUO count is used.
   */
  achterstandsscorePupils?: number | null;
  /**
   * The school's needs profile for the school year, or null when it has none. With a profile the
   * school's own statement decides: types it does not list have need 0.
   */
  profile?: readonly ProfileNeed[] | null;
  /** Mean intensity of the area's schools with an indicator (the fallback); null = unknown. */
  areaIntensity?: number | null;
}

export const NEED_SOURCES = [
  'NOT_APPLICABLE',
  'PROFILE',
  'PROFILE_NOT_LISTED',
  'SCHOOLWEGING',
  'ACHTERSTANDSSCORE',
  'AREA_AVERAGE',
  'DEFAULT',
] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

/** One step of the computation, with its inputs, for "Hoe wordt dit berekend?". */
export interface NeedStep {
  code: 'APPLICABILITY' | 'PUPILS' | 'INTENSITY' | 'RESULT';
  textNl: string;
  textEn: string;
  params: Record<string, string | number | null>;
}

export interface NeedExplanation {
  code: InterventionCode;
  /** Estimated pupils for whom this help is needed, rounded to 0.1; 0 when not applicable. */
  weight: number;
  applies: boolean;
  source: NeedSource;
  pupils: number;
  share: number;
  intensity: number;
  steps: NeedStep[];
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
// One formatter per number of digits: toLocaleString builds a new one on every call (~40 µs),
// which made explaining the need of every school in the country take seconds.
const NL_FORMATS = new Map<number, Intl.NumberFormat>();
const nl = (x: number, digits = 2): string => {
  let format = NL_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits });
    NL_FORMATS.set(digits, format);
  }
  return format.format(x);
};

/** The pupils an achterstandsscore is divided by: the CBS's funded pupils, else DUO's count. */
export function achterstandsscoreDivisor(
  s: Pick<NeedSubject, 'achterstandsscorePupils' | 'pupils'>,
): { pupils: number; funded: boolean } | null {
  const funded = s.achterstandsscorePupils;
  if (funded !== null && funded !== undefined && Number.isFinite(funded) && funded > 0) {
    return { pupils: funded, funded: true };
  }
  return s.pupils !== null && s.pupils > 0 ? { pupils: s.pupils, funded: false } : null;
}

/**
 * The need intensity (0–1) an indicator gives, or null without one: from the schoolweging when
 * known, else from the achterstandsscore per (funded) pupil. Used for the school and for area
 * averages.
 */
export function indicatorIntensity(
  s: Pick<NeedSubject, 'schoolweging' | 'achterstandsscore' | 'achterstandsscorePupils' | 'pupils'>,
  p: NeedParameters = NEED_PARAMETERS,
): { intensity: number; source: 'SCHOOLWEGING' | 'ACHTERSTANDSSCORE' } | null {
  const floor = p.intensityFloor;
  if (s.schoolweging !== null && s.schoolweging !== undefined && Number.isFinite(s.schoolweging)) {
    const x = clamp01(
      (s.schoolweging - p.schoolwegingLow) / (p.schoolwegingHigh - p.schoolwegingLow),
    );
    return { intensity: floor + (1 - floor) * x, source: 'SCHOOLWEGING' };
  }
  const divisor = achterstandsscoreDivisor(s);
  if (
    s.achterstandsscore !== null &&
    s.achterstandsscore !== undefined &&
    Number.isFinite(s.achterstandsscore) &&
    divisor !== null
  ) {
    const x = clamp01(s.achterstandsscore / divisor.pupils / p.achterstandPerPupilHigh);
    return { intensity: floor + (1 - floor) * x, source: 'ACHTERSTANDSSCORE' };
  }
  return null;
}

/** The need of one school for one intervention type, with every step of the computation. */
export function explainNeed(
  subject: NeedSubject,
  code: InterventionCode,
  p: NeedParameters = NEED_PARAMETERS,
): NeedExplanation {
  const steps: NeedStep[] = [];
  const applicability = subject.schoolType
    ? applicabilityForSchoolType(code, subject.schoolType)
    : { applies: true, groepen: null, share: 1, noteNl: '', noteEn: '' };
  if (!applicability.applies) {
    steps.push({
      code: 'APPLICABILITY',
      textNl: `n.v.t. voor ${subject.schoolType}: ${applicability.noteNl}`,
      textEn: `not applicable to ${subject.schoolType}: ${applicability.noteEn}`,
      params: { schoolType: subject.schoolType, applies: 'false' },
    });
    return {
      code,
      weight: 0,
      applies: false,
      source: 'NOT_APPLICABLE',
      pupils: 0,
      share: 0,
      intensity: 0,
      steps,
    };
  }
  const pupilsKnown = subject.pupils !== null && subject.pupils >= 0;
  const pupils = pupilsKnown ? (subject.pupils as number) : p.defaultPupils;
  steps.push({
    code: 'PUPILS',
    textNl: pupilsKnown
      ? `${pupils} leerlingen (DUO)`
      : `aantal leerlingen onbekend: ${pupils} aangenomen (landelijke mediaan)`,
    textEn: pupilsKnown
      ? `${pupils} pupils (DUO)`
      : `pupil count unknown: ${pupils} assumed (national median)`,
    params: { pupils, known: pupilsKnown ? 'true' : 'false' },
  });

  let shareOfPupils = applicability.share;
  let intensity: number;
  let source: NeedSource;
  if (subject.profile) {
    const line = subject.profile.find((n) => n.code === code);
    if (line) {
      shareOfPupils = groepRangeShare(line, shareOfPupils);
      intensity = p.priorityWeight[line.priority];
      source = 'PROFILE';
      steps.push({
        code: 'INTENSITY',
        textNl: `volgens het behoefteprofiel van de school: prioriteit ${PRIORITY_NL[line.priority]} → ${nl(intensity)}`,
        textEn: `from the school's needs profile: priority ${line.priority.toLowerCase()} → ${intensity}`,
        params: { priority: line.priority, intensity },
      });
    } else {
      intensity = 0;
      source = 'PROFILE_NOT_LISTED';
      steps.push({
        code: 'INTENSITY',
        textNl: 'de school heeft een behoefteprofiel en noemt dit thema niet → 0',
        textEn: 'the school has a needs profile and does not list this theme → 0',
        params: { intensity: 0 },
      });
    }
  } else {
    const own = indicatorIntensity(subject, p);
    if (own?.source === 'SCHOOLWEGING') {
      intensity = own.intensity;
      source = 'SCHOOLWEGING';
      steps.push({
        code: 'INTENSITY',
        textNl: `schoolweging ${nl(subject.schoolweging as number)}: ${nl(p.intensityFloor)} + ${nl(1 - p.intensityFloor)} × (schoolweging − ${p.schoolwegingLow}) / ${p.schoolwegingHigh - p.schoolwegingLow}, begrensd tot 0–1 → ${nl(intensity, 3)}`,
        textEn: `schoolweging ${subject.schoolweging}: ${p.intensityFloor} + ${1 - p.intensityFloor} × (schoolweging − ${p.schoolwegingLow}) / ${p.schoolwegingHigh - p.schoolwegingLow}, clamped to 0–1 → ${round3(intensity)}`,
        params: { schoolweging: subject.schoolweging ?? null, intensity: round3(intensity) },
      });
    } else if (own?.source === 'ACHTERSTANDSSCORE') {
      intensity = own.intensity;
      source = 'ACHTERSTANDSSCORE';
      const divisor = achterstandsscoreDivisor(subject)!;
      const perPupil = (subject.achterstandsscore as number) / divisor.pupils;
      const whoNl = divisor.funded ? 'bekostigde leerlingen (CBS 2019)' : 'leerlingen (DUO)';
      const whoEn = divisor.funded ? 'funded pupils (CBS 2019)' : 'pupils (DUO)';
      steps.push({
        code: 'INTENSITY',
        textNl: `geen schoolweging; CBS-achterstandsscore ${nl(subject.achterstandsscore as number)} ÷ ${divisor.pupils} ${whoNl} = ${nl(perPupil, 3)} per leerling: ${nl(p.intensityFloor)} + ${nl(1 - p.intensityFloor)} × (per leerling / ${nl(p.achterstandPerPupilHigh)}), begrensd → ${nl(intensity, 3)}`,
        textEn: `no schoolweging; CBS achterstandsscore ${subject.achterstandsscore} ÷ ${divisor.pupils} ${whoEn} = ${round3(perPupil)} per pupil: ${p.intensityFloor} + ${1 - p.intensityFloor} × (per pupil / ${p.achterstandPerPupilHigh}), clamped → ${round3(intensity)}`,
        params: {
          achterstandsscore: subject.achterstandsscore ?? null,
          achterstandsscorePupils: divisor.pupils,
          perPupil: round3(perPupil),
          intensity: round3(intensity),
        },
      });
    } else if (subject.areaIntensity !== null && subject.areaIntensity !== undefined) {
      intensity = clamp01(subject.areaIntensity);
      source = 'AREA_AVERAGE';
      steps.push({
        code: 'INTENSITY',
        textNl: `${subject.schoolType === 'BAO' ? 'geen schoolweging of CBS-achterstandsscore aan deze basisschool gekoppeld (nieuw sinds 2019, of niet eenduidig te koppelen)' : 'geen eigen indicator (alleen basisscholen hebben er een)'}; het naar leerlingen gewogen gemiddelde van de scholen in de gemeente → ${nl(intensity, 3)}`,
        textEn: `${subject.schoolType === 'BAO' ? 'no schoolweging or CBS achterstandsscore joined to this primary school (new since 2019, or no unambiguous join)' : 'no indicator of its own (only regular primary schools have one)'}; the mean of the municipality's schools, weighted by pupils → ${round3(intensity)}`,
        params: { intensity: round3(intensity) },
      });
    } else {
      intensity = p.defaultIntensity;
      source = 'DEFAULT';
      steps.push({
        code: 'INTENSITY',
        textNl: `geen indicator bekend: ${p.defaultIntensity} aangenomen (ongeveer het landelijke midden)`,
        textEn: `no indicator known: ${p.defaultIntensity} assumed (about the national middle)`,
        params: { intensity },
      });
    }
  }
  const weight = round1(pupils * shareOfPupils * intensity);
  if (shareOfPupils !== 1) {
    steps.push({
      code: 'APPLICABILITY',
      textNl: `geldt voor een deel van de school: ${applicability.noteNl || 'de genoemde groepen'} → aandeel ${nl(shareOfPupils, 3)}`,
      textEn: `applies to part of the school: ${applicability.noteEn || 'the groepen named'} → share ${round3(shareOfPupils)}`,
      params: { share: round3(shareOfPupils) },
    });
  }
  steps.push({
    code: 'RESULT',
    textNl: `behoefte = ${pupils} leerlingen × aandeel ${nl(shareOfPupils, 3)} × intensiteit ${nl(intensity, 3)} = ${nl(weight, 1)}`,
    textEn: `need = ${pupils} pupils × share ${round3(shareOfPupils)} × intensity ${round3(intensity)} = ${weight}`,
    params: { weight },
  });
  return { code, weight, applies: true, source, pupils, share: shareOfPupils, intensity, steps };
}

/** The need weight alone (see explainNeed). */
export function needWeight(
  subject: NeedSubject,
  code: InterventionCode,
  p: NeedParameters = NEED_PARAMETERS,
): number {
  return explainNeed(subject, code, p).weight;
}

const PRIORITY_NL: Record<NeedPriority, string> = { HIGH: 'hoog', MEDIUM: 'middel', LOW: 'laag' };

/** The formula in words, for "Hoe wordt dit berekend?" (lines, Dutch then English). */
export function needFormulaText(p: NeedParameters = NEED_PARAMETERS): {
  nl: string[];
  en: string[];
} {
  return {
    nl: [
      'Per school en thema schatten we de behoefte: het aantal leerlingen voor wie deze hulp nodig is.',
      'behoefte = leerlingen × aandeel × intensiteit.',
      'Leerlingen: het aantal van DUO (onbekend: ' + p.defaultPupils + ').',
      'Aandeel: het deel van de school waarvoor het thema geldt (bijv. overgangen: groep 7–8 = 0,25). Geldt het thema niet voor de sector, dan is de cel n.v.t. en telt hij nooit als gat.',
      `Intensiteit: heeft de school een behoefteprofiel, dan telt wat de school zelf aangeeft (hoog ${nl(p.priorityWeight.HIGH)}, middel ${nl(p.priorityWeight.MEDIUM)}, laag ${nl(p.priorityWeight.LOW)}; niet genoemd 0).`,
      `Zonder profiel: uit de schoolweging (${p.schoolwegingLow} of lager → ${nl(p.intensityFloor)}, ${p.schoolwegingHigh} of hoger → 1, daartussen rechtlijnig); zonder schoolweging uit de CBS-achterstandsscore per leerling (${p.achterstandPerPupilHigh} of meer → 1); zonder beide het naar leerlingen gewogen gemiddelde van de scholen in de gemeente, anders ${nl(p.defaultIntensity)}.`,
      `Gedekt: lokaal aanbod dekt de behoefte helemaal, alleen landelijk aanbod voor ${nl(p.nationalCredit * 100)} %, geen aanbod niet. Onvervulde behoefte = behoefte × (1 − dekking).`,
      'Afronding: per school en thema op 0,1 leerling (onvervuld een half naar boven, gedekt is behoefte min onvervuld); elk totaal is de som van die afgeronde cellen, zodat de sommen in de tabellen en exports kloppen.',
    ],
    en: [
      'Per school and theme we estimate the need: the number of pupils for whom this help is needed.',
      'need = pupils × share × intensity.',
      'Pupils: the DUO count (unknown: ' + p.defaultPupils + ').',
      'Share: the part of the school the theme concerns (e.g. transitions: groep 7–8 = 0.25). A theme that does not apply to the sector is n/a and never counts as a gap.',
      `Intensity: with a needs profile, what the school states (high ${p.priorityWeight.HIGH}, medium ${p.priorityWeight.MEDIUM}, low ${p.priorityWeight.LOW}; not listed 0).`,
      `Without a profile: from the schoolweging (${p.schoolwegingLow} or below → ${p.intensityFloor}, ${p.schoolwegingHigh} or above → 1, linear between); without one from the CBS achterstandsscore per pupil (${p.achterstandPerPupilHigh} or more → 1); without either the mean of the municipality's schools weighted by pupils, else ${p.defaultIntensity}.`,
      `Met: a local offering meets the need fully, national offerings only for ${p.nationalCredit * 100} %, none not at all. Unmet need = need × (1 − met).`,
      'Rounding: per school and theme to 0.1 pupil (unmet with a half upwards, met is need less unmet); every total is the sum of those rounded cells, so the sums in the tables and exports add up.',
    ],
  };
}
