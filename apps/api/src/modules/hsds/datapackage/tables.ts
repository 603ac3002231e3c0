// The tables of Partnerwijzer's HSDS tabular datapackage: which HSDS resources we fill, their
// CSV file and the columns we write (in HSDS order), with Table Schema types. Written here in
// our own words from the HSDS 3.0 field lists; the tests check them against the published
// datapackage.json in ../shared/standards/hsds-3.0.

export type FieldType = 'string' | 'number' | 'date' | 'datetime';

export interface TableDef {
  /** HSDS resource name. */
  name: string;
  path: string;
  fields: readonly (readonly [string, FieldType])[];
  /** Column → resource it refers to (by id). */
  foreignKeys?: Readonly<Record<string, string>>;
  /**
   * The rows stay in the order they are added instead of id order: the rows' order is part of
   * the data (an offering's areas in the order the partner saved them; HSDS has no field for it).
   */
  keepsRowOrder?: true;
}

const s = 'string' as const;
const n = 'number' as const;

export const TABLES: readonly TableDef[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: [
      ['id', s],
      ['name', s],
      ['description', s],
      ['email', s],
      ['website', s],
      ['tax_id', s],
    ],
  },
  {
    name: 'organization_identifier',
    path: 'organization_identifiers.csv',
    fields: [
      ['id', s],
      ['organization_id', s],
      ['identifier_scheme', s],
      ['identifier_type', s],
      ['identifier', s],
    ],
    foreignKeys: { organization_id: 'organization' },
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: [
      ['id', s],
      ['location_type', s],
      ['organization_id', s],
      ['name', s],
      ['description', s],
      ['latitude', n],
      ['longitude', n],
    ],
    foreignKeys: { organization_id: 'organization' },
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: [
      ['id', s],
      ['organization_id', s],
      ['number', s],
    ],
    foreignKeys: { organization_id: 'organization' },
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: [
      ['id', s],
      ['organization_id', s],
      ['name', s],
      ['description', s],
      ['status', s],
      ['fees_description', s],
      ['minimum_age', n],
      ['maximum_age', n],
      ['assured_date', 'date'],
      ['last_modified', 'datetime'],
    ],
    foreignKeys: { organization_id: 'organization' },
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: [
      ['id', s],
      ['service_id', s],
      ['location_id', s],
    ],
    foreignKeys: { service_id: 'service', location_id: 'location' },
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: [
      ['id', s],
      ['service_id', s],
      ['name', s],
      ['description', s],
      ['extent', s],
      ['extent_type', s],
      ['uri', s],
    ],
    foreignKeys: { service_id: 'service' },
    // Per service in the saved order (as the portal lists them), the services in id order.
    keepsRowOrder: true,
  },
  {
    name: 'language',
    path: 'languages.csv',
    fields: [
      ['id', s],
      ['service_id', s],
      ['name', s],
      ['code', s],
    ],
    foreignKeys: { service_id: 'service' },
  },
  {
    name: 'cost_option',
    path: 'cost_options.csv',
    fields: [
      ['id', s],
      ['service_id', s],
      ['option', s],
      ['currency', s],
      ['amount', n],
      ['amount_description', s],
    ],
    foreignKeys: { service_id: 'service' },
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [
      ['id', s],
      ['name', s],
      ['description', s],
      ['version', s],
    ],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [
      ['id', s],
      ['code', s],
      ['name', s],
      ['description', s],
      ['taxonomy', s],
      ['language', s],
      ['taxonomy_id', s],
    ],
    foreignKeys: { taxonomy_id: 'taxonomy' },
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: [
      ['id', s],
      ['link_id', s],
      ['taxonomy_term_id', s],
      ['link_type', s],
      ['link_entity', s],
    ],
    foreignKeys: { taxonomy_term_id: 'taxonomy_term' },
  },
];

export const TABLE_BY_NAME = new Map(TABLES.map((t) => [t.name, t]));

/** The package descriptor (datapackage.json) of the tables above. */
export function descriptor(title: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'partnerwijzer-hsds',
    title,
    version: '3.0',
    description:
      'Het openbare aanbod van Partnerwijzer in Open Referral HSDS 3.0 (tabulair). The public Partnerwijzer directory as an HSDS 3.0 tabular datapackage.',
    resources: TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map(([name, type]) => ({ name, type })),
        primaryKey: 'id',
        ...(t.foreignKeys
          ? {
              foreignKeys: Object.entries(t.foreignKeys).map(([field, resource]) => ({
                fields: field,
                reference: { resource, fields: 'id' },
              })),
            }
          : {}),
      },
    })),
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line (no line end), the columns in the table's order. */
export function csvLine(table: TableDef, row: Record<string, unknown>): string {
  let line = '';
  for (let i = 0; i < table.fields.length; i++) {
    if (i > 0) line += ',';
    line += field(row[table.fields[i]![0]]);
  }
  return line;
}

/**
 * A table as CSV text: a header line, then the lines in id order (or as given, for a table that
 * keeps its row order), CRLF line ends. Every table starts with its `id` column (a UUID: fixed
 * length, no comma), so sorting the lines sorts by id.
 */
export function csvFile(table: TableDef, lines: string[]): string {
  if (!table.keepsRowOrder) lines.sort();
  const header = table.fields.map(([name]) => name).join(',');
  return lines.length === 0 ? `${header}\r\n` : `${header}\r\n${lines.join('\r\n')}\r\n`;
}
