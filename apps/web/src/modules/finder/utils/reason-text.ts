import type { Language } from '../../../app/i18n/i18n-context';

export interface ReasonLike {
  code: string;
  text: string;
  params: unknown;
}

type Params = Record<string, string | number | undefined>;

// English wording for the engine's reason codes. The engine writes Dutch; for English we
// rebuild the sentence from its code and parameters, and fall back to the Dutch text (marked
// lang="nl" by the caller) for a code we do not know yet.
const EN: Record<string, (p: Params, needLabel: (code: string) => string) => string> = {
  FULL: () => 'no places left this school year',
  COVERAGE_NATIONAL: () => 'works nationwide',
  COVERAGE_PROVINCE: (p) => `works throughout ${p.name ?? p.provinceCode}`,
  COVERAGE_MUNICIPALITY: (p) => `works throughout ${p.name ?? p.municipalityCode}`,
  COVERAGE_RADIUS: (p) => `works within ${p.radiusKm} km of the partner's office`,
  COVERAGE_POLYGON: () => 'its service area on the map includes this school',
  NEED_MET: (p, needLabel) => {
    const need = needLabel(String(p.need)).toLowerCase();
    if (p.groepMin === undefined && p.groepMax === undefined) return `offers ${need}`;
    const lo = p.groepMin ?? 1;
    const hi = p.groepMax ?? 8;
    return `offers ${need} for ${lo === hi ? `group ${lo}` : `groups ${lo}–${hi}`}`;
  },
  EVIDENCE_NJI_EFFECTIVE: () => 'recognised as effective (NJi)',
  EVIDENCE_NPO_MENUKAART: () => 'on the NPO menu',
  EVIDENCE_LEVEL: (p) => {
    const text: Record<string, string> = {
      STRONG_EVIDENCE: 'strong evidence of effect',
      PROVEN_EFFECTIVE: 'proven effective',
      INDICATIONS_OF_EFFECT: 'first indications of effect',
      THEORETICALLY_SOUND: 'theoretically sound',
      NOT_ASSESSED: 'effect not assessed yet',
    };
    const level = text[String(p.level)] ?? String(p.level);
    return p.register === 'NJI' ? `${level} (NJi)` : level;
  },
  VERIFIED_PARTNER: () => 'verified partner',
  NEVER_CONFIRMED: () => 'details never confirmed',
  RECENTLY_CONFIRMED: () => 'details confirmed in the last six months',
  NOT_CONFIRMED_FOR_A_YEAR: () => 'not confirmed for more than a year',
  DISTANCE: (p) =>
    Number(p.km) < 0.1 ? 'partner less than 0.1 km away' : `partner ${p.km} km away`,
  FREE: () => 'free',
};

/** The reason in the chosen language, and the language it is actually written in. */
export function reasonText(
  reason: ReasonLike,
  lang: Language,
  needLabel: (code: string) => string,
): { text: string; lang: Language } {
  if (lang === 'nl') return { text: reason.text, lang: 'nl' };
  const build = EN[reason.code];
  const params = (
    reason.params && typeof reason.params === 'object' ? reason.params : {}
  ) as Params;
  return build ? { text: build(params, needLabel), lang: 'en' } : { text: reason.text, lang: 'nl' };
}
