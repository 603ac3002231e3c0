import { SCHOOL_TYPE_SECTORS } from '../matching/sector-fit.js';
import { INTERVENTION_CODES, type InterventionCode } from '../taxonomy/intervention-type.js';
import { SECTORS, type SchoolType, type Sector } from '../values/sector.js';

/**
 * Whether one intervention type applies to one sector, and for which part of it. A cell that
 * does not apply is shown as "n.v.t." and never counts as a gap (README, "Applicability").
 */
export interface Applicability {
  applies: boolean;
  /** PO/SBO only: the groepen concerned, both ends inclusive; null = every groep. */
  groepen: readonly [number, number] | null;
  /**
   * The share of the school's pupils this type concerns (0–1]: the groepen above out of eight,
   * or the first year of secondary school for transitions. 0 when it does not apply.
   */
  share: number;
  /** Why, in Dutch (shown next to "n.v.t." and in the explanation). */
  noteNl: string;
  noteEn: string;
}

const ALL: Applicability = { applies: true, groepen: null, share: 1, noteNl: '', noteEn: '' };

function only(groepMin: number, groepMax: number, noteNl: string, noteEn: string): Applicability {
  return {
    applies: true,
    groepen: [groepMin, groepMax],
    share: (groepMax - groepMin + 1) / 8,
    noteNl,
    noteEn,
  };
}

function share(value: number, noteNl: string, noteEn: string): Applicability {
  return { applies: true, groepen: null, share: value, noteNl, noteEn };
}

function not(noteNl: string, noteEn: string): Applicability {
  return { applies: false, groepen: null, share: 0, noteNl, noteEn };
}

const NOT_PRESCHOOL = not('niet voor peuters in de voorschool', 'not for toddlers in pre-school');
const VVE_NOT_SECONDARY = not(
  'voor- en vroegschoolse educatie gaat over peuters en kleuters, niet over het voortgezet onderwijs',
  'early childhood education concerns toddlers and infants, not secondary education',
);
const VVE_PRIMARY = only(
  1,
  2,
  'alleen groep 1–2 (vroegschools, en de warme overdracht van voorschool naar school)',
  'groep 1–2 only (early school years and the hand-over from pre-school to school)',
);
const TRANSITION_PRIMARY = only(
  7,
  8,
  'alleen groep 7–8 (de overstap naar het voortgezet onderwijs)',
  'groep 7–8 only (the step to secondary school)',
);
/** Secondary schools run 4–6 years; the first year (brugklas) is the transition year. */
export const FIRST_YEAR_SHARE_VO = 0.2;
const TRANSITION_SECONDARY = share(
  FIRST_YEAR_SHARE_VO,
  'het eerste leerjaar (de overstap vanuit het primair onderwijs)',
  'the first year (the step from primary school)',
);

/**
 * The applicability table: per sector (`SECTORS`: VVE, PO, SBO, SO, VSO, VO) and intervention
 * type. Only the cells that differ from "applies to everyone" are listed; see README.md for the
 * reasons per row.
 */
const EXCEPTIONS: Readonly<Record<Sector, Partial<Record<InterventionCode, Applicability>>>> = {
  VVE: {
    EXTRA_LEERTIJD: NOT_PRESCHOOL,
    BELEVINGSWERELD: NOT_PRESCHOOL,
    MENTORING: NOT_PRESCHOOL,
  },
  PO: { VVE_KANSRIJKE_START: VVE_PRIMARY, OVERGANGEN: TRANSITION_PRIMARY },
  SBO: { VVE_KANSRIJKE_START: VVE_PRIMARY, OVERGANGEN: TRANSITION_PRIMARY },
  SO: {},
  VSO: { VVE_KANSRIJKE_START: VVE_NOT_SECONDARY },
  VO: { VVE_KANSRIJKE_START: VVE_NOT_SECONDARY, OVERGANGEN: TRANSITION_SECONDARY },
};

/** Whether an intervention type applies to a sector, with its groepen and share. */
export function applicabilityForSector(code: InterventionCode, sector: Sector): Applicability {
  return EXCEPTIONS[sector][code] ?? ALL;
}

/**
 * Whether an intervention type applies to a school of this type: when it applies to any of the
 * sectors the school type is served by (`SCHOOL_TYPE_SECTORS`: BAO → PO, SBO → SBO and PO,
 * SO/VSO → SO and VSO, …). The widest applicable cell wins (largest share).
 */
export function applicabilityForSchoolType(
  code: InterventionCode,
  schoolType: SchoolType,
): Applicability {
  let best: Applicability | null = null;
  for (const sector of SCHOOL_TYPE_SECTORS[schoolType]) {
    const a = applicabilityForSector(code, sector);
    if (a.applies && (best === null || a.share > best.share)) best = a;
  }
  return best ?? applicabilityForSector(code, SCHOOL_TYPE_SECTORS[schoolType][0]);
}

/**
 * Whether the type applies to a school of this type; null school type (unknown) = applies
 * (nothing is hidden on a guess).
 */
export function appliesToSchoolType(
  code: InterventionCode,
  schoolType: SchoolType | null,
): boolean {
  return schoolType === null || applicabilityForSchoolType(code, schoolType).applies;
}

/** The types (in taxonomy order) that apply to a school of this type. */
export function applicableTypes(schoolType: SchoolType | null): InterventionCode[] {
  return INTERVENTION_CODES.filter((code) => appliesToSchoolType(code, schoolType));
}

/** Bit i set when INTERVENTION_CODES[i] applies to this school type (the engine's need bits). */
export function applicabilityMask(schoolType: SchoolType | null): number {
  let mask = 0;
  INTERVENTION_CODES.forEach((code, i) => {
    if (appliesToSchoolType(code, schoolType)) mask |= 1 << i;
  });
  return mask;
}

/** The whole table, for documentation and the UI: one row per sector, cells in taxonomy order. */
export function applicabilityTable(): {
  sector: Sector;
  cells: (Applicability & { code: InterventionCode })[];
}[] {
  return SECTORS.map((sector) => ({
    sector,
    cells: INTERVENTION_CODES.map((code) => ({ code, ...applicabilityForSector(code, sector) })),
  }));
}
