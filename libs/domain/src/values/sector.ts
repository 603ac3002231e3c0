// Sectors and the groups an offering can be aimed at. PO groepen run 1–8 (ages ~4–12).
export const SECTORS = ['VVE', 'PO', 'SBO', 'SO', 'VSO', 'VO'] as const;
export type Sector = (typeof SECTORS)[number];

// DUO registers SBO under PO and SO/VSO together under SO; a school row carries one of these.
export const SCHOOL_SECTORS = ['PO', 'VO', 'SO'] as const;
export type SchoolSector = (typeof SCHOOL_SECTORS)[number];

export const SCHOOL_TYPES = ['BAO', 'SBO', 'SO', 'VSO', 'SO/VSO', 'VO'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const TARGET_GROUPS = ['PUPILS', 'PARENTS', 'TEACHERS', 'SCHOOL_LEADERS'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const GROEP_MIN = 1;
export const GROEP_MAX = 8;

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export function isSchoolSector(value: string): value is SchoolSector {
  return (SCHOOL_SECTORS as readonly string[]).includes(value);
}

export function isSchoolType(value: string): value is SchoolType {
  return (SCHOOL_TYPES as readonly string[]).includes(value);
}

export function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}
