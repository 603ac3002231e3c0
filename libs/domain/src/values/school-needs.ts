import type { SchoolType } from './sector.js';

// A school's needs profile (school level only, never pupil data): per school year, the
// intervention types the school needs, each with a priority and the groups concerned.

/** The Dutch school year runs from 1 August to 31 July; written "2026-2027". */
export const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
/** The month (0-based) a new school year starts: August. */
export const SCHOOL_YEAR_START_MONTH = 7;

/** The school year a date falls in ("2026-2027" for 4 December 2026), by its UTC date. */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= SCHOOL_YEAR_START_MONTH ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The school year in its stored form, or null when it is not "YYYY-YYYY" with consecutive years. */
export function parseSchoolYear(raw: string): string | null {
  const m = SCHOOL_YEAR.exec(raw.trim());
  if (!m) return null;
  const first = Number(m[1]);
  if (Number(m[2]) !== first + 1 || first < 2000 || first > 2100) return null;
  return `${first}-${first + 1}`;
}

// Priorities (HIGH, MEDIUM, LOW) and their weights are the need formula's: `needs/need-weight.ts`.

/**
 * The groups a profile item may name, per school type: groep 1–8 in primary and special
 * (primary) schools, leerjaar 1–6 in secondary schools. A combined SO/VSO school names its SO
 * groepen 1–8. No groups named = the whole school.
 */
export const SCHOOL_GROUP_RANGE: Readonly<Record<SchoolType, readonly [number, number]>> = {
  BAO: [1, 8],
  SBO: [1, 8],
  SO: [1, 8],
  'SO/VSO': [1, 8],
  VSO: [1, 6],
  VO: [1, 6],
};

/** Whether the school type counts in groepen (primary) rather than leerjaren (secondary). */
export function countsInGroepen(schoolType: SchoolType): boolean {
  return SCHOOL_GROUP_RANGE[schoolType][1] === 8;
}

/** At most this many characters in an item's note. */
export const NEED_NOTE_MAX = 300;
