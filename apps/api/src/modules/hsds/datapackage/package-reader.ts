import { strFromU8, unzipSync } from 'fflate';
import { UserInputError } from '../../../common/errors/user-input.error.js';
import { parseCsv } from '../../imports/index.js';
import { MAX_GEOMETRY_BYTES } from '../../organisations/index.js';
import { TABLES } from './tables.js';

// Reads an uploaded HSDS package into plain rows per HSDS resource, before anything is
// checked against the database: a ZIP of CSVs (+ datapackage.json) as our export writes it,
// or HSDS JSON (a service, a list of services, a page with `contents`, an organization with
// `services`). Everything hostile stops here with a message naming the problem: sizes (the
// upload, each unpacked file, all of them together: zip bombs), too many files or rows, nesting,
// NUL and other control characters, files that are not ZIP/CSV/JSON.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ENTRIES = 64;
export const MAX_ROWS = 200_000;
export const MAX_FIELD_CHARS = 200_000;
export const MAX_JSON_DEPTH = 32;
/**
 * A service_area's extent: a drawn area's GeoJSON, which the import then holds to the portal's
 * limits (MAX_GEOMETRY_BYTES as compact JSON, the corners). A file may lay it out with spaces
 * and line breaks, so the text may be twice that before the reader stops it.
 */
export const MAX_EXTENT_CHARS = 2 * MAX_GEOMETRY_BYTES;

/** The longest value a column may hold, as text. */
function maxChars(table: string, column: string): number {
  return table === 'service_area' && column === 'extent' ? MAX_EXTENT_CHARS : MAX_FIELD_CHARS;
}

export type Row = Record<string, string>;
/** HSDS resource name → its rows (all values as text, '' when absent). */
export type Tables = Map<string, Row[]>;

function refuse(field: string, message: string): never {
  throw UserInputError.field(field, message, { code: 'INVALID' }, 'INVALID_PACKAGE');
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  );
}

/** Text of one value: no NUL or other control characters except tab and line breaks. */
function text(where: string, value: string, max = MAX_FIELD_CHARS): string {
  if (value.length > max) {
    refuse(where, `waarde te lang: hoogstens ${max} tekens (value too long)`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
    refuse(where, 'bevat een NUL- of stuurteken (contains a NUL or control character)');
  }
  return value;
}

/** A ZIP entry's name, shortened and without control characters, to quote in a message. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80);
}

/** Reads a ZIP datapackage: only the CSV files of the resources we know are read. */
export function readZipPackage(bytes: Uint8Array): Tables {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    refuse(
      'file',
      `bestand te groot: hoogstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB (file too large)`,
    );
  }
  const byPath = new Map(TABLES.map((t) => [t.path, t]));
  let entries = 0;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries += 1;
        if (entries > MAX_ENTRIES) {
          refuse(
            'file',
            `te veel bestanden in de ZIP: hoogstens ${MAX_ENTRIES} (too many entries)`,
          );
        }
        // A name that climbs out of the folder is refused, not quietly skipped: whoever made
        // the package should learn that this entry was never read.
        if (/(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-z]:/i.test(f.name)) {
          refuse(
            'file',
            `onveilige bestandsnaam in de ZIP (unsafe entry name): ${printable(f.name)}`,
          );
        }
        const wanted = byPath.has(f.name) || f.name === 'datapackage.json';
        if (!wanted) return false;
        if (f.originalSize > MAX_FILE_BYTES) {
          refuse(
            'file',
            `${f.name} is uitgepakt groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB (entry too large when unpacked)`,
          );
        }
        declared += f.originalSize;
        if (declared > MAX_UNPACKED_BYTES) {
          refuse(
            'file',
            `de ZIP is uitgepakt groter dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (archive too large when unpacked)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    refuse('file', `geen leesbaar ZIP-bestand: ${(error as Error).message} (not a readable ZIP)`);
  }
  let actual = 0;
  for (const [name, data] of Object.entries(files)) {
    actual += data.length;
    if (data.length > MAX_FILE_BYTES || actual > MAX_UNPACKED_BYTES) {
      refuse('file', `${name} is uitgepakt te groot (entry too large when unpacked)`);
    }
  }
  if (!files['datapackage.json']) {
    refuse('file', 'datapackage.json ontbreekt in de ZIP (datapackage.json missing)');
  }
  const tables: Tables = new Map();
  for (const [path, table] of byPath) {
    const data = files[path];
    if (!data) continue;
    let csv: ReturnType<typeof parseCsv>;
    try {
      csv = parseCsv(strFromU8(data), ',');
    } catch (error) {
      refuse(path, `geen leesbare CSV: ${(error as Error).message} (not readable CSV)`);
    }
    if (csv.records.length > MAX_ROWS) {
      refuse(path, `te veel regels: hoogstens ${MAX_ROWS} (too many rows)`);
    }
    const header = csv.header.map((h) => h.trim());
    if (!header.includes('id')) {
      refuse(
        path,
        header.length === 1 && header[0]!.includes(';')
          ? 'kolommen gescheiden door puntkomma’s; een HSDS-CSV gebruikt komma’s (semicolon-separated; HSDS CSV uses commas)'
          : 'de kop (regel 1) mist de kolom id (the header has no id column)',
      );
    }
    const rows = csv.records.map((r) => {
      if (r.values.length !== header.length) {
        refuse(
          `${path} regel ${r.line}`,
          `${r.values.length} velden, de kop heeft er ${header.length} (wrong number of fields)`,
        );
      }
      const row: Row = {};
      header.forEach((h, i) => {
        row[h] = text(`${path} regel ${r.line} ${h}`, r.values[i] ?? '', maxChars(table.name, h));
      });
      return row;
    });
    tables.set(table.name, rows);
  }
  if (!tables.get('organization') && !tables.get('service')) {
    refuse('file', 'de ZIP bevat geen organizations.csv en geen services.csv (no HSDS tables)');
  }
  return tables;
}

/** Deepest nesting of arrays/objects in JSON text, counted without parsing it. */
function jsonDepth(textValue: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < textValue.length; i++) {
    const c = textValue.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(where: string, v: unknown, max = MAX_FIELD_CHARS): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return text(where, v, max);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  refuse(where, 'moet tekst of een getal zijn (must be text or a number)');
}

/** A JSON object's plain values as a row of `table` (nested objects and lists are left out). */
function rowOf(where: string, table: string, o: Obj, extra: Row = {}): Row {
  const row: Row = {};
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v) || isObj(v)) continue;
    row[k] = scalar(`${where}.${k}`, v, maxChars(table, k));
  }
  return { ...row, ...extra };
}

function list(where: string, v: unknown): Obj[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every(isObj))
    refuse(where, 'moet een lijst van objecten zijn (must be a list of objects)');
  return v;
}

/** Reads HSDS JSON (already parsed, or text) into the same tables as a ZIP. */
export function readJsonPackage(input: unknown): Tables {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_UPLOAD_BYTES) refuse('file', 'bestand te groot (file too large)');
    if (jsonDepth(input) > MAX_JSON_DEPTH) {
      refuse('file', `te diep genest: hoogstens ${MAX_JSON_DEPTH} niveaus (nested too deeply)`);
    }
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      refuse('file', 'geen geldige JSON (not valid JSON)');
    }
  }
  const tables: Tables = new Map(TABLES.map((t) => [t.name, [] as Row[]]));
  const add = (name: string, row: Row) => {
    const rows = tables.get(name)!;
    if (rows.length >= MAX_ROWS)
      refuse(name, `te veel records: hoogstens ${MAX_ROWS} (too many records)`);
    rows.push(row);
  };
  const seenOrgs = new Set<string>();
  const addOrganization = (where: string, org: Obj) => {
    const row = rowOf(where, 'organization', org);
    if (seenOrgs.has(row['id'] ?? '')) return;
    seenOrgs.add(row['id'] ?? '');
    add('organization', row);
    for (const [i, x] of list(
      `${where}.organization_identifiers`,
      org['organization_identifiers'],
    ).entries()) {
      add(
        'organization_identifier',
        rowOf(`${where}.organization_identifiers[${i}]`, 'organization_identifier', x, {
          organization_id: row['id'] ?? '',
        }),
      );
    }
    for (const [i, x] of list(`${where}.phones`, org['phones']).entries()) {
      add(
        'phone',
        rowOf(`${where}.phones[${i}]`, 'phone', x, { organization_id: row['id'] ?? '' }),
      );
    }
    for (const [i, x] of list(`${where}.locations`, org['locations']).entries()) {
      add(
        'location',
        rowOf(`${where}.locations[${i}]`, 'location', x, { organization_id: row['id'] ?? '' }),
      );
    }
    for (const [i, s] of list(`${where}.services`, org['services']).entries()) {
      addService(`${where}.services[${i}]`, s, row['id'] ?? '');
    }
  };
  const addService = (where: string, s: Obj, organizationId?: string) => {
    const row = rowOf(
      where,
      'service',
      s,
      organizationId ? { organization_id: organizationId } : {},
    );
    const id = row['id'] ?? '';
    add('service', row);
    if (isObj(s['organization']) && !organizationId) {
      const org = s['organization'];
      if (typeof org['id'] === 'string' && !seenOrgs.has(org['id'])) {
        add('organization', rowOf(`${where}.organization`, 'organization', org));
        seenOrgs.add(org['id']);
      }
    }
    const children: [string, string][] = [
      ['service_areas', 'service_area'],
      ['languages', 'language'],
      ['cost_options', 'cost_option'],
    ];
    for (const [key, table] of children) {
      for (const [i, x] of list(`${where}.${key}`, s[key]).entries()) {
        add(table, rowOf(`${where}.${key}[${i}]`, table, x, { service_id: id }));
      }
    }
    for (const [i, a] of list(`${where}.attributes`, s['attributes']).entries()) {
      const term = isObj(a['taxonomy_term']) ? a['taxonomy_term'] : null;
      add(
        'attribute',
        rowOf(`${where}.attributes[${i}]`, 'attribute', a, {
          link_id: id,
          ...(term
            ? { term_code: scalar(`${where}.attributes[${i}].taxonomy_term.code`, term['code']) }
            : {}),
        }),
      );
    }
    for (const [i, sal] of list(
      `${where}.service_at_locations`,
      s['service_at_locations'],
    ).entries()) {
      if (isObj(sal['location'])) {
        add(
          'location',
          rowOf(`${where}.service_at_locations[${i}].location`, 'location', sal['location']),
        );
      }
    }
  };

  if (Array.isArray(value)) {
    list('file', value).forEach((s, i) => addService(`[${i}]`, s));
  } else if (isObj(value) && Array.isArray(value['contents'])) {
    list('contents', value['contents']).forEach((s, i) => addService(`contents[${i}]`, s));
  } else if (
    isObj(value) &&
    Array.isArray(value['services']) &&
    typeof value['name'] === 'string'
  ) {
    addOrganization('organization', value);
  } else if (isObj(value) && typeof value['status'] === 'string') {
    addService('service', value);
  } else {
    refuse(
      'file',
      'geen HSDS-JSON: verwacht een service, een lijst services of een organization met services (not HSDS JSON)',
    );
  }
  return tables;
}
