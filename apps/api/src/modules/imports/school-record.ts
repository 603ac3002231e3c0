import {
  INSTELLINGSCODE,
  isInNetherlands,
  isPostcode,
  isVestigingscode,
  normaliseCode,
  normalisePostcode,
  type SchoolSector,
  type SchoolType,
} from '@partnerwijzer/domain';
import type { CsvRecord } from './csv.js';
import { ImportError, type Problem } from './import-types.js';
import { problems } from './problems.js';

// Reads one school location from a CSV record, in either of the two formats we accept:
// the columns of ../shared/data/schools.csv (camelCase, documented in its README) and DUO's
// own address files (upper case, e.g. VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;…).

/** A validated school row, ready for the database (province filled in from the municipality). */
export interface SchoolRow {
  vestigingscode: string;
  instellingscode: string;
  name: string;
  sector: SchoolSector;
  schoolType: SchoolType;
  denomination: string | null;
  address: string;
  postcode: string;
  city: string;
  municipalityCode: string;
  lat: number;
  lng: number;
  pupils: number | null;
  website: string | null;
}

type Field =
  | 'code'
  | 'number'
  | 'institution'
  | 'name'
  | 'institutionName'
  | 'schoolType'
  | 'voStructure'
  | 'denomination'
  | 'address'
  | 'street'
  | 'houseNumber'
  | 'houseLetter'
  | 'houseNumberAddition'
  | 'duoHouseNumber'
  | 'postcode'
  | 'city'
  | 'municipality'
  | 'lat'
  | 'lon'
  | 'website'
  | 'pupils';

// Header names are compared upper-cased with everything but letters and digits removed, so
// `municipalityCode`, `MUNICIPALITY_CODE` and `Municipality code` are the same column.
const ALIASES: Record<Field, string[]> = {
  code: ['VESTIGINGSCODE'],
  number: ['VESTIGINGSNUMMER', 'VESTIGINGSNR'],
  institution: ['INSTELLINGSCODE', 'BRINNUMMER', 'BRINCODE', 'BRIN'],
  name: ['NAME', 'VESTIGINGSNAAM', 'NAAM'],
  institutionName: ['INSTELLINGSNAAM'],
  schoolType: ['SCHOOLTYPE', 'SOORTPO', 'SOORTONDERWIJS', 'ONDERWIJSTYPE'],
  voStructure: ['ONDERWIJSSTRUCTUUR'],
  denomination: ['DENOMINATION', 'DENOMINATIE'],
  address: ['ADDRESS', 'ADRES'],
  street: ['STREET', 'STRAATNAAM', 'STRAAT'],
  houseNumber: ['HOUSENUMBER', 'HUISNUMMER'],
  houseLetter: ['HOUSELETTER', 'HUISLETTER'],
  houseNumberAddition: ['HOUSENUMBERADDITION', 'TOEVOEGING'],
  // DUO's HUISNUMMER-TOEVOEGING holds the whole number, e.g. "3-A".
  duoHouseNumber: ['HUISNUMMERTOEVOEGING'],
  postcode: ['POSTCODE'],
  city: ['CITY', 'PLAATSNAAM', 'PLAATS', 'WOONPLAATS'],
  municipality: ['MUNICIPALITYCODE', 'GEMEENTECODE', 'GEMEENTENUMMER'],
  lat: ['LAT', 'LATITUDE', 'BREEDTEGRAAD'],
  lon: ['LON', 'LNG', 'LONGITUDE', 'LENGTEGRAAD'],
  website: ['WEBSITE', 'INTERNETADRES', 'URL'],
  pupils: ['PUPILS', 'LEERLINGEN', 'AANTALLEERLINGEN'],
};

const normaliseHeader = (h: string): string => h.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Optional values a file may leave out; an absent column keeps what the database has. */
export interface OptionalColumns {
  denomination: boolean;
  website: boolean;
  pupils: boolean;
}

export interface SchoolColumns {
  read(record: CsvRecord): ParsedSchool;
  optional: OptionalColumns;
  warnings: string[];
}

export interface ParsedSchool {
  /** The code as far as it could be read (for the report and the duplicate check). */
  key: string;
  /** True when `key` is a well-formed vestigingscode. */
  keyValid: boolean;
  row?: SchoolRow;
  problems: Problem[];
}

const LIMITS = { name: 300, address: 300, city: 100, denomination: 100, website: 300 };

/**
 * Maps the header to our fields. Throws ImportError when a column without which no row could
 * be imported is missing (better one clear message than 8,000 identical rejections).
 */
export function resolveSchoolColumns(
  header: string[],
  defaultSchoolType?: SchoolType,
): SchoolColumns {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  const col = {} as Record<Field, number | undefined>;
  for (const field of Object.keys(ALIASES) as Field[]) {
    col[field] = ALIASES[field].map((a) => index.get(a)).find((i) => i !== undefined);
  }

  const missing: string[] = [];
  if (col.code === undefined && col.number === undefined) {
    missing.push('vestigingscode (VESTIGINGSCODE of INSTELLINGSCODE + VESTIGINGSNUMMER)');
  }
  if (col.name === undefined && col.institutionName === undefined) {
    missing.push('naam (name / VESTIGINGSNAAM)');
  }
  if (col.address === undefined && col.street === undefined) {
    missing.push('adres (address / STRAATNAAM)');
  }
  if (col.postcode === undefined) missing.push('postcode (POSTCODE)');
  if (col.city === undefined) missing.push('plaats (city / PLAATSNAAM)');
  if (col.municipality === undefined) {
    missing.push('gemeente (municipalityCode / GEMEENTENUMMER)');
  }
  const voFile = col.voStructure !== undefined;
  if (col.schoolType === undefined && !voFile && !defaultSchoolType) {
    missing.push('schooltype (schoolType / SOORT PO), of geef --school-type mee');
  }
  if (missing.length > 0) {
    throw new ImportError(
      `Het bestand mist verplichte kolommen (missing required columns): ${missing.join('; ')}. Gevonden kolommen (found): ${header.join(', ')}`,
    );
  }

  const warnings: string[] = [];
  const hasCoordinates = col.lat !== undefined && col.lon !== undefined;
  if (!hasCoordinates) {
    warnings.push(
      'Het bestand heeft geen kolommen lat/lon: rijen zonder coördinaten worden afgewezen, niet gegokt. (No lat/lon columns: every row will be rejected; add coordinates, e.g. from the BAG.)',
    );
  }
  const fallbackType: SchoolType | undefined = defaultSchoolType ?? (voFile ? 'VO' : undefined);

  const read = (record: CsvRecord): ParsedSchool => {
    const get = (field: Field): string => {
      const i = col[field];
      return i === undefined ? '' : (record.values[i] ?? '').trim();
    };
    const found: Problem[] = [];

    // The key: a full code, or DUO's institution code + 1–2 digit location number.
    const rawCode = get('code').toUpperCase();
    const rawNumber = get('number').toUpperCase();
    const rawInstitution = get('institution').toUpperCase();
    let key = rawCode;
    if (!key && rawNumber) {
      key =
        /^\d{1,2}$/.test(rawNumber) && rawInstitution
          ? `${rawInstitution}${rawNumber.padStart(2, '0')}`
          : rawNumber;
    }
    const keyValid = isVestigingscode(key);
    if (!key) {
      found.push(
        problems.missingCode(
          'vestigingscode',
          'a DUO code such as 00AH07 (4 characters + 2 digits)',
        ),
      );
    } else if (!keyValid) {
      found.push(
        problems.malformedCode('vestigingscode', key, '4 letters/digits + 2 digits, e.g. 00AH07'),
      );
    }
    let instellingscode = keyValid ? key.slice(0, 4) : '';
    if (keyValid && rawInstitution && rawInstitution !== instellingscode) {
      found.push(
        INSTELLINGSCODE.test(rawInstitution)
          ? problems.invalidValue(
              `instellingscode ${rawInstitution} past niet bij vestigingscode ${key}`,
              'instellingscode must be the first 4 characters of the vestigingscode',
            )
          : problems.malformedCode(
              'instellingscode',
              rawInstitution,
              '4 letters/digits, e.g. 00AH',
            ),
      );
      instellingscode = '';
    }

    const name = clean(get('name')) || clean(get('institutionName'));
    if (!name) found.push(problems.missingField('naam', 'name'));

    const address = clean(get('address')) || composeAddress(get);
    if (!address) found.push(problems.missingField('adres', 'address (street and number)'));

    const rawPostcode = get('postcode');
    const postcode = normalisePostcode(rawPostcode);
    if (!rawPostcode) found.push(problems.missingField('postcode', 'postcode'));
    else if (!isPostcode(postcode)) found.push(problems.invalidPostcode(rawPostcode));

    const city = clean(get('city'));
    if (!city) found.push(problems.missingField('plaats', 'city'));

    const rawMunicipality = get('municipality').toUpperCase();
    const municipalityCode = toMunicipalityCode(rawMunicipality);
    if (!rawMunicipality) found.push(problems.missingMunicipality());
    else if (!municipalityCode) found.push(problems.malformedMunicipality(rawMunicipality));

    const rawType = get('schoolType');
    const schoolType = rawType ? toSchoolType(rawType) : fallbackType;
    if (!schoolType) found.push(problems.unknownSchoolType(rawType));

    const rawLat = get('lat');
    const rawLon = get('lon');
    const lat = parseDecimal(rawLat);
    const lng = parseDecimal(rawLon);
    if (!rawLat || !rawLon) found.push(problems.missingCoordinates());
    else if (lat === undefined || lng === undefined) {
      found.push(problems.invalidCoordinates(rawLat, rawLon));
    } else if (!isInNetherlands({ lat, lng })) {
      found.push(problems.outsideNetherlands(lat, lng));
    }

    const rawPupils = get('pupils');
    let pupils: number | null = null;
    if (rawPupils) {
      if (/^\d{1,6}$/.test(rawPupils)) pupils = Number(rawPupils);
      else {
        found.push(
          problems.invalidValue(
            `leerlingaantal "${rawPupils}" is geen geheel getal`,
            'pupils must be a whole number ≥ 0 (or empty)',
          ),
        );
      }
    }

    const denomination = clean(get('denomination')) || null;
    const website = clean(get('website')) || null;
    const lengths: [string, string | null, number][] = [
      ['naam', name, LIMITS.name],
      ['adres', address, LIMITS.address],
      ['plaats', city, LIMITS.city],
      ['denominatie', denomination, LIMITS.denomination],
      ['website', website, LIMITS.website],
    ];
    for (const [label, value, max] of lengths) {
      if (value && value.length > max) {
        found.push(
          problems.invalidValue(
            `${label} is langer dan ${max} tekens`,
            `${label} is longer than ${max} characters`,
          ),
        );
      }
    }

    if (
      found.length > 0 ||
      !schoolType ||
      !municipalityCode ||
      lat === undefined ||
      lng === undefined
    ) {
      return { key, keyValid, problems: found };
    }
    return {
      key,
      keyValid,
      problems: [],
      row: {
        vestigingscode: key,
        instellingscode,
        name,
        sector: sectorOf(schoolType),
        schoolType,
        denomination,
        address,
        postcode,
        city,
        municipalityCode,
        lat,
        lng,
        pupils,
        website,
      },
    };
  };

  return {
    read,
    optional: {
      denomination: col.denomination !== undefined,
      website: col.website !== undefined,
      pupils: col.pupils !== undefined,
    },
    warnings,
  };
}

function clean(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}

function composeAddress(get: (field: Field) => string): string {
  const street = clean(get('street'));
  if (!street) return '';
  const duoNumber = get('duoHouseNumber');
  if (duoNumber) return `${street} ${duoNumber}`;
  const addition = get('houseNumberAddition');
  const number = `${get('houseNumber')}${get('houseLetter')}${addition ? `-${addition}` : ''}`;
  return clean(`${street} ${number}`);
}

/** GM0363, or DUO's GEMEENTENUMMER (0363 or 363). */
export function toMunicipalityCode(raw: string): string | undefined {
  const v = normaliseCode(raw);
  if (/^GM\d{4}$/.test(v)) return v;
  if (/^\d{1,4}$/.test(v)) return `GM${v.padStart(4, '0')}`;
  return undefined;
}

/** PV27, or the bare CBS number (27). */
export function toProvinceCode(raw: string): string | undefined {
  const v = normaliseCode(raw);
  if (/^PV\d{2}$/.test(v)) return v;
  if (/^\d{2}$/.test(v)) return `PV${v}`;
  return undefined;
}

// Our codes plus DUO's labels (duoType in schools.csv, SOORT PO and the like in DUO files).
const SCHOOL_TYPE_LABELS: Record<string, SchoolType> = {
  bao: 'BAO',
  bo: 'BAO',
  basisschool: 'BAO',
  basisonderwijs: 'BAO',
  sbo: 'SBO',
  sbao: 'SBO',
  speciaalbasisonderwijs: 'SBO',
  so: 'SO',
  speciaalonderwijs: 'SO',
  vso: 'VSO',
  voortgezetspeciaalonderwijs: 'VSO',
  'so/vso': 'SO/VSO',
  '(v)so': 'SO/VSO',
  '(voortgezet)speciaalonderwijs': 'SO/VSO',
  vo: 'VO',
  voortgezetonderwijs: 'VO',
};

export function toSchoolType(raw: string): SchoolType | undefined {
  return SCHOOL_TYPE_LABELS[raw.toLowerCase().replace(/[\s_.-]/g, '')];
}

export function sectorOf(type: SchoolType): SchoolSector {
  switch (type) {
    case 'BAO':
    case 'SBO':
      return 'PO';
    case 'VO':
      return 'VO';
    case 'SO':
    case 'VSO':
    case 'SO/VSO':
      return 'SO';
  }
}

/** "52.37" or, as Dutch spreadsheets write it, "52,37". */
export function parseDecimal(raw: string): number | undefined {
  const v = raw.trim();
  if (!/^[-+]?\d+([.,]\d+)?$/.test(v)) return undefined;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
