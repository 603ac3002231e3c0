// Formats of the Dutch public codes the product keys on.
export const MUNICIPALITY_CODE = /^GM\d{4}$/;
export const PROVINCE_CODE = /^PV\d{2}$/;
export const VESTIGINGSCODE = /^[0-9A-Z]{4}\d{2}$/;
export const INSTELLINGSCODE = /^[0-9A-Z]{4}$/;
export const POSTCODE = /^[1-9]\d{3}[A-Z]{2}$/;
export const KVK_NUMBER = /^\d{8}$/;

export function normalisePostcode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export const isMunicipalityCode = (v: string): boolean => MUNICIPALITY_CODE.test(v);
export const isProvinceCode = (v: string): boolean => PROVINCE_CODE.test(v);
export const isVestigingscode = (v: string): boolean => VESTIGINGSCODE.test(v);
export const isPostcode = (v: string): boolean => POSTCODE.test(v);
export const isKvkNumber = (v: string): boolean => KVK_NUMBER.test(v);

/**
 * A code as typed or sent (" gm0363 ") in the form we store and compare it in ("GM0363"):
 * surrounding blanks dropped, letters upper case. Says nothing about validity; the parse
 * functions below do both, and are the only place codes are normalised.
 */
export function normaliseCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** A parse function: the code in its stored form when that has the format, else null. */
function parserOf(format: RegExp): (raw: string) => string | null {
  return (raw) => {
    const code = normaliseCode(raw);
    return format.test(code) ? code : null;
  };
}

/** The vestigingscode in its stored form ("00ah07 " → "00AH07"), or null when malformed. */
export const parseVestigingscode = parserOf(VESTIGINGSCODE);

/** The CBS municipality code in its stored form ("gm0363" → "GM0363"), or null when malformed. */
export const parseMunicipalityCode = parserOf(MUNICIPALITY_CODE);

/** The CBS province code in its stored form ("pv27" → "PV27"), or null when malformed. */
export const parseProvinceCode = parserOf(PROVINCE_CODE);

/** The instellingscode (formerly BRIN) in its stored form, or null when malformed. */
export const parseInstellingscode = parserOf(INSTELLINGSCODE);

/** A list of codes as typed ("zz0100, ZZ0101 zz0102"): normalised, blanks and repeats dropped, in order. */
export function normaliseCodeList(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normaliseCode).filter((c) => c !== ''))];
}
