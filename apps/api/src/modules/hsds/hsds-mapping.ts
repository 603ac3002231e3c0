import type {
  PublicCoverageRow,
  PublicOfferingRow,
  PublicOrganisationRow,
} from '../organisations/repository.js';
import { derivedId } from './hsds-ids.js';
import {
  termByCode,
  type HsdsTaxonomyTerm,
  type TaxonomyKey,
  TAXONOMIES,
} from './hsds-taxonomy.js';

// Rows of the public directory → HSDS 3.0 objects (docs/decisions/0019-hsds-mapping.md).
// Optional HSDS fields we have no value for are left out (never null: the schemas say string).

export type Json = Record<string, unknown>;

const COST_LABELS: Record<string, string> = {
  FREE: 'Gratis',
  SUBSIDISED: 'Gesubsidieerd',
  PAID: 'Betaald',
};

/** KvK numbers in org-id.guide's scheme. */
export const KVK_SCHEME = 'NL-KVK';

const TOOI = 'https://identifier.overheid.nl/tooi/id';
export const NATIONAL_AREA_URI = 'urn:iso:std:iso:3166:-1:NL';

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

const languageNameCache = new Map<string, string>();

function languageName(code: string): string {
  let name = languageNameCache.get(code);
  if (name === undefined) {
    try {
      name = languageNames.of(code) ?? code;
    } catch {
      name = code;
    }
    // A few dozen codes at most: they pass the ISO 639-1 check before they are stored.
    if (languageNameCache.size < 1000) languageNameCache.set(code, name);
  }
  return name;
}

function dateOnly(d: Date | null): string | undefined {
  return d ? new Date(d).toISOString().slice(0, 10) : undefined;
}

function defined(o: Json): Json {
  const out: Json = {};
  for (const key in o) {
    const v = o[key];
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}

/** A circle as a closed GeoJSON ring of 32 points (what HSDS readers can draw). */
function circlePolygon(lat: number, lng: number, radiusKm: number): Json {
  const ring: [number, number][] = [];
  const dLat = radiusKm / 110.574;
  const dLng = radiusKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  for (let i = 0; i < 32; i++) {
    const a = (2 * Math.PI * i) / 32;
    ring.push([round6(lng + dLng * Math.cos(a)), round6(lat + dLat * Math.sin(a))]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** One coverage area as an HSDS service_area. */
export function toServiceArea(c: PublicCoverageRow, municipalityNames: Map<string, string>): Json {
  const base = { id: c.id, service_id: c.offering_id, description: c.note ?? undefined };
  switch (c.kind) {
    case 'NATIONAL':
      return defined({ ...base, name: 'Heel Nederland', uri: NATIONAL_AREA_URI });
    case 'PROVINCE':
      return defined({
        ...base,
        name: `Provincie ${c.province_code}`,
        uri: `${TOOI}/provincie/${String(c.province_code).toLowerCase()}`,
      });
    case 'MUNICIPALITY': {
      const code = String(c.municipality_code);
      return defined({
        ...base,
        name: municipalityNames.get(code) ?? code,
        uri: `${TOOI}/gemeente/${code.toLowerCase()}`,
      });
    }
    case 'RADIUS': {
      const lat = Number(c.center_lat);
      const lng = Number(c.center_lng);
      const km = Number(c.radius_km);
      return defined({
        ...base,
        name: `${km} km rond ${round6(lat)}, ${round6(lng)}`,
        extent: JSON.stringify(circlePolygon(lat, lng, km)),
        extent_type: 'geojson',
        // RFC 5870: a geo URI with an uncertainty is exactly a circle (u in metres).
        uri: `geo:${lat},${lng};u=${Math.round(km * 1000)}`,
      });
    }
    default:
      // A drawn area's name is the partner's label, or none (HSDS's name is optional): a
      // placeholder would read back as a label, or a label equal to it as none.
      return defined({
        ...base,
        name: c.area_label ?? undefined,
        extent: JSON.stringify(c.geometry),
        extent_type: 'geojson',
      });
  }
}

/** An offering's link to one of our terms (null for a code that is not ours). */
function termLink(
  linkId: string,
  key: TaxonomyKey,
  code: string,
): { row: Json; term: HsdsTaxonomyTerm } | null {
  const known = termByCode(key, code);
  if (!known) return null;
  const t: HsdsTaxonomyTerm = known.term;
  return {
    term: t,
    row: {
      id: derivedId('attribute', linkId, t.id),
      link_id: linkId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: t.id,
    },
  };
}

function termLinks(
  o: PublicOfferingRow,
): { row: Json; term: HsdsTaxonomyTerm; key: TaxonomyKey }[] {
  const links = [];
  for (const [key, codes] of [
    ['interventietype', o.interventionTypes],
    ['sector', o.sectors],
    ['doelgroep', o.targetGroups],
  ] as const) {
    for (const code of codes) {
      const link = termLink(o.id, key, code);
      if (link) links.push({ ...link, key });
    }
  }
  return links;
}

/** The attribute rows of an offering as the datapackage holds them (no nested term). */
export function serviceAttributeRows(o: PublicOfferingRow): Json[] {
  return termLinks(o).map((l) => l.row);
}

/** The attributes (taxonomy terms) of an offering: intervention types, sectors, target groups. */
export function serviceAttributes(o: PublicOfferingRow): Json[] {
  return termLinks(o).map(({ row, term, key }) => {
    const tax = TAXONOMIES[key];
    return {
      ...row,
      taxonomy_term: {
        ...term,
        taxonomy_detail: {
          id: tax.id,
          name: tax.name,
          description: tax.description,
          version: tax.version,
        },
      },
    };
  });
}

/** The brief organisation object a service carries. */
export function organizationSummary(o: PublicOfferingRow): Json {
  return { id: o.organisationId, name: o.organisationName, description: o.organisationDescription };
}

/** A service as `/services` lists it (service_list.json). */
export function toServiceListItem(o: PublicOfferingRow): Json {
  return defined({
    id: o.id,
    organization_id: o.organisationId,
    name: o.title,
    description: o.description,
    status: 'active',
    fees_description: o.costNote ?? undefined,
    minimum_age: o.ageMin ?? undefined,
    maximum_age: o.ageMax ?? undefined,
    assured_date: dateOnly(o.lastConfirmedAt),
    last_modified: new Date(o.updatedAt).toISOString(),
    organization: organizationSummary(o),
  });
}

/** The languages of an offering (ISO 639-1 codes, names in Dutch). */
export function serviceLanguages(o: PublicOfferingRow): Json[] {
  return o.languages.map((code) => ({
    id: derivedId('language', o.id, code),
    service_id: o.id,
    code,
    name: languageName(code),
  }));
}

/** The cost of an offering as one cost option. */
export function serviceCostOptions(o: PublicOfferingRow): Json[] {
  return [
    defined({
      id: derivedId('cost_option', o.id),
      service_id: o.id,
      option: COST_LABELS[o.costType] ?? o.costType,
      currency: 'EUR',
      amount: o.costAmountEur === null ? undefined : Number(o.costAmountEur),
      amount_description: o.costNote ?? undefined,
    }),
  ];
}

/** The partner's address as an HSDS location (only when it has coordinates). */
export function toLocation(org: PublicOrganisationRow): Json | null {
  if (org.lat === null || org.lng === null) return null;
  return defined({
    id: derivedId('location', org.id),
    location_type: 'physical',
    organization_id: org.id,
    name: org.name,
    description: [org.address, org.city].filter(Boolean).join(', '),
    latitude: org.lat,
    longitude: org.lng,
  });
}

/** The service_at_location id of an offering at its partner's location. */
export function serviceAtLocationId(offeringId: string): string {
  return derivedId('service_at_location', offeringId);
}

/** A full service (service.json): list fields plus areas, attributes, languages, costs, locations. */
export function toService(
  o: PublicOfferingRow,
  areas: readonly PublicCoverageRow[],
  municipalityNames: Map<string, string>,
  location: Json | null,
): Json {
  return {
    ...toServiceListItem(o),
    languages: serviceLanguages(o),
    cost_options: serviceCostOptions(o),
    service_areas: areas.map((a) => toServiceArea(a, municipalityNames)),
    attributes: serviceAttributes(o),
    service_at_locations: location
      ? [
          {
            id: serviceAtLocationId(o.id),
            service_id: o.id,
            location_id: location['id'],
            location,
          },
        ]
      : [],
  };
}

/** KvK number as an organization_identifier. */
export function organizationIdentifiers(org: PublicOrganisationRow): Json[] {
  if (!org.kvkNumber) return [];
  return [
    {
      id: derivedId('organization_identifier', org.id, KVK_SCHEME),
      organization_id: org.id,
      identifier_scheme: KVK_SCHEME,
      identifier_type: 'KvK-nummer',
      identifier: org.kvkNumber,
    },
  ];
}

function websiteUri(website: string | null): string | undefined {
  if (!website) return undefined;
  try {
    const u = new URL(website);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** An organization as `/organizations` lists it (organization_list.json). */
export function toOrganizationListItem(org: PublicOrganisationRow): Json {
  return defined({
    id: org.id,
    name: org.name,
    description: org.description,
    email: org.email ?? undefined,
    website: websiteUri(org.website),
    tax_id: org.kvkNumber ?? undefined,
  });
}

/** A full organization (organization.json) with identifiers, phone, location and services. */
export function toOrganization(org: PublicOrganisationRow, services: readonly Json[]): Json {
  const location = toLocation(org);
  return {
    ...toOrganizationListItem(org),
    organization_identifiers: organizationIdentifiers(org),
    phones: org.phone
      ? [{ id: derivedId('phone', org.id), organization_id: org.id, number: org.phone }]
      : [],
    locations: location ? [location] : [],
    services,
  };
}
