import type { EvidenceLevel } from '../../values/offering-values.js';
import type { ReasonCatalogue } from './reason-params.js';

function groepTextEn(min: number | undefined, max: number | undefined): string | null {
  if (min === undefined && max === undefined) return null;
  const lo = min ?? 1;
  const hi = max ?? 8;
  return lo === hi ? `group ${lo}` : `groups ${lo}–${hi}`;
}

// The NJi recognition levels keep their Dutch names (as schools meet them), explained in English.
const LEVEL_EN: Record<EvidenceLevel, string> = {
  STRONG_EVIDENCE: 'Effectief volgens sterke aanwijzingen (effective: strong indications)',
  PROVEN_EFFECTIVE: 'Effectief volgens goede aanwijzingen (effective: good indications)',
  INDICATIONS_OF_EFFECT: 'Effectief volgens eerste aanwijzingen (effective: first indications)',
  THEORETICALLY_SOUND: 'Goed onderbouwd (well founded)',
  NOT_ASSESSED: 'effect not assessed yet',
};

/** The taxonomy's English labels in lower case: used after "offers …". */
export const NEED_PHRASES_EN: ReasonCatalogue['needPhrases'] = {
  EXTRA_LEERTIJD: 'extra support, tutoring and extra learning time',
  ZORG_IN_SCHOOL: 'working with youth care and care services',
  BELEVINGSWERELD: 'broadening pupils’ horizons',
  OUDERBETROKKENHEID: 'parental involvement',
  TAAL_LEZEN: 'language and reading',
  VVE_KANSRIJKE_START: 'early childhood education',
  OVERGANGEN: 'transitions (pre-school to primary, primary to secondary)',
  MENTORING: 'one-to-one mentoring and coaching',
  SOCIAAL_EMOTIONEEL: 'safe learning and social-emotional development',
  PROFESSIONALISERING: 'team and leadership',
  ARMOEDE_BASIS: 'poverty and basic conditions',
};

/** The English sentences, shown by the web when the user chose English. */
export const REASONS_EN: ReasonCatalogue = {
  lang: 'en',
  needPhrases: NEED_PHRASES_EN,
  uncovered: (phrases) => `no offering found for: ${phrases.join(', ')}`,
  reasons: {
    FULL: () => 'no places left this school year',
    COVERAGE_NATIONAL: () => 'works nationwide',
    COVERAGE_PROVINCE: (p) => `works throughout ${p.name ?? p.provinceCode}`,
    COVERAGE_MUNICIPALITY: (p) => `works throughout ${p.name ?? p.municipalityCode}`,
    COVERAGE_RADIUS: (p) => {
      if (p.centreKind === 'NAMED' && p.centre)
        return `works within ${p.radiusKm} km of ${p.centre}`;
      if (p.centreKind === 'POINT')
        return `works within ${p.radiusKm} km of a point the partner chose`;
      return `works within ${p.radiusKm} km of the partner's office`;
    },
    COVERAGE_POLYGON: () => 'its service area on the map includes this school',
    NEED_MET: (p) => {
      const phrase = NEED_PHRASES_EN[p.need] ?? String(p.need);
      const groep = groepTextEn(p.groepMin, p.groepMax);
      return groep ? `offers ${phrase} for ${groep}` : `offers ${phrase}`;
    },
    EVIDENCE_NJI_EFFECTIVE: (p) => `recognised by the NJi: ${LEVEL_EN[p.level] ?? String(p.level)}`,
    EVIDENCE_NPO_MENUKAART: () =>
      'kind of intervention on the NPO menukaart (no verdict on this offering)',
    EVIDENCE_LEVEL: (p) => {
      const level = LEVEL_EN[p.level] ?? String(p.level);
      if (p.register === 'NJI') return `${level} (NJi)`;
      return p.level === 'NOT_ASSESSED' ? level : `${level}, as stated by the partner`;
    },
    VERIFIED_PARTNER: () => 'verified partner',
    NEVER_CONFIRMED: () => 'details never confirmed',
    RECENTLY_CONFIRMED: () => 'details confirmed in the last six months',
    NOT_CONFIRMED_FOR_A_YEAR: () => 'not confirmed for more than a year',
    DISTANCE: (p) => (p.km < 0.1 ? 'partner less than 0.1 km away' : `partner ${p.km} km away`),
    FREE: () => 'free',
  },
};
