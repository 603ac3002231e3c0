import { parseInterventionCode } from '../taxonomy/intervention-type.js';
import {
  isMunicipalityCode,
  isPostcode,
  isVestigingscode,
  normaliseCode,
  normaliseCodeList,
  normalisePostcode,
  parseInstellingscode,
  parseMunicipalityCode,
  parseProvinceCode,
  parseVestigingscode,
} from './codes.js';

describe('Dutch codes', () => {
  it('accepts CBS municipality codes and rejects others', () => {
    expect(isMunicipalityCode('GM0363')).toBe(true);
    expect(isMunicipalityCode('GM363')).toBe(false);
    expect(isMunicipalityCode('PV27')).toBe(false);
  });

  it('normalises and validates postcodes', () => {
    expect(normalisePostcode(' 7541 wg ')).toBe('7541WG');
    expect(isPostcode('7541WG')).toBe(true);
    expect(isPostcode('0541WG')).toBe(false);
  });

  it('validates vestigingscodes', () => {
    expect(isVestigingscode('00AH07')).toBe(true);
    expect(isVestigingscode('00AH7')).toBe(false);
  });
});

describe('parsing codes once', () => {
  it('normalises blanks and case, nothing else', () => {
    expect(normaliseCode('  gm0363\t')).toBe('GM0363');
    expect(normaliseCode('')).toBe('');
    expect(normaliseCode(' 00 ah07 ')).toBe('00 AH07');
  });

  it('parses vestigingscodes', () => {
    expect(parseVestigingscode(' 00ah07 ')).toBe('00AH07');
    expect(parseVestigingscode('00AH7')).toBeNull();
    expect(parseVestigingscode('00AH0A')).toBeNull();
    expect(parseVestigingscode('')).toBeNull();
  });

  it('parses municipality codes', () => {
    expect(parseMunicipalityCode('gm0363 ')).toBe('GM0363');
    expect(parseMunicipalityCode('GM363')).toBeNull();
    expect(parseMunicipalityCode('0363')).toBeNull();
    expect(parseMunicipalityCode('PV27')).toBeNull();
  });

  it('parses province codes', () => {
    expect(parseProvinceCode(' pv27')).toBe('PV27');
    expect(parseProvinceCode('PV2')).toBeNull();
    expect(parseProvinceCode('GM0363')).toBeNull();
  });

  it('parses instellingscodes', () => {
    expect(parseInstellingscode('00ah')).toBe('00AH');
    expect(parseInstellingscode('00AH07')).toBeNull();
  });

  it('parses intervention codes', () => {
    expect(parseInterventionCode(' taal_lezen ')).toBe('TAAL_LEZEN');
    expect(parseInterventionCode('TAAL-LEZEN')).toBeNull();
    expect(parseInterventionCode('')).toBeNull();
  });

  it('normalises a typed list of codes: order kept, blanks and repeats dropped', () => {
    expect(normaliseCodeList(['zz0100', ' ZZ0101', '', '  ', 'zz0100 ', 'zz0102'])).toEqual([
      'ZZ0100',
      'ZZ0101',
      'ZZ0102',
    ]);
    expect(normaliseCodeList([])).toEqual([]);
  });
});
