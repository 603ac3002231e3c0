import type { DataSource, EntityManager } from 'typeorm';
import {
  type CoverageAreaSpec,
  type OfferingStatus,
  countCorners,
  isInNetherlands,
  MAX_AREAS_PER_OFFERING,
  MAX_AREAS_PER_ORGANISATION,
  MAX_CORNERS_PER_ORGANISATION,
  MAX_OFFERINGS_PER_ORGANISATION,
  parseLanguageTag,
  type ProblemCodeName,
  REQUIRED_MESSAGE,
  validateAreaGeometry,
} from '@partnerwijzer/domain';
import { recordAudit } from '../../../common/audit/audit-log.js';
import type { Actor } from '../../../common/auth/roles.js';
import { isUuid } from '../../../common/validation/uuid.js';
import { recordChanges } from '../../change-feed/index.js';
import {
  coverageAreasOfOfferings,
  coverageOfOrganisations,
  insertOfferingWithId,
  insertOrganisationWithId,
  lockOrganisation,
  offeringsForImport,
  organisationsByIdOrKvk,
  replaceCoverageAreasWithIds,
  updateOfferingFields,
  updateOrganisationFields,
  type ImportedOfferingFields,
  type ImportedOrganisationFields,
  type PublicCoverageRow,
} from '../../organisations/repository.js';
import {
  AREA_LABEL_TOO_LONG,
  areaLabelOf,
  geometrySizeProblem,
  MAX_AREA_LABEL_CHARS,
  MAX_GEOMETRY_BYTES,
  polygonToStore,
} from '../../organisations/index.js';
import { municipalityList } from '../../regions/repository.js';
import { findTerm, termById, type TaxonomyKey } from '../hsds-taxonomy.js';
import { KVK_SCHEME, NATIONAL_AREA_URI } from '../hsds-mapping.js';
import type { Row, Tables } from './package-reader.js';

// An HSDS package checked against the database and applied in one transaction
// (docs/decisions/0019-hsds-mapping.md, "Import"). Matching is by id, and for organisations
// also by KvK number, so importing the same package twice changes nothing the second time.
// Any refusal means nothing is written: the report lists every refused record and why.

export interface Refusal {
  /** Which record: resource and id (or row). */
  record: string;
  /**
   * The record's name in the package (for an attribute, its service's): what a person looks for
   * in a sheet. Absent when the record has none.
   */
  name?: string;
  field: string;
  /** Dutch, then English in brackets: for clients that show the server's words. */
  message: string;
  /**
   * The problem code (libs/domain/src/values/problem-code-names.ts) the web words in the page's
   * language; INVALID when only the message says what is wrong.
   */
  code: ProblemCodeName;
  /** The numbers and values the code's sentence names (max, codes, kind …), when it has any. */
  params?: Params;
}

type Params = Record<string, string | number>;

export interface ImportReport {
  written: boolean;
  created: { organizations: number; services: number };
  changed: { organizations: number; services: number };
  unchanged: { organizations: number; services: number };
  refused: Refusal[];
}

/** What planImport finds: the refusals, and what applyImport writes when there are none. */
export interface ImportPlan {
  problems: Refusal[];
  organisations: PlannedOrganisation[];
  services: PlannedService[];
  /** Our organisation id → its record and name in the refusals. */
  orgLabels: ReadonlyMap<string, { record: string; name: string }>;
}

const MAX_REFUSALS = 200;
const TOOI_GEMEENTE = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/gemeente\/(gm\d{4})$/i;
const TOOI_PROVINCIE = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/provincie\/(pv\d{2})$/i;
const GEO_CIRCLE = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?);u=(\d+(?:\.\d+)?)$/;
const COST_TYPES: Record<string, string> = {
  gratis: 'FREE',
  free: 'FREE',
  gesubsidieerd: 'SUBSIDISED',
  subsidised: 'SUBSIDISED',
  betaald: 'PAID',
  paid: 'PAID',
};
const STATUSES: Record<string, OfferingStatus> = {
  active: 'ACTIVE',
  inactive: 'PAUSED',
  'temporarily closed': 'PAUSED',
  defunct: 'ARCHIVED',
};

interface PlannedOrganisation {
  id: string;
  create: boolean;
  fields: ImportedOrganisationFields;
  changed: boolean;
}

interface PlannedArea {
  id: string;
  spec: CoverageAreaSpec;
  note: string | null;
  /** POLYGON: the service_area's name; null for other kinds. */
  label: string | null;
}

interface PlannedService {
  id: string;
  create: boolean;
  fields: ImportedOfferingFields;
  areas: PlannedArea[];
  updatedAt: Date | null;
  changed: boolean;
}

/** A record's name as a refusal shows it: trimmed, one line, at most this many characters. */
const NAME_SHOWN = 80;

class Problems {
  readonly list: Refusal[] = [];
  private readonly names = new Map<string, string>();
  /** Remembers the name a record has in the package, for its refusals. */
  named(record: string, name: string | undefined): void {
    const shown = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_SHOWN);
    if (shown) this.names.set(record, shown);
  }
  add(
    record: string,
    field: string,
    message: string,
    code: ProblemCodeName,
    params?: Params,
  ): void {
    if (this.list.length >= MAX_REFUSALS) return;
    const name = this.names.get(record);
    this.list.push({
      record,
      ...(name ? { name } : {}),
      field,
      message,
      code,
      ...(params ? { params } : {}),
    });
  }
}

function str(
  p: Problems,
  record: string,
  row: Row,
  field: string,
  { max, required = false }: { max: number; required?: boolean },
): string | null {
  const v = (row[field] ?? '').trim();
  if (v === '') {
    if (required) p.add(record, field, REQUIRED_MESSAGE, 'REQUIRED');
    return null;
  }
  if (v.length > max) {
    p.add(
      record,
      field,
      `te lang: hoogstens ${max} tekens (too long: at most ${max})`,
      'TOO_LONG',
      {
        max,
      },
    );
    return null;
  }
  return v;
}

function num(
  p: Problems,
  record: string,
  row: Row,
  field: string,
  min: number,
  max: number,
): number | null {
  const v = (row[field] ?? '').trim();
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    p.add(
      record,
      field,
      `moet een getal van ${min} tot en met ${max} zijn (must be a number ${min}–${max})`,
      'OUT_OF_RANGE',
      { min, max },
    );
    return null;
  }
  return n;
}

function byKey(rows: Row[] | undefined, key: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows ?? []) {
    const k = r[key] ?? '';
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** One problem per service id in `byService` that the package has no service for. */
function unknownServices(
  p: Problems,
  table: string,
  column: string,
  byService: Map<string, Row[]>,
  serviceIds: Set<string>,
): void {
  for (const [serviceId, list] of byService) {
    if (!serviceIds.has(serviceId))
      p.add(
        `${table} ${list[0]?.['id'] ?? ''}`,
        column,
        `onbekende service (unknown service): ${serviceId.slice(0, 40)}`,
        'UNKNOWN_CODES',
        { kind: 'SERVICE', codes: serviceId.slice(0, 40) },
      );
  }
}

function uniqueById(p: Problems, name: string, rows: Row[] | undefined): Row[] {
  const seen = new Map<string, Row>();
  for (const [i, r] of (rows ?? []).entries()) {
    const id = (r['id'] ?? '').trim().toLowerCase();
    p.named(`${name} ${isUuid(id) ? id : i + 1}`, r['name']);
    if (!isUuid(id)) {
      p.add(`${name} ${i + 1}`, 'id', 'geen geldige UUID (not a valid UUID)', 'INVALID_ID');
      continue;
    }
    const before = seen.get(id);
    if (before && JSON.stringify(before) !== JSON.stringify(r)) {
      p.add(
        `${name} ${id}`,
        'id',
        'komt twee keer voor met verschillende inhoud (duplicate id)',
        'INVALID',
      );
    }
    seen.set(id, { ...r, id });
  }
  return [...seen.values()];
}

function websiteOf(v: string | null, stored: string | null): string | null {
  if (v === null) return null;
  try {
    const u = new URL(v);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // The export writes the URL as URL parses it ("https://x.nl" → "https://x.nl/"): the same
    // address keeps the stored spelling, so a re-import is not a change.
    return stored !== null && URL.canParse(stored) && new URL(stored).href === u.href ? stored : v;
  } catch {
    return null;
  }
}

/** Who may import what: an admin any organisation; a partner editor only their own. */
export function mayImport(actor: Actor | null): actor is Actor {
  return actor !== null && (actor.role === 'ADMIN' || actor.role === 'PARTNER_EDITOR');
}

/** Checks the package against the database; plans every write. */
export async function planImport(
  db: DataSource | EntityManager,
  actor: Actor,
  tables: Tables,
): Promise<ImportPlan> {
  const p = new Problems();
  const orgRows = uniqueById(p, 'organization', tables.get('organization'));
  const serviceRows = uniqueById(p, 'service', tables.get('service'));
  const identifiers = byKey(tables.get('organization_identifier'), 'organization_id');
  const phones = byKey(tables.get('phone'), 'organization_id');
  const locations = byKey(uniqueById(p, 'location', tables.get('location')), 'organization_id');
  const languages = byKey(tables.get('language'), 'service_id');
  const costs = byKey(tables.get('cost_option'), 'service_id');
  const attributes = byKey(tables.get('attribute'), 'link_id');
  const areasBy = byKey(uniqueById(p, 'service_area', tables.get('service_area')), 'service_id');
  const packageTerms = new Map((tables.get('taxonomy_term') ?? []).map((t) => [t['id'] ?? '', t]));

  // Rows that point at nothing in the package.
  const serviceIds = new Set(serviceRows.map((s) => s['id']!));
  unknownServices(p, 'service_area', 'service_id', areasBy, serviceIds);
  unknownServices(p, 'attribute', 'link_id', attributes, serviceIds);

  // Organisations: the package's, matched to ours by id or KvK.
  const kvkOf = new Map<string, string>();
  for (const o of orgRows) {
    const ids = identifiers.get(o['id']!) ?? [];
    const kvk =
      ids.find((i) => (i['identifier_scheme'] ?? '') === KVK_SCHEME)?.['identifier']?.trim() ||
      (o['tax_id'] ?? '').trim();
    if (kvk) {
      if (!/^\d{8}$/.test(kvk))
        p.add(
          `organization ${o['id']}`,
          'organization_identifier',
          'KvK-nummer moet 8 cijfers zijn (KvK number must be 8 digits)',
          'INVALID_KVK',
        );
      else kvkOf.set(o['id']!, kvk);
    }
  }
  const existingOrgs = await organisationsByIdOrKvk(
    db,
    [
      ...orgRows.map((o) => o['id']!),
      ...serviceRows.map((s) => (s['organization_id'] ?? '').toLowerCase()).filter(isUuid),
    ],
    [...kvkOf.values()],
  );
  const orgById = new Map(existingOrgs.map((o) => [o.id, o]));
  const orgByKvk = new Map(existingOrgs.filter((o) => o.kvkNumber).map((o) => [o.kvkNumber!, o]));
  /** Package organisation id → our id. */
  const resolved = new Map<string, string>();
  /** Our organisation id → its record and name in the refusals (the package's, else ours). */
  const orgLabels = new Map<string, { record: string; name: string }>(
    existingOrgs.map((o) => [o.id, { record: `organization ${o.id}`, name: o.name }]),
  );
  const organisations: PlannedOrganisation[] = [];
  for (const o of orgRows) {
    const record = `organization ${o['id']}`;
    const id = o['id']!;
    const kvk = kvkOf.get(id) ?? null;
    const byId = orgById.get(id);
    const byKvk = kvk ? orgByKvk.get(kvk) : undefined;
    if (byId && byKvk && byId.id !== byKvk.id) {
      p.add(
        record,
        'organization_identifier',
        'id en KvK-nummer horen bij twee verschillende organisaties (id and KvK number name different organisations)',
        'INVALID',
      );
      continue;
    }
    const existing = byId ?? byKvk;
    const target = existing?.id ?? id;
    if (actor.role !== 'ADMIN' && target !== actor.organisationId) {
      p.add(
        record,
        'id',
        'dit is de organisatie van iemand anders; u kunt alleen uw eigen organisatie importeren (someone else’s organisation)',
        'INVALID',
      );
      continue;
    }
    const location = (locations.get(id) ?? [])[0];
    const lat = location ? num(p, record, location, 'latitude', -90, 90) : null;
    const lng = location ? num(p, record, location, 'longitude', -180, 180) : null;
    if (lat !== null && lng !== null && !isInNetherlands({ lat, lng })) {
      p.add(
        record,
        'location',
        'ligt niet in Nederland (not in the Netherlands)',
        'OUTSIDE_NETHERLANDS',
      );
    }
    const place = (location?.['description'] ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const city = place.length > 0 ? place[place.length - 1]! : (existing?.city ?? 'Onbekend');
    const address = place.length > 1 ? place.slice(0, -1).join(', ') : null;
    const phone = (phones.get(id) ?? [])[0];
    const fields: ImportedOrganisationFields = {
      name: str(p, record, o, 'name', { max: 200, required: true }) ?? '',
      description: str(p, record, o, 'description', { max: 20_000 }) ?? '',
      kvkNumber: kvk,
      website: websiteOf(str(p, record, o, 'website', { max: 300 }), existing?.website ?? null),
      email: str(p, record, o, 'email', { max: 254 }),
      phone: phone ? str(p, record, phone, 'number', { max: 40 }) : null,
      address: address && address.length <= 300 ? address : null,
      city: city.slice(0, 100),
      lat: lat !== null && lng !== null ? lat : null,
      lng: lat !== null && lng !== null ? lng : null,
    };
    if (fields.email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) {
      p.add(
        record,
        'email',
        'geen geldig e-mailadres (not a valid email address)',
        'INVALID_EMAIL',
      );
    }
    if (!existing && actor.role !== 'ADMIN') {
      p.add(
        record,
        'id',
        'een nieuwe organisatie kan alleen een beheerder importeren (only an admin can create organisations)',
        'INVALID',
      );
      continue;
    }
    resolved.set(id, target);
    orgLabels.set(target, { record, name: fields.name || existing?.name || '' });
    const before: ImportedOrganisationFields | null = existing
      ? {
          name: existing.name,
          description: existing.description,
          kvkNumber: existing.kvkNumber,
          website: existing.website,
          email: existing.email,
          phone: existing.phone,
          address: existing.address,
          city: existing.city,
          lat: existing.lat,
          lng: existing.lng,
        }
      : null;
    organisations.push({
      id: target,
      create: !existing,
      fields,
      changed: before === null || JSON.stringify(before) !== JSON.stringify(fields),
    });
  }

  // Services.
  const existingServices = new Map(
    (
      await offeringsForImport(
        db,
        serviceRows.map((s) => s['id']!),
      )
    ).map((s) => [s.id, s]),
  );
  const existingAreas = byKey(
    (await coverageAreasOfOfferings(db, [...existingServices.keys()])).map(
      (a) => a as unknown as Row,
    ),
    'offering_id',
  ) as unknown as Map<string, PublicCoverageRow[]>;
  const regions = await municipalityList(db);
  const municipalities = new Set(regions.map((m) => m.code));
  const provinces = new Set(regions.map((m) => m.provinceCode));
  const services: PlannedService[] = [];
  for (const s of serviceRows) {
    const id = s['id']!;
    const record = `service ${id}`;
    const packageOrg = (s['organization_id'] ?? '').trim().toLowerCase();
    const existing = existingServices.get(id);
    let organisationId = resolved.get(packageOrg);
    if (!organisationId && orgById.has(packageOrg)) organisationId = packageOrg;
    if (!organisationId) {
      if (!orgRows.some((o) => o['id'] === packageOrg)) {
        p.add(
          record,
          'organization_id',
          `onbekende organisatie (unknown organization): ${packageOrg.slice(0, 40)}`,
          'UNKNOWN_CODES',
          { kind: 'ORGANISATION', codes: packageOrg.slice(0, 40) },
        );
      }
      continue;
    }
    if (actor.role !== 'ADMIN' && organisationId !== actor.organisationId) {
      p.add(
        record,
        'organization_id',
        'dit is aanbod van iemand anders (someone else’s service)',
        'INVALID',
      );
      continue;
    }
    if (existing && existing.organisationId !== organisationId) {
      p.add(
        record,
        'organization_id',
        'dit aanbod hoort bij een andere organisatie (belongs to another organisation)',
        'INVALID',
      );
      continue;
    }
    const status = STATUSES[(s['status'] ?? '').trim()];
    if (!status) {
      p.add(
        record,
        'status',
        'moet active, inactive, defunct of temporarily closed zijn (must be active, inactive, defunct or temporarily closed)',
        'INVALID',
      );
    }
    const ageMin = num(p, record, s, 'minimum_age', 0, 99);
    const ageMax = num(p, record, s, 'maximum_age', 0, 99);
    if (ageMin !== null && ageMax !== null && ageMin > ageMax) {
      p.add(
        record,
        'minimum_age',
        'is groter dan maximum_age (greater than maximum_age)',
        'RANGE_REVERSED',
      );
    }
    const assured = (s['assured_date'] ?? '').trim();
    let lastConfirmedAt: Date | null = null;
    if (assured) {
      lastConfirmedAt = /^\d{4}-\d{2}-\d{2}$/.test(assured)
        ? new Date(`${assured}T00:00:00Z`)
        : null;
      if (!lastConfirmedAt || Number.isNaN(lastConfirmedAt.getTime())) {
        p.add(record, 'assured_date', 'geen datum JJJJ-MM-DD (not a date)', 'INVALID');
        lastConfirmedAt = null;
      }
    }
    const modified = (s['last_modified'] ?? '').trim();
    let updatedAt: Date | null = null;
    if (modified) {
      updatedAt = new Date(modified);
      if (Number.isNaN(updatedAt.getTime())) {
        p.add(record, 'last_modified', 'geen datum-tijd (not a date-time)', 'INVALID');
        updatedAt = null;
      }
    }
    // Taxonomy terms: ours by id, or the package's term by its code.
    const codes: Record<TaxonomyKey, string[]> = { interventietype: [], sector: [], doelgroep: [] };
    for (const a of attributes.get(id) ?? []) {
      const termId = (a['taxonomy_term_id'] ?? '').trim().toLowerCase();
      const code = a['term_code'] ?? packageTerms.get(termId)?.['code'] ?? '';
      const known = termById(termId) ?? (code ? findTerm(code) : undefined);
      if (!known) {
        // An attribute has no name of its own; the person looks for its service.
        p.named(`attribute ${a['id'] ?? ''}`, s['name']);
        p.add(
          `attribute ${a['id'] ?? ''}`,
          'taxonomy_term_id',
          `onbekende taxonomieterm (unknown taxonomy term): ${(code || termId).slice(0, 60)}`,
          'UNKNOWN_CODES',
          { kind: 'TAXONOMY_TERM', codes: (code || termId).slice(0, 60) },
        );
        continue;
      }
      if (!codes[known.key].includes(known.term.code)) codes[known.key].push(known.term.code);
    }
    if (codes.interventietype.length === 0) {
      p.add(
        record,
        'attributes',
        'minstens één interventietype is nodig (at least one intervention type)',
        'INVALID',
      );
    }
    const cost = (costs.get(id) ?? [])[0];
    const costType = cost ? COST_TYPES[(cost['option'] ?? '').trim().toLowerCase()] : 'FREE';
    if (!costType) {
      p.add(
        record,
        'cost_options',
        'option moet Gratis, Gesubsidieerd of Betaald zijn (option must be free, subsidised or paid, in Dutch or English)',
        'INVALID',
      );
    }
    const amount = cost ? num(p, record, cost, 'amount', 0, 99_999_999) : null;
    const costNote = cost
      ? str(p, record, cost, 'amount_description', { max: 500 })
      : str(p, record, s, 'fees_description', { max: 500 });
    const langs: string[] = [];
    for (const l of languages.get(id) ?? []) {
      // A tag such as "nl-NL" is taken as its language, as the portal stores it.
      const raw = l['code'] ?? '';
      const code = parseLanguageTag(raw);
      if (code === null)
        p.add(
          record,
          'languages',
          `geen taalcode (not a language code): ${raw.trim().slice(0, 20)}`,
          'UNKNOWN_CODES',
          { kind: 'LANGUAGE', codes: raw.trim().slice(0, 20) },
        );
      else if (!langs.includes(code)) langs.push(code);
    }
    if (langs.length > 20) {
      p.add(record, 'languages', 'hoogstens 20 talen (at most 20 languages)', 'TOO_MANY', {
        max: 20,
        unit: 'LANGUAGES',
      });
    }
    const areas: PlannedArea[] = [];
    for (const a of areasBy.get(id) ?? []) {
      const area = areaOf(p, a, municipalities, provinces);
      if (area) areas.push(area);
    }
    const fields: ImportedOfferingFields = {
      organisationId,
      title: str(p, record, s, 'name', { max: 200, required: true }) ?? '',
      description: str(p, record, s, 'description', { max: 20_000 }) ?? '',
      interventionTypes: codes.interventietype,
      sectors: codes.sector,
      targetGroups: codes.doelgroep,
      ageMin,
      ageMax,
      costType: costType ?? 'FREE',
      costAmountEur: amount === null ? null : amount.toFixed(2),
      costNote,
      languages: langs,
      status: status ?? 'ACTIVE',
      lastConfirmedAt,
    };
    const before = existing ? beforeOf(existing, existingAreas.get(id) ?? []) : null;
    const after = JSON.stringify(comparable(fields, areas));
    services.push({
      id,
      create: !existing,
      fields,
      areas,
      updatedAt,
      changed: before === null || before !== after,
    });
  }
  await checkBudgets(db, p, services, orgLabels);
  return { problems: p.list, organisations, services, orgLabels };
}

/**
 * Refuses an organisation that the import would take past a budget of partner-limits.ts, as
 * the portal does one write at a time: its offerings, its areas over all offerings and their
 * drawn or uploaded corners, counting what it keeps (offerings the package does not name) and
 * what the package brings (an offering it names gets the package's areas). A refusal names the
 * organisation and the limit; as with any refusal, nothing of the package is written.
 */
async function checkBudgets(
  db: DataSource | EntityManager,
  p: Problems,
  services: readonly PlannedService[],
  orgLabels: ReadonlyMap<string, { record: string; name: string }>,
): Promise<void> {
  const planned = new Map<string, Map<string, PlannedService>>();
  for (const s of services) {
    if (s.areas.length > MAX_AREAS_PER_OFFERING) {
      const max = MAX_AREAS_PER_OFFERING;
      p.add(
        `service ${s.id}`,
        'service_areas',
        `${s.areas.length} werkgebieden, hoogstens ${max} per aanbod (${s.areas.length} areas, at most ${max} per service)`,
        'INVALID',
      );
    }
    const own = planned.get(s.fields.organisationId) ?? new Map<string, PlannedService>();
    planned.set(s.fields.organisationId, own.set(s.id, s));
  }
  const totals = new Map<string, { offerings: Set<string>; areas: number; corners: number }>();
  const totalOf = (organisationId: string) => {
    let t = totals.get(organisationId);
    if (!t) totals.set(organisationId, (t = { offerings: new Set(), areas: 0, corners: 0 }));
    return t;
  };
  // What each organisation keeps: its offerings' stored areas, unless the package replaces them.
  for (const row of await coverageOfOrganisations(db, [...planned.keys()])) {
    const t = totalOf(row.organisationId);
    t.offerings.add(row.offeringId);
    if (row.areaId === null || planned.get(row.organisationId)?.has(row.offeringId)) continue;
    t.areas += 1;
    t.corners += countCorners(row.geometry);
  }
  for (const [organisationId, own] of planned) {
    const t = totalOf(organisationId);
    for (const s of own.values()) {
      t.offerings.add(s.id);
      t.areas += s.areas.length;
      for (const a of s.areas)
        if (a.spec.kind === 'POLYGON') t.corners += countCorners(a.spec.geometry);
    }
    const label = orgLabels.get(organisationId) ?? {
      record: `organization ${organisationId}`,
      name: '',
    };
    p.named(label.record, label.name);
    const who = label.name ? `“${label.name}”` : 'deze organisatie';
    const whoEn = label.name ? `“${label.name}”` : 'this organisation';
    // The offerings' budget has no code of its own for "would have": its message says it.
    const limits: [string, number, number, string, string, ProblemCodeName][] = [
      [
        'services',
        t.offerings.size,
        MAX_OFFERINGS_PER_ORGANISATION,
        'aanbiedingen',
        'services',
        'INVALID',
      ],
      [
        'service_areas',
        t.areas,
        MAX_AREAS_PER_ORGANISATION,
        'werkgebieden',
        'service areas',
        'TOO_MANY_AREAS',
      ],
      [
        'service_areas',
        t.corners,
        MAX_CORNERS_PER_ORGANISATION,
        'hoekpunten in getekende gebieden',
        'corners in drawn areas',
        'TOO_MANY_CORNERS',
      ],
    ];
    for (const [field, n, max, nl, en, code] of limits) {
      if (n <= max) continue;
      p.add(
        label.record,
        field,
        `${who} zou na de import ${n} ${nl} hebben, hoogstens ${max} per organisatie ` +
          `(${whoEn} would have ${n} ${en} after the import, at most ${max} per organisation)`,
        code,
        code === 'INVALID' ? undefined : { found: n, max },
      );
    }
  }
}

function comparable(fields: ImportedOfferingFields, areas: readonly PlannedArea[]): unknown {
  // Codes and languages are sets: a package lists them in its rows' (id) order, not ours.
  const set = (codes: readonly string[]) => [...codes].sort();
  return {
    ...fields,
    interventionTypes: set(fields.interventionTypes),
    sectors: set(fields.sectors),
    targetGroups: set(fields.targetGroups),
    languages: set(fields.languages),
    lastConfirmedAt: fields.lastConfirmedAt
      ? fields.lastConfirmedAt.toISOString().slice(0, 10)
      : null,
    // Areas are a list: the package's order (its rows per service) is the order they are saved
    // in, so a new order alone is a change.
    areas: areas.map((a) => ({
      id: a.id,
      spec: canonicalSpec(a.spec),
      note: a.note,
      label: a.label,
    })),
  };
}

/** The spec with its keys in one order (jsonb reorders a stored geometry's keys). */
function canonicalSpec(spec: CoverageAreaSpec): unknown {
  switch (spec.kind) {
    case 'POLYGON':
      return { kind: spec.kind, type: spec.geometry.type, coordinates: spec.geometry.coordinates };
    case 'RADIUS':
      return [spec.kind, spec.center.lat, spec.center.lng, spec.radiusKm];
    case 'PROVINCE':
      return [spec.kind, spec.provinceCode];
    case 'MUNICIPALITY':
      return [spec.kind, spec.municipalityCode];
    default:
      return [spec.kind];
  }
}

function beforeOf(
  e: Awaited<ReturnType<typeof offeringsForImport>>[number],
  areas: readonly PublicCoverageRow[],
): string {
  const fields: ImportedOfferingFields = {
    organisationId: e.organisationId,
    title: e.title,
    description: e.description,
    interventionTypes: e.interventionTypes,
    sectors: e.sectors,
    targetGroups: e.targetGroups,
    ageMin: e.ageMin,
    ageMax: e.ageMax,
    costType: e.costType,
    costAmountEur: e.costAmountEur === null ? null : Number(e.costAmountEur).toFixed(2),
    costNote: e.costNote,
    languages: e.languages,
    status: e.status as OfferingStatus,
    lastConfirmedAt: e.lastConfirmedAt ? new Date(e.lastConfirmedAt) : null,
  };
  const planned: PlannedArea[] = areas.flatMap((a) => {
    const spec = specOfRow(a);
    return spec ? [{ id: a.id, spec, note: a.note, label: a.area_label }] : [];
  });
  return JSON.stringify(comparable(fields, planned));
}

function specOfRow(a: PublicCoverageRow): CoverageAreaSpec | null {
  switch (a.kind) {
    case 'NATIONAL':
      return { kind: 'NATIONAL' };
    case 'PROVINCE':
      return { kind: 'PROVINCE', provinceCode: String(a.province_code) };
    case 'MUNICIPALITY':
      return { kind: 'MUNICIPALITY', municipalityCode: String(a.municipality_code) };
    case 'RADIUS':
      return {
        kind: 'RADIUS',
        center: { lat: Number(a.center_lat), lng: Number(a.center_lng) },
        radiusKm: Number(a.radius_km),
      };
    case 'POLYGON':
      return a.geometry ? { kind: 'POLYGON', geometry: a.geometry } : null;
    default:
      return null;
  }
}

/** A service_area row as a coverage area: by its URI (exact), else by its GeoJSON extent. */
function areaOf(
  p: Problems,
  a: Row,
  municipalities: Set<string>,
  provinces: Set<string>,
): PlannedArea | null {
  const record = `service_area ${a['id']}`;
  const uri = (a['uri'] ?? '').trim();
  const note = (a['description'] ?? '').trim() || null;
  if (note && note.length > 300) {
    p.add(record, 'description', 'te lang: hoogstens 300 tekens (too long)', 'TOO_LONG', {
      max: 300,
    });
    return null;
  }
  const base = { id: a['id']!, note, label: null };
  if (uri === NATIONAL_AREA_URI) return { ...base, spec: { kind: 'NATIONAL' } };
  const regions = [
    {
      uri: TOOI_GEMEENTE,
      known: municipalities,
      unknown: 'onbekende gemeente (unknown municipality)',
      kind: 'MUNICIPALITY',
      spec: (code: string): CoverageAreaSpec => ({ kind: 'MUNICIPALITY', municipalityCode: code }),
    },
    {
      uri: TOOI_PROVINCIE,
      known: provinces,
      unknown: 'onbekende provincie (unknown province)',
      kind: 'PROVINCE',
      spec: (code: string): CoverageAreaSpec => ({ kind: 'PROVINCE', provinceCode: code }),
    },
  ];
  for (const region of regions) {
    const code = region.uri.exec(uri)?.[1]?.toUpperCase();
    if (code === undefined) continue;
    if (!region.known.has(code)) {
      p.add(record, 'uri', `${region.unknown}: ${code}`, 'UNKNOWN_CODES', {
        kind: region.kind,
        codes: code,
      });
      return null;
    }
    return { ...base, spec: region.spec(code) };
  }
  const geo = GEO_CIRCLE.exec(uri);
  if (geo) {
    const center = { lat: Number(geo[1]), lng: Number(geo[2]) };
    const radiusKm = Number(geo[3]) / 1000;
    if (!isInNetherlands(center) || !(radiusKm > 0 && radiusKm <= 400)) {
      p.add(
        record,
        'uri',
        'cirkel buiten Nederland of straal niet tussen 0 en 400 km (circle outside NL or radius out of range)',
        'INVALID',
      );
      return null;
    }
    return { ...base, spec: { kind: 'RADIUS', center, radiusKm } };
  }
  const extent = (a['extent'] ?? '').trim();
  if (extent && (a['extent_type'] ?? 'geojson').trim().toLowerCase() === 'geojson') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(extent);
    } catch {
      p.add(record, 'extent', 'geen geldige GeoJSON (not valid GeoJSON)', 'INVALID');
      return null;
    }
    // The portal's checks, in its order and words: the size, then the geometry (its corners).
    const tooLarge = geometrySizeProblem(parsed);
    if (tooLarge) {
      // As the portal refuses it (coverage-input.validation.ts).
      p.add(record, 'extent', tooLarge, 'TOO_LARGE_FILE', {
        max: `${MAX_GEOMETRY_BYTES / 1_000_000} MB`,
      });
      return null;
    }
    const checked = validateAreaGeometry(parsed);
    if (!checked.ok) {
      p.add(
        record,
        'extent',
        checked.errors
          .map((e) => `${e.path} ${e.message}`.trim())
          .slice(0, 3)
          .join('; '),
        'INVALID',
      );
      return null;
    }
    const label = polygonLabel(p, record, a['name']);
    if (label === undefined) return null;
    const stored = polygonToStore(checked.geometry);
    if (!stored.ok) {
      p.add(record, 'extent', stored.message, 'INVALID');
      return null;
    }
    return { ...base, label, spec: { kind: 'POLYGON', geometry: stored.geometry } };
  }
  p.add(
    record,
    'uri',
    'gebied niet herkend: verwacht een TOOI-gemeente/provincie-URI, geo:-cirkel of GeoJSON-extent (area not recognised)',
    'INVALID',
  );
  return null;
}

/**
 * A drawn area's name as the portal keeps it (trimmed, at most 120 characters; control
 * characters were refused when the package was read): whatever the file says, "Eigen gebied"
 * included; none when blank or absent (the export writes no name for an unnamed area).
 * Undefined after a refusal.
 */
function polygonLabel(
  p: Problems,
  record: string,
  raw: string | undefined,
): string | null | undefined {
  if ((raw ?? '').length > MAX_AREA_LABEL_CHARS) {
    p.add(record, 'name', AREA_LABEL_TOO_LONG, 'TOO_LONG', { max: MAX_AREA_LABEL_CHARS });
    return undefined;
  }
  return areaLabelOf(raw);
}

/** The budgets, counted again under the organisations' locks, refuse the import after all. */
class OverBudget extends Error {
  constructor(readonly refused: Refusal[]) {
    super('over budget');
  }
}

/**
 * Applies a plan without problems in one transaction; returns the changed ids, or nothing
 * written and the refusals when the budgets, counted again in the transaction, no longer hold.
 */
export async function applyImport(
  db: DataSource,
  actor: Actor,
  plan: ImportPlan,
): Promise<{ organisations: string[]; services: string[]; refused: Refusal[] }> {
  const orgs = plan.organisations.filter((o) => o.changed);
  const services = plan.services.filter((s) => s.changed);
  try {
    await db.transaction(async (tx) => {
      await recheckBudgets(tx, plan);
      await writePlan(tx, actor, orgs, services);
    });
  } catch (error) {
    if (error instanceof OverBudget)
      return { organisations: [], services: [], refused: error.refused };
    throw error;
  }
  return {
    organisations: orgs.map((o) => o.id),
    services: services.map((s) => s.id),
    refused: [],
  };
}

/**
 * The budgets of planImport, counted again inside the write transaction with the organisations
 * locked (lockOrganisation, as the portal's offering and coverage writes take it before they
 * count): a portal write landing after the package was checked could otherwise take an
 * organisation past a budget with the import. Locked in one order, so two imports wait for
 * each other instead of deadlocking. An organisation the import creates has no row to lock yet:
 * nobody else can write for it before this transaction ends.
 */
async function recheckBudgets(tx: EntityManager, plan: ImportPlan): Promise<void> {
  const ids = [...new Set(plan.services.map((s) => s.fields.organisationId))].sort();
  for (const id of ids) await lockOrganisation(tx, id);
  const p = new Problems();
  await checkBudgets(tx, p, plan.services, plan.orgLabels);
  if (p.list.length > 0) throw new OverBudget(p.list);
}

async function writePlan(
  tx: EntityManager,
  actor: Actor,
  orgs: readonly PlannedOrganisation[],
  services: readonly PlannedService[],
): Promise<void> {
  for (const o of orgs) {
    if (o.create) await insertOrganisationWithId(tx, o.id, o.fields, 'VERIFIED');
    else await updateOrganisationFields(tx, o.id, o.fields);
    await recordAudit(
      tx,
      actor,
      'ORGANISATION',
      o.id,
      o.create ? 'HSDS_IMPORT_CREATE' : 'HSDS_IMPORT_UPDATE',
      {},
    );
  }
  for (const s of services) {
    if (s.create) await insertOfferingWithId(tx, s.id, s.fields, s.updatedAt);
    else await updateOfferingFields(tx, s.id, s.fields);
    await replaceCoverageAreasWithIds(tx, s.id, s.areas);
    await recordAudit(
      tx,
      actor,
      'OFFERING',
      s.id,
      s.create ? 'HSDS_IMPORT_CREATE' : 'HSDS_IMPORT_UPDATE',
      {},
    );
  }
  if (orgs.length > 0)
    await recordChanges(
      tx,
      'ORGANISATION',
      orgs.map((o) => o.id),
    );
  if (services.length > 0)
    await recordChanges(
      tx,
      'OFFERING',
      services.map((s) => s.id),
    );
}

export function reportOf(plan: ImportPlan, written: boolean): ImportReport {
  const count = (list: { create: boolean; changed: boolean }[]) => ({
    created: list.filter((x) => x.create).length,
    changed: list.filter((x) => !x.create && x.changed).length,
    unchanged: list.filter((x) => !x.changed).length,
  });
  const o = count(plan.organisations);
  const s = count(plan.services);
  return {
    written,
    created: { organizations: o.created, services: s.created },
    changed: { organizations: o.changed, services: s.changed },
    unchanged: { organizations: o.unchanged, services: s.unchanged },
    refused: plan.problems,
  };
}
