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
