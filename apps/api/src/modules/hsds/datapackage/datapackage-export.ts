import { parseMunicipalityCode } from '@partnerwijzer/domain';
import { UserInputError } from '../../../common/errors/user-input.error.js';
import type { Queryable } from '../../../database/queryable.js';
import {
  coverageAreasOfOfferings,
  publicOfferings,
  publicOrganisations,
  type PublicCoverageRow,
  type PublicOfferingFilter,
} from '../../organisations/repository.js';
import { municipalityList } from '../../regions/repository.js';
import {
  organizationIdentifiers,
  serviceAtLocationId,
  serviceAttributeRows,
  serviceCostOptions,
  serviceLanguages,
  toLocation,
  toOrganizationListItem,
  toServiceArea,
  toServiceListItem,
  type Json,
} from '../hsds-mapping.js';
import { derivedId } from '../hsds-ids.js';
import { TAXONOMIES, TERMS } from '../hsds-taxonomy.js';
import { csvFile, csvLine, descriptor, TABLES, type TableDef } from './tables.js';
import { zipEntries } from './zip-writer.js';

// The public directory (or the part that reaches one municipality) as an HSDS tabular
// datapackage: a ZIP of one CSV per resource and datapackage.json. The same mapping as the read
// API; rows in id order (service areas: by service, in the saved order) and a fixed file date,
// so the same data gives the same bytes. Each
// row becomes its CSV line at once (a national package has some 150,000 rows: holding them as
// objects until the end cost more in garbage collection than building them).

const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');
const ID_CHUNK = 5000;

export interface Datapackage {
  /** File name → content (datapackage.json and the CSV files). */
  files: Map<string, string>;
  services: number;
  organizations: number;
  /** The municipality it was limited to (its code as stored), or null. */
  municipalityCode: string | null;
}

/** Builds the tables; `municipalityCode` limits it to offerings that reach that municipality. */
export async function buildDatapackage(
  db: Queryable,
  municipalityCode: string | null,
): Promise<Datapackage> {
  const municipalities = await municipalityList(db);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const filter: PublicOfferingFilter = {};
  let limitedTo: string | null = null;
  let title = 'Partnerwijzer: openbaar aanbod (heel Nederland)';
  if (municipalityCode !== null) {
    const code = parseMunicipalityCode(municipalityCode);
    const found = code ? municipalities.find((m) => m.code === code) : undefined;
    if (!found) throw UserInputError.notFound('municipality', municipalityCode);
    filter.municipality = { code: found.code, provinceCode: found.provinceCode };
    limitedTo = found.code;
    title = `Partnerwijzer: openbaar aanbod dat ${found.name} bereikt`;
  }
  const offerings = await publicOfferings(db, filter);
  const areas: PublicCoverageRow[] = [];
  for (let i = 0; i < offerings.length; i += ID_CHUNK) {
    const ids = offerings.slice(i, i + ID_CHUNK).map((o) => o.id);
    areas.push(...(await coverageAreasOfOfferings(db, ids)));
  }
  const organisations =
    municipalityCode === null
      ? await publicOrganisations(db)
      : await publicOrganisations(db, [...new Set(offerings.map((o) => o.organisationId))]);

  const lines = new Map<string, { table: TableDef; lines: string[] }>(
    TABLES.map((t) => [t.name, { table: t, lines: [] }]),
  );
  const add = (name: string, items: readonly object[]): void => {
    const target = lines.get(name)!;
    for (const item of items) target.lines.push(csvLine(target.table, item as Json));
  };
  const locations = new Map<string, Json>();
  for (const org of organisations) {
    add('organization', [toOrganizationListItem(org)]);
    add('organization_identifier', organizationIdentifiers(org));
    if (org.phone) {
      add('phone', [
        { id: derivedId('phone', org.id), organization_id: org.id, number: org.phone },
      ]);
    }
    const location = toLocation(org);
    if (location) {
      locations.set(org.id, location);
      add('location', [location]);
    }
  }
  for (const o of offerings) {
    add('service', [toServiceListItem(o)]);
    const location = locations.get(o.organisationId);
    if (location) {
      add('service_at_location', [
        { id: serviceAtLocationId(o.id), service_id: o.id, location_id: location['id'] },
      ]);
    }
    add('language', serviceLanguages(o));
    add('cost_option', serviceCostOptions(o));
    add('attribute', serviceAttributeRows(o));
  }
  // By service (the offerings are in id order), each service's areas in the order saved
  // (coverageAreasOfOfferings: position, as the portal lists them): an import keeps that order.
  for (const a of areas) add('service_area', [toServiceArea(a, names)]);
  add('taxonomy', Object.values(TAXONOMIES));
  add(
    'taxonomy_term',
    TERMS.map((t) => t.term),
  );

  const files = new Map<string, string>();
  files.set('datapackage.json', `${JSON.stringify(descriptor(title), null, 2)}\n`);
  for (const table of TABLES) files.set(table.path, csvFile(table, lines.get(table.name)!.lines));
  return {
    files,
    services: offerings.length,
    organizations: organisations.length,
    municipalityCode: limitedTo,
  };
}

/** The package as ZIP bytes. */
export function zipDatapackage(pkg: Datapackage): Promise<Buffer> {
  return zipEntries(
    [...pkg.files].map(([name, content]) => ({ name, data: Buffer.from(content, 'utf8') })),
    FIXED_MTIME,
  );
}
