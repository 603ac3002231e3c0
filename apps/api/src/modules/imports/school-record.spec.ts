import { resolveSchoolColumns, toMunicipalityCode, toSchoolType } from './school-record.js';
import { ImportError } from './import-types.js';

describe('school columns', () => {
  const duoHeader = [
    'INSTELLINGSCODE',
    'VESTIGINGSNUMMER',
    'VESTIGINGSNAAM',
    'STRAATNAAM',
    'HUISNUMMER-TOEVOEGING',
    'POSTCODE',
    'PLAATSNAAM',
    'GEMEENTENUMMER',
    'LAT',
    'LON',
  ];

  it('reads a DUO row: BRIN + 2-digit number, HUISNUMMER-TOEVOEGING, GEMEENTENUMMER', () => {
    const cols = resolveSchoolColumns(duoHeader, 'BAO');
    const parsed = cols.read({
      line: 2,
      values: [
        '04FH',
        '3',
        'Sint  Theresiaschool',
        'Kerkweg',
        '4-A',
        '7741 pj',
        'COEVORDEN',
        '109',
        '52,66',
        '6,74',
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.row).toMatchObject({
      vestigingscode: '04FH03',
      instellingscode: '04FH',
      name: 'Sint Theresiaschool',
      address: 'Kerkweg 4-A',
      postcode: '7741PJ',
      municipalityCode: 'GM0109',
      sector: 'PO',
      schoolType: 'BAO',
      lat: 52.66,
      lng: 6.74,
    });
    // DUO files have no pupil counts: the stored value is kept.
    expect(cols.optional).toEqual({ denomination: false, website: false, pupils: false });
  });

  it('accepts the full code in VESTIGINGSNUMMER and flags a mismatching institution', () => {
    const cols = resolveSchoolColumns(duoHeader, 'BAO');
    const row = (institution: string, number: string) =>
      cols.read({
        line: 2,
        values: [institution, number, 'X', 'Dam', '1', '1012JM', 'A', '0363', '52.37', '4.89'],
      });
    expect(row('00AH', '00AH07').row?.vestigingscode).toBe('00AH07');
    expect(row('11BB', '00AH07').problems.map((p) => p.code)).toEqual(['INVALID_VALUE']);
  });

  it('refuses a file without the columns every row needs, and warns about missing coordinates', () => {
    expect(() => resolveSchoolColumns(['name', 'city'])).toThrow(ImportError);
    expect(() => resolveSchoolColumns(duoHeader)).toThrow(/schooltype/);
    const noCoordinates = resolveSchoolColumns(duoHeader.slice(0, 8), 'BAO');
    expect(noCoordinates.warnings).toHaveLength(1);
  });

  it('maps codes and DUO labels', () => {
    expect(toMunicipalityCode('363')).toBe('GM0363');
    expect(toMunicipalityCode('gm0014')).toBe('GM0014');
    expect(toMunicipalityCode('GM36X')).toBeUndefined();
    expect(toSchoolType('basisschool')).toBe('BAO');
    expect(toSchoolType('SBAO')).toBe('SBO');
    expect(toSchoolType('(V)SO')).toBe('SO/VSO');
    expect(toSchoolType('Voortgezet speciaal onderwijs')).toBe('VSO');
    expect(toSchoolType('MBO')).toBeUndefined();
  });
});
