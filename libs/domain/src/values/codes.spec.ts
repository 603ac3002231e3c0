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

  it.each<[string, (raw: string) => string | null, [string, string], string[]]>([
    ['vestigingscodes', parseVestigingscode, [' 00ah07 ', '00AH07'], ['00AH7', '00AH0A', '']],
    ['municipality codes', parseMunicipalityCode, ['gm0363 ', 'GM0363'], ['GM363', '0363', 'PV27']],
    ['province codes', parseProvinceCode, [' pv27', 'PV27'], ['PV2', 'GM0363']],
    ['instellingscodes', parseInstellingscode, ['00ah', '00AH'], ['00AH07']],
    [
      'intervention codes',
      parseInterventionCode,
      [' taal_lezen ', 'TAAL_LEZEN'],
      ['TAAL-LEZEN', ''],
    ],
  ])('parses %s', (_name, parse, [typed, stored], malformed) => {
    expect(parse(typed)).toBe(stored);
    for (const raw of malformed) expect(parse(raw)).toBeNull();
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
