import { strToU8, zipSync, type Zippable } from 'fflate';
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
  serviceAttributes,
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
import { descriptor, TABLES, toCsv } from './tables.js';

// The public directory (or the part that reaches one municipality) as an HSDS tabular
// datapackage: a ZIP of one CSV per resource and datapackage.json. The same mapping as the read
// API; rows in id order and a fixed file date, so the same data gives the same bytes.

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

  const rows = new Map<string, Json[]>(TABLES.map((t) => [t.name, []]));
  const push = (table: string, ...items: Json[]) => rows.get(table)!.push(...items);
  const locations = new Map<string, Json>();
  for (const org of organisations) {
    push('organization', toOrganizationListItem(org));
    push('organization_identifier', ...organizationIdentifiers(org));
    if (org.phone) {
      push('phone', { id: derivedId('phone', org.id), organization_id: org.id, number: org.phone });
    }
    const location = toLocation(org);
    if (location) {
      locations.set(org.id, location);
      push('location', location);
    }
  }
  for (const o of offerings) {
    push('service', toServiceListItem(o));
    const location = locations.get(o.organisationId);
    if (location) {
      push('service_at_location', {
        id: serviceAtLocationId(o.id),
        service_id: o.id,
        location_id: location['id'],
      });
    }
    push('language', ...serviceLanguages(o));
    push('cost_option', ...serviceCostOptions(o));
    push('attribute', ...serviceAttributes(o));
  }
  for (const a of areas) push('service_area', toServiceArea(a, names));
  push('taxonomy', ...Object.values(TAXONOMIES).map((t) => ({ ...t })));
  push('taxonomy_term', ...TERMS.map((t) => ({ ...t.term })));

  const files = new Map<string, string>();
  files.set('datapackage.json', `${JSON.stringify(descriptor(title), null, 2)}\n`);
  for (const table of TABLES) {
    const list = rows.get(table.name)!;
    list.sort((a, b) => (String(a['id']) < String(b['id']) ? -1 : 1));
    files.set(table.path, toCsv(table, list));
  }
  return {
    files,
    services: offerings.length,
    organizations: organisations.length,
    municipalityCode: limitedTo,
  };
}

/** The package as ZIP bytes. */
export function zipDatapackage(pkg: Datapackage): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of pkg.files) {
    zippable[name] = [strToU8(content), { mtime: FIXED_MTIME }];
  }
  return zipSync(zippable, { level: 6 });
}
