import type { Problem } from './import-types.js';

// Every reason a record can be refused, worded once: Dutch for the report, an English hint.
const q = (v: string): string => `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;

export const problems = {
  missingCode: (what: string, expected: string): Problem => ({
    code: 'MISSING_CODE',
    reason: `${what} ontbreekt`,
    hint: `the record has no key; expected ${expected}`,
  }),
  malformedCode: (what: string, value: string, expected: string): Problem => ({
    code: 'MALFORMED_CODE',
    reason: `${what} ${q(value)} is ongeldig`,
    hint: `malformed key; expected ${expected}`,
  }),
  duplicateKey: (key: string, firstLine: number, unit: 'regel' | 'feature'): Problem => ({
    code: 'DUPLICATE_KEY',
    reason: `${key} staat dubbel in het bestand (eerder op ${unit} ${firstLine})`,
    hint: 'duplicate key in the file; only the first occurrence is imported',
  }),
  missingField: (field: string, english: string): Problem => ({
    code: 'MISSING_FIELD',
    reason: `${field} ontbreekt`,
    hint: `required value missing: ${english}`,
  }),
  invalidValue: (reason: string, hint: string): Problem => ({
    code: 'INVALID_VALUE',
    reason,
    hint,
  }),
  invalidPostcode: (value: string): Problem => ({
    code: 'INVALID_POSTCODE',
    reason: `postcode ${q(value)} heeft niet de vorm 1234AB`,
    hint: 'postcode must be four digits (not starting with 0) and two letters, e.g. 1012AB',
  }),
  missingCoordinates: (): Problem => ({
    code: 'MISSING_COORDINATES',
    reason: 'coördinaten ontbreken',
    hint: 'rows without lat/lon are reported, not geocoded; add WGS84 lat and lon (e.g. from the BAG)',
  }),
  invalidCoordinates: (lat: string, lon: string): Problem => ({
    code: 'INVALID_COORDINATES',
    reason: `coördinaten ${q(`${lat}, ${lon}`)} zijn geen getallen`,
    hint: 'lat and lon must be decimal numbers in WGS84 degrees',
  }),
  outsideNetherlands: (lat: number, lon: number): Problem => {
    const swapped = lon >= 50.7 && lon <= 53.7 && lat >= 3.2 && lat <= 7.3;
    return {
      code: 'OUTSIDE_NETHERLANDS',
      reason: `coördinaten ${lat}, ${lon} liggen buiten Nederland${swapped ? ' (lat en lon lijken verwisseld)' : ''}`,
      hint: swapped
        ? 'coordinates outside the Netherlands; lat and lon look swapped'
        : 'coordinates outside the Netherlands (lat 50.7–53.7, lon 3.2–7.3, WGS84)',
    };
  },
  missingMunicipality: (): Problem => ({
    code: 'MISSING_MUNICIPALITY',
    reason: 'gemeentecode ontbreekt',
    hint: 'municipality code missing (municipalityCode or GEMEENTENUMMER)',
  }),
  malformedMunicipality: (value: string): Problem => ({
    code: 'MALFORMED_CODE',
    reason: `gemeentecode ${q(value)} is ongeldig`,
    hint: 'municipality code must be GM + 4 digits (GM0363) or DUO’s 4-digit GEMEENTENUMMER',
  }),
  unknownMunicipality: (code: string): Problem => ({
    code: 'UNKNOWN_MUNICIPALITY',
    reason: `onbekende gemeentecode ${code}`,
    hint: 'municipality not in the database; import the municipalities first (npm run import -- municipalities <file>)',
  }),
  unknownSchoolType: (value: string): Problem => ({
    code: 'UNKNOWN_SCHOOL_TYPE',
    reason: value ? `onbekend schooltype ${q(value)}` : 'schooltype ontbreekt',
    hint: 'expected BAO, SBO, SO, VSO, SO/VSO or VO (or DUO labels); for a file without a type column pass --school-type',
  }),
  missingProvince: (): Problem => ({
    code: 'MISSING_PROVINCE',
    reason: 'provinciecode ontbreekt en geen geïmporteerde provinciegrens bevat de gemeente',
    hint: 'a new municipality needs its province: add a provinceCode (and provinceName) property, or import the province boundaries first',
  }),
  unknownProvince: (code: string): Problem => ({
    code: 'UNKNOWN_PROVINCE',
    reason: `onbekende provinciecode ${code}`,
    hint: 'province not in the database; import the provinces first or add a provinceName property',
  }),
  missingGeometry: (): Problem => ({
    code: 'MISSING_GEOMETRY',
    reason: 'geometrie ontbreekt',
    hint: 'the feature has no geometry; expected a Polygon or MultiPolygon',
  }),
  invalidGeometry: (detail: string): Problem => ({
    code: 'INVALID_GEOMETRY',
    reason: `ongeldige geometrie: ${detail}`,
    hint: 'invalid geometry: expected a closed (Multi)Polygon in WGS84 lon/lat inside the Netherlands',
  }),
  selfIntersecting: (detail: string): Problem => ({
    code: 'SELF_INTERSECTING_GEOMETRY',
    reason: `geometrie snijdt zichzelf: ${detail}`,
    hint: 'self-intersecting ring; repair the boundary (e.g. mapshaper -clean) and import again',
  }),
};
