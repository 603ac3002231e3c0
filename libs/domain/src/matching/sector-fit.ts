import { SECTORS, type SchoolType, type Sector } from '../values/sector.js';

/** Which offering sectors serve a school of this type. */
export const SCHOOL_TYPE_SECTORS: Readonly<Record<SchoolType, readonly Sector[]>> = {
  BAO: ['PO'],
  // Special primary schools follow the regular PO curriculum as well.
  SBO: ['SBO', 'PO'],
  SO: ['SO'],
  VSO: ['VSO'],
  'SO/VSO': ['SO', 'VSO'],
  VO: ['VO'],
};

/** Typical pupil ages per school type, in whole years, both ends inclusive. */
export const SCHOOL_TYPE_AGES: Readonly<Record<SchoolType, readonly [number, number]>> = {
  BAO: [4, 12],
  SBO: [4, 12],
  SO: [4, 12],
  VSO: [12, 20],
  'SO/VSO': [4, 20],
  VO: [12, 18],
};

/**
 * Ages implied by a groep range when an offering gives no age range: primary-school ages.
 * The top is 11 (age at the start of the school year in groep 8), so a groep-only offering
 * never touches the VO/VSO range that starts at 12.
 */
export const GROEP_IMPLIED_AGES: readonly [number, number] = [4, 11];

/**
 * The pupil ages a requested groep range stands for: groep n is age n + 3 at the start of the
 * school year and n + 4 by its end (groep 1: 4–5, groep 8: 11–12). Used to judge an offering
 * that gives only an age range against a groep query. An open end stays open.
 */
export function groepAges(groepLo: number, groepHi: number): readonly [number, number] {
  return [groepLo + 3, groepHi + 4];
}

/** Bit per sector, in SECTORS order. */
export function sectorMask(sectors: readonly Sector[]): number {
  let mask = 0;
  for (const s of sectors) {
    const i = SECTORS.indexOf(s);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** Closed ranges [aLo, aHi] and [bLo, bHi] share at least one value. */
export function rangesOverlap(aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  return aLo <= bHi && bLo <= aHi;
}

export interface SchoolFitSubject {
  sectors: readonly Sector[];
  groepMin: number | null;
  groepMax: number | null;
  ageMin: number | null;
  ageMax: number | null;
}

/**
 * The age range an offering aims at, or null when it says nothing about age. A missing end of
 * a range is open. A groep range stands in for primary-school ages (GROEP_IMPLIED_AGES).
 */
export function offeringAgeRange(o: SchoolFitSubject): readonly [number, number] | null {
  if (o.ageMin !== null || o.ageMax !== null) {
    return [o.ageMin ?? -Infinity, o.ageMax ?? Infinity];
  }
  if (o.groepMin !== null || o.groepMax !== null) return GROEP_IMPLIED_AGES;
  return null;
}

/** Sector and age fit of an offering for a school type (readable form; the engine uses masks). */
export function fitsSchoolType(o: SchoolFitSubject, schoolType: SchoolType): boolean {
  const allowed = SCHOOL_TYPE_SECTORS[schoolType];
  if (o.sectors.length > 0 && !o.sectors.some((s) => allowed.includes(s))) return false;
  const ages = offeringAgeRange(o);
  if (ages === null) return true;
  const [lo, hi] = SCHOOL_TYPE_AGES[schoolType];
  return rangesOverlap(ages[0], ages[1], lo, hi);
}
