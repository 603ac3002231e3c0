import type { EvidenceLevel } from '../../values/offering-values.js';
import type { ReasonCatalogue } from './reason-params.js';

/** Dutch number: one decimal at most, decimal comma, no trailing ",0". */
export function formatNumberNl(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1).replace('.', ',');
}

/** "groep 6–8", "groep 8", or null when the offering names no groep. */
export function groepText(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  const lo = min ?? 1;
  const hi = max ?? 8;
  return lo === hi ? `groep ${lo}` : `groep ${lo}–${hi}`;
}

// The NJi recognition levels (Databank Effectieve Jeugdinterventies), by their own names.
export const LEVEL_NL: Record<EvidenceLevel, string> = {
  STRONG_EVIDENCE: 'Effectief volgens sterke aanwijzingen',
  PROVEN_EFFECTIVE: 'Effectief volgens goede aanwijzingen',
  INDICATIONS_OF_EFFECT: 'Effectief volgens eerste aanwijzingen',
  THEORETICALLY_SOUND: 'Goed onderbouwd',
  NOT_ASSESSED: 'effect nog niet beoordeeld',
};

/** Short lower-case Dutch phrase per need, used after "biedt …" and in the uncovered list. */
export const NEED_PHRASES_NL: ReasonCatalogue['needPhrases'] = {
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

/** The Dutch sentences: what the API sends as `text`, and what the web shows in Dutch. */
export const REASONS_NL: ReasonCatalogue = {
  lang: 'nl',
  needPhrases: NEED_PHRASES_NL,
  uncovered: (phrases) => `geen aanbod gevonden voor: ${phrases.join(', ')}`,
  reasons: {
    FULL: () => 'geen plaats meer dit schooljaar',
    COVERAGE_NATIONAL: () => 'werkt landelijk',
    COVERAGE_PROVINCE: (p) => `werkt in heel ${p.name ?? p.provinceCode}`,
    COVERAGE_MUNICIPALITY: (p) => `werkt in heel ${p.name ?? p.municipalityCode}`,
    COVERAGE_RADIUS: (p) => {
      const km = formatNumberNl(p.radiusKm);
      if (p.centreKind === 'NAMED' && p.centre) return `werkt binnen ${km} km van ${p.centre}`;
      if (p.centreKind === 'POINT') return `werkt binnen ${km} km van een punt dat de partner koos`;
      return `werkt binnen ${km} km van de vestiging van de partner`;
    },
    COVERAGE_POLYGON: () => 'werkgebied op de kaart omvat deze school',
    NEED_MET: (p) => {
      const phrase = NEED_PHRASES_NL[p.need] ?? String(p.need);
      const groep = groepText(p.groepMin ?? null, p.groepMax ?? null);
      return groep ? `biedt ${phrase} voor ${groep}` : `biedt ${phrase}`;
    },
    EVIDENCE_NJI_EFFECTIVE: (p) => `erkend door het NJi: ${LEVEL_NL[p.level] ?? String(p.level)}`,
    // No longer given for an offering (the menukaart rates kinds of intervention); kept for
    // reasons stored or sent by an older server.
    EVIDENCE_NPO_MENUKAART: () =>
      'soort interventie op de NPO-menukaart (geen oordeel over dit aanbod)',
    EVIDENCE_LEVEL: (p) => {
      const level = LEVEL_NL[p.level] ?? String(p.level);
      if (p.register === 'NJI') return `${level} (NJi)`;
      // A level no register confirmed is the partner's own statement.
      return p.level === 'NOT_ASSESSED' ? level : `${level} (opgave van de partner)`;
    },
    VERIFIED_PARTNER: () => 'geverifieerde partner',
    NEVER_CONFIRMED: () => 'gegevens nog nooit bevestigd',
    RECENTLY_CONFIRMED: () => 'gegevens bevestigd in het afgelopen halfjaar',
    NOT_CONFIRMED_FOR_A_YEAR: () => 'al meer dan een jaar niet bevestigd',
    // km is rounded to one decimal: 0 means under 0,05 km.
    DISTANCE: (p) =>
      p.km < 0.1 ? 'partner op minder dan 0,1 km' : `partner op ${formatNumberNl(p.km)} km`,
    FREE: () => 'gratis',
  },
};
