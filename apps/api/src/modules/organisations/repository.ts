import type { EntityManager } from 'typeorm';
import type {
  AreaGeometry,
  CoverageAreaSpec,
  MatchableOffering,
  OfferingStatus,
  OrganisationStatus,
  OrganisationType,
} from '@partnerwijzer/domain';
import { escapeLike } from '../../database/escape-like.js';
import { insertJsonRows } from '../../database/json-rows.js';
import { rowsForKeys } from '../../database/rows-for-keys.js';
import { countOf, type Queryable } from '../../database/queryable.js';
import { coverageColumns } from './coverage-columns.js';
import { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import {
  COVERAGE_AREA_ROW_COLUMNS,
  type CoverageAreaRow,
  OFFERING_ROW_COLUMNS,
  toCoverageAreaRow,
  toOfferingRow,
} from './offering-rows.js';

// The organisations module's data surface for other rooms (docs/decisions/0013-repositories.md):
// organisations, offerings and coverage areas, as plain functions over a DataSource or a
// transaction, free of Nest. The seed, the benchmarks, test factories and other modules'
// services reach these three tables only through here (or the read model's loaders).

type Generated = 'id' | 'createdAt' | 'updatedAt';

/** A new organisation row. */
export type NewOrganisation = Omit<OrganisationEntity, Generated>;

/** A new offering row. */
export type NewOffering = Omit<OfferingEntity, Generated>;

/** A coverage area to store for an offering, with the partner's note. */
export interface NewCoverageArea {
  spec: CoverageAreaSpec;
  note: string | null;
  /** POLYGON: its name (the uploaded file's); null for other kinds. */
  label?: string | null;
}

export async function insertOrganisation(tx: EntityManager, row: NewOrganisation): Promise<string> {
  const { identifiers } = await tx.getRepository(OrganisationEntity).insert(row);
  return String(identifiers[0]?.id);
}

export async function insertOffering(tx: EntityManager, row: NewOffering): Promise<string> {
  const { identifiers } = await tx.getRepository(OfferingEntity).insert(row);
  return String(identifiers[0]?.id);
}

/**
 * Locks the organisation row until the transaction ends, so two writes of one organisation
 * that check its limits (offerings, coverage corners) do not both pass on the same count.
 */
export async function lockOrganisation(tx: EntityManager, organisationId: string): Promise<void> {
  await tx.query(`SELECT id FROM organisation WHERE id = $1 FOR UPDATE`, [organisationId]);
}

/** How many offerings (any status) an organisation has. */
export async function countOfferings(tx: EntityManager, organisationId: string): Promise<number> {
  return countOf(tx, `SELECT COUNT(*)::int AS n FROM offering WHERE organisation_id = $1`, [
    organisationId,
  ]);
}

/** How many coverage areas an organisation's offerings have, but for one offering. */
export async function countAreasOfOrganisation(
  tx: EntityManager,
  organisationId: string,
  exceptOfferingId: string,
): Promise<number> {
  return countOf(
    tx,
    `SELECT COUNT(*)::int AS n FROM coverage_area ca JOIN offering o ON o.id = ca.offering_id
      WHERE o.organisation_id = $1 AND ca.offering_id <> $2`,
    [organisationId, exceptOfferingId],
  );
}

/** The drawn or uploaded areas of an organisation's offerings, but for one offering. */
export async function polygonsOfOrganisation(
  tx: EntityManager,
  organisationId: string,
  exceptOfferingId: string,
): Promise<AreaGeometry[]> {
  const rows = (await tx.query(
    `SELECT ca.geometry FROM coverage_area ca JOIN offering o ON o.id = ca.offering_id
      WHERE o.organisation_id = $1 AND ca.offering_id <> $2 AND ca.geometry IS NOT NULL`,
    [organisationId, exceptOfferingId],
  )) as { geometry: AreaGeometry | string }[];
  return rows.map((r) =>
    typeof r.geometry === 'string' ? (JSON.parse(r.geometry) as AreaGeometry) : r.geometry,
  );
}

/** Replaces an offering's coverage areas (with `replace`) or adds to them. */
export async function insertCoverageAreas(
  tx: EntityManager,
  offeringId: string,
  areas: readonly NewCoverageArea[],
  { replace = false } = {},
): Promise<void> {
  const repo = tx.getRepository(CoverageAreaEntity);
  if (replace) await repo.delete({ offeringId });
  if (areas.length === 0) return;
  await repo.insert(
    areas.map((a, position) => ({
      offeringId,
      note: a.note,
      areaLabel: a.spec.kind === 'POLYGON' ? (a.label ?? null) : null,
      position,
      ...coverageColumns(a.spec),
    })),
  );
}

export async function hasAnyOrganisation(db: Queryable): Promise<boolean> {
  const [row] = (await db.query(`SELECT EXISTS (SELECT 1 FROM organisation) AS found`)) as {
    found: boolean;
  }[];
  return row?.found === true;
}

/** Whether an organisation with this id exists (the id must be a UUID). */
export async function organisationExists(db: Queryable, id: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM organisation WHERE id = $1`, [id])) as unknown[];
  return rows.length > 0;
}

/** Name per organisation id, for the ids that exist. */
export async function organisationNames(
  db: Queryable,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await rowsForKeys<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`,
    wanted,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The public contact address of an organisation (null when it has none, or is unknown). */
export async function organisationContactEmail(db: Queryable, id: string): Promise<string | null> {
  const rows = (await db.query(`SELECT email FROM organisation WHERE id = $1`, [id])) as {
    email: string | null;
  }[];
  const email = rows[0]?.email?.trim();
  return email ? email : null;
}

/** Why an admin last rejected the organisation's sign-up (null when never, or verified since). */
export async function organisationRejectionReason(
  db: Queryable,
  id: string,
): Promise<string | null> {
  const rows = (await db.query(`SELECT rejection_reason FROM organisation WHERE id = $1`, [
    id,
  ])) as { rejection_reason: string | null }[];
  return rows[0]?.rejection_reason ?? null;
}

/** Ids of the organisations whose lower-cased name is LIKE `pattern` (already escaped). */
export async function organisationIdsNamedLike(db: Queryable, pattern: string): Promise<string[]> {
  const rows = (await db.query(`SELECT id FROM organisation WHERE lower(name) LIKE $1`, [
    pattern,
  ])) as { id: string }[];
  return rows.map((r) => r.id);
}

/** What other rooms show of an offering: its title and its organisation. */
export interface OfferingSummary {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  /** The offering's kinds of help (intervention codes). */
  interventionCodes: string[];
}

/** Summaries of these offerings (those that exist), by organisation name then title. */
export async function offeringSummaries(
  db: Queryable,
  ids: readonly string[],
): Promise<OfferingSummary[]> {
  return rowsForKeys<OfferingSummary>(
    db,
    `SELECT f.id, f.title, f.organisation_id AS "organisationId", o.name AS "organisationName",
            f.intervention_types AS "interventionCodes"
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[])
      ORDER BY o.name, f.title, f.id`,
    [...new Set(ids)],
  );
}

/** Ids of the offerings of these organisations, archived ones included. */
export async function offeringIdsOfOrganisations(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<string[]> {
  const rows = await rowsForKeys<{ id: string }>(
    db,
    `SELECT id FROM offering WHERE organisation_id = ANY($1::uuid[])`,
    organisationIds,
  );
  return rows.map((r) => r.id);
}

/** Ids of every offering that is not archived, in id order (a full search reindex). */
export async function unarchivedOfferingIds(db: Queryable): Promise<string[]> {
  const rows = (await db.query(
    `SELECT id FROM offering WHERE status <> 'ARCHIVED' ORDER BY id`,
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

export async function countActiveOfferings(db: Queryable): Promise<number> {
  return countOf(db, `SELECT count(*)::int AS n FROM offering WHERE status = 'ACTIVE'`);
}

/** The free text of an offering and its organisation, which search indexes next to matching's fields. */
export interface OfferingText {
  description: string;
  organisationType: OrganisationType;
  organisationDescription: string;
  city: string;
  updatedAt: Date;
}

export async function offeringTexts(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, OfferingText>> {
  const rows = await rowsForKeys<{
    id: string;
    description: string;
    updated_at: Date;
    type: string;
    org_description: string;
    city: string;
  }>(
    db,
    `SELECT f.id, f.description, f.updated_at, o.type, o.description AS org_description, o.city
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[])`,
    ids,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        description: r.description,
        organisationType: r.type as OrganisationType,
        organisationDescription: r.org_description,
        city: r.city,
        updatedAt: new Date(r.updated_at),
      },
    ]),
  );
}

/** An organisation as the benchmarks generate them. */
export interface BulkOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  city: string;
  status: OrganisationStatus;
  location: { lat: number; lng: number } | null;
  lastConfirmedAt: Date | null;
  description?: string;
  updatedAt?: Date;
}

/** An offering as matching sees it, with the free text search adds when there is any. */
export type BulkOffering = MatchableOffering & { description?: string; updatedAt?: Date };

/**
 * Writes many organisations, offerings and their coverage areas at once (JSON batches, the
 * one row mapping of offering-rows.ts). No change events: callers build their indexes from
 * the tables. Returns how many coverage areas were written.
 */
export async function bulkInsertPartners(
  db: Queryable,
  organisations: readonly BulkOrganisation[],
  offerings: readonly BulkOffering[],
): Promise<{ coverageAreas: number }> {
  const now = new Date();
  await insertJsonRows(
    db,
    'organisation',
    {
      id: 'uuid',
      name: 'text',
      type: 'text',
      description: 'text',
      city: 'text',
      lat: 'float8',
      lng: 'float8',
      status: 'text',
      verified_at: 'timestamptz',
      last_confirmed_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    organisations.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      description: o.description ?? '',
      city: o.city,
      lat: o.location?.lat ?? null,
      lng: o.location?.lng ?? null,
      status: o.status,
      verified_at: o.status === 'VERIFIED' ? (o.lastConfirmedAt ?? new Date(0)) : null,
      last_confirmed_at: o.lastConfirmedAt,
      updated_at: o.updatedAt ?? now,
    })),
  );
  await insertJsonRows(
    db,
    'offering',
    { ...OFFERING_ROW_COLUMNS, description: 'text', updated_at: 'timestamptz' },
    offerings.map((o) => ({
      ...toOfferingRow(o),
      description: o.description ?? '',
      updated_at: o.updatedAt ?? now,
    })),
  );
  const areas = offerings.flatMap((o) =>
    o.coverage.map(({ areaId, area }, position) => ({
      ...toCoverageAreaRow(o.id, areaId, area),
      position,
    })),
  );
  await insertJsonRows(
    db,
    'coverage_area',
    { ...COVERAGE_AREA_ROW_COLUMNS, position: 'int2' },
    areas,
  );
  return { coverageAreas: areas.length };
}

// ---- The public directory (HSDS read API and datapackage export, modules/hsds) ----
// Public means what the product shows to anyone: offerings ACTIVE of organisations VERIFIED
// (docs/decisions/0019-hsds-mapping.md). Draft, pending, suspended, paused and archived records
// never leave through here.

const PUBLIC_OFFERING = `f.status = 'ACTIVE' AND o.status = 'VERIFIED'`;

/** The offering columns an HSDS service carries, read for publishing and written on import. */
export interface HsdsOfferingColumns {
  organisationId: string;
  title: string;
  description: string;
  interventionTypes: string[];
  sectors: string[];
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  costType: string;
  costAmountEur: string | null;
  costNote: string | null;
  languages: string[];
  lastConfirmedAt: Date | null;
}

/** An offering of the public directory with the columns HSDS publishes. */
export interface PublicOfferingRow extends HsdsOfferingColumns {
  id: string;
  organisationName: string;
  organisationDescription: string;
  deliveryModes: string[];
  updatedAt: Date;
}

/** Filters of the public offering list; every value is already checked by the caller. */
export interface PublicOfferingFilter {
  /** Lower-cased words; each must occur in the title, description or organisation name. */
  words?: readonly string[];
  interventionType?: string;
  sector?: string;
  targetGroup?: string;
  organisationId?: string;
  modifiedAfter?: Date;
  /** Only offerings with a coverage area of this municipality, its province or the country. */
  municipality?: { code: string; provinceCode: string };
  /** Only offerings with at least one code in this column. */
  hasAny?: 'intervention_types' | 'sectors' | 'target_groups';
  /** Only offerings whose organisation has coordinates (a location). */
  withLocation?: boolean;
}

const PUBLIC_OFFERING_COLUMNS = `f.id, f.organisation_id AS "organisationId", o.name AS "organisationName",
  o.description AS "organisationDescription", f.title, f.description,
  f.intervention_types AS "interventionTypes", f.sectors, f.target_groups AS "targetGroups",
  f.age_min AS "ageMin", f.age_max AS "ageMax", f.delivery_modes AS "deliveryModes",
  f.cost_type AS "costType", f.cost_amount_eur::text AS "costAmountEur", f.cost_note AS "costNote",
  f.languages, f.last_confirmed_at AS "lastConfirmedAt", f.updated_at AS "updatedAt"`;

function publicOfferingWhere(filter: PublicOfferingFilter): { sql: string; params: unknown[] } {
  const parts = [PUBLIC_OFFERING];
  const params: unknown[] = [];
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const word of filter.words ?? []) {
    const p = add(`%${escapeLike(word)}%`);
    parts.push(
      `(lower(f.title) LIKE ${p} OR lower(f.description) LIKE ${p} OR lower(o.name) LIKE ${p})`,
    );
  }
  if (filter.interventionType)
    parts.push(`${add(filter.interventionType)} = ANY(f.intervention_types)`);
  if (filter.sector) parts.push(`${add(filter.sector)} = ANY(f.sectors)`);
  if (filter.targetGroup) parts.push(`${add(filter.targetGroup)} = ANY(f.target_groups)`);
  if (filter.organisationId) parts.push(`f.organisation_id = ${add(filter.organisationId)}::uuid`);
  if (filter.modifiedAfter) parts.push(`f.updated_at >= ${add(filter.modifiedAfter)}`);
  if (filter.hasAny) parts.push(`cardinality(f.${filter.hasAny}) > 0`);
  if (filter.withLocation) parts.push(`o.lat IS NOT NULL AND o.lng IS NOT NULL`);
  if (filter.municipality) {
    const m = add(filter.municipality.code);
    const p = add(filter.municipality.provinceCode);
    parts.push(`EXISTS (SELECT 1 FROM coverage_area c WHERE c.offering_id = f.id AND (
      c.kind = 'NATIONAL' OR (c.kind = 'MUNICIPALITY' AND c.municipality_code = ${m})
      OR (c.kind = 'PROVINCE' AND c.province_code = ${p})))`);
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * The ids of the public offerings matching the filter, in id order: what a page of the HSDS
 * list is cut from (a narrow scan; the caller keeps it until an offering or organisation
 * changes, so a page costs one lookup of its own rows by id).
 */
export async function publicOfferingIds(
  db: Queryable,
  filter: PublicOfferingFilter,
): Promise<string[]> {
  const where = publicOfferingWhere(filter);
  const rows = (await db.query(
    `SELECT f.id FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE ${where.sql} ORDER BY f.id`,
    where.params,
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Every public offering matching the filter, in id order (exports). */
export async function publicOfferings(
  db: Queryable,
  filter: PublicOfferingFilter,
): Promise<PublicOfferingRow[]> {
  const where = publicOfferingWhere(filter);
  return (await db.query(
    `SELECT ${PUBLIC_OFFERING_COLUMNS}
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE ${where.sql} ORDER BY f.id`,
    where.params,
  )) as PublicOfferingRow[];
}

/**
 * These offerings, those that are public, in id order: a page of the HSDS list or one service.
 * The organisation is looked up per offering by its key (a LATERAL that cannot be flattened):
 * for a few ids the planner would otherwise hash the whole organisation table.
 */
export async function publicOfferingsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<PublicOfferingRow[]> {
  return rowsForKeys<PublicOfferingRow>(
    db,
    `SELECT ${PUBLIC_OFFERING_COLUMNS}
       FROM offering f CROSS JOIN LATERAL (
              SELECT name, description FROM organisation
               WHERE id = f.organisation_id AND status = 'VERIFIED' OFFSET 0) o
      WHERE f.status = 'ACTIVE' AND f.id = ANY($1::uuid[]) ORDER BY f.id`,
    ids,
  );
}

/** A coverage area with the partner's note, as the public directory shows it. */
export interface PublicCoverageRow extends CoverageAreaRow {
  note: string | null;
  area_label: string | null;
}

/** The coverage areas of these offerings, by offering, each in the order saved. */
export async function coverageAreasOfOfferings(
  db: Queryable,
  offeringIds: readonly string[],
): Promise<PublicCoverageRow[]> {
  return rowsForKeys<PublicCoverageRow>(
    db,
    `SELECT id, offering_id, kind, province_code, municipality_code, center_lat, center_lng,
            radius_km, geometry, note, area_label
       FROM coverage_area WHERE offering_id = ANY($1::uuid[]) ORDER BY offering_id, position, id`,
    offeringIds,
  );
}

/** An organisation of the public directory (VERIFIED) with the columns HSDS publishes. */
export interface PublicOrganisationRow extends ImportedOrganisationFields {
  id: string;
  lastConfirmedAt: Date | null;
  updatedAt: Date;
}

const PUBLIC_ORGANISATION_COLUMNS = `o.id, o.name, o.description, o.kvk_number AS "kvkNumber",
  o.website, o.email, o.phone, o.address, o.city, o.lat, o.lng,
  o.last_confirmed_at AS "lastConfirmedAt", o.updated_at AS "updatedAt"`;

function publicOrganisationWhere(filter: { words?: readonly string[]; ids?: readonly string[] }): {
  sql: string;
  params: unknown[];
} {
  const parts = [`o.status = 'VERIFIED'`];
  const params: unknown[] = [];
  for (const word of filter.words ?? []) {
    params.push(`%${escapeLike(word)}%`);
    parts.push(
      `(lower(o.name) LIKE $${params.length} OR lower(o.description) LIKE $${params.length} OR lower(o.city) LIKE $${params.length})`,
    );
  }
  if (filter.ids) {
    params.push([...filter.ids]);
    parts.push(`o.id = ANY($${params.length}::uuid[])`);
  }
  return { sql: parts.join(' AND '), params };
}

/** One page of the public organisations in id order, and how many match in all. */
export async function publicOrganisationPage(
  db: Queryable,
  filter: { words?: readonly string[] },
  limit: number,
  offset: number,
): Promise<{ total: number; rows: PublicOrganisationRow[] }> {
  const where = publicOrganisationWhere(filter);
  const total = await countOf(
    db,
    `SELECT count(*)::int AS n FROM organisation o WHERE ${where.sql}`,
    where.params,
  );
  if (total === 0 || offset >= total) return { total, rows: [] };
  const n = where.params.length;
  const rows = (await db.query(
    `SELECT ${PUBLIC_ORGANISATION_COLUMNS} FROM organisation o
      WHERE ${where.sql} ORDER BY o.id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, limit, offset],
  )) as PublicOrganisationRow[];
  return { total, rows };
}

/** These public organisations (those that are VERIFIED), in id order. */
export async function publicOrganisations(
  db: Queryable,
  ids?: readonly string[],
): Promise<PublicOrganisationRow[]> {
  const where = publicOrganisationWhere(ids ? { ids } : {});
  return (await db.query(
    `SELECT ${PUBLIC_ORGANISATION_COLUMNS} FROM organisation o WHERE ${where.sql} ORDER BY o.id`,
    where.params,
  )) as PublicOrganisationRow[];
}

// ---- Writes of the HSDS import (modules/hsds): records keep the ids of the package ----

/** Organisations by id or by KvK number (any status), for matching an imported package. */
export async function organisationsByIdOrKvk(
  db: Queryable,
  ids: readonly string[],
  kvkNumbers: readonly string[],
): Promise<(PublicOrganisationRow & { status: string })[]> {
  if (ids.length === 0 && kvkNumbers.length === 0) return [];
  return (await db.query(
    `SELECT ${PUBLIC_ORGANISATION_COLUMNS}, o.status FROM organisation o
      WHERE o.id = ANY($1::uuid[]) OR o.kvk_number = ANY($2::text[]) ORDER BY o.id`,
    [[...ids], [...kvkNumbers]],
  )) as (PublicOrganisationRow & { status: string })[];
}

/**
 * Every offering of these organisations with each of its coverage areas (`areaId` null: an
 * offering without areas) and the area's drawn or uploaded geometry: what an import's budget
 * check counts (partner-limits.ts).
 */
export async function coverageOfOrganisations(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<
  {
    offeringId: string;
    organisationId: string;
    areaId: string | null;
    geometry: AreaGeometry | null;
  }[]
> {
  if (organisationIds.length === 0) return [];
  const rows = (await db.query(
    `SELECT f.id AS "offeringId", f.organisation_id AS "organisationId", ca.id AS "areaId",
            ca.geometry
       FROM offering f LEFT JOIN coverage_area ca ON ca.offering_id = f.id
      WHERE f.organisation_id = ANY($1::uuid[])`,
    [[...organisationIds]],
  )) as {
    offeringId: string;
    organisationId: string;
    areaId: string | null;
    geometry: AreaGeometry | string | null;
  }[];
  return rows.map((r) => ({
    ...r,
    geometry:
      typeof r.geometry === 'string' ? (JSON.parse(r.geometry) as AreaGeometry) : r.geometry,
  }));
}

/** Offerings by id (any status), with their status, for matching an imported package. */
export async function offeringsForImport(
  db: Queryable,
  ids: readonly string[],
): Promise<(PublicOfferingRow & { status: string })[]> {
  return rowsForKeys<PublicOfferingRow & { status: string }>(
    db,
    `SELECT ${PUBLIC_OFFERING_COLUMNS}, f.status
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[]) ORDER BY f.id`,
    ids,
  );
}

/** The organisation fields an HSDS package carries. */
export interface ImportedOrganisationFields {
  name: string;
  description: string;
  kvkNumber: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  city: string;
  lat: number | null;
  lng: number | null;
}

export async function insertOrganisationWithId(
  tx: EntityManager,
  id: string,
  fields: ImportedOrganisationFields,
  status: OrganisationStatus,
): Promise<void> {
  await tx.getRepository(OrganisationEntity).insert({
    id,
    ...fields,
    type: 'OTHER',
    status,
    verifiedAt: status === 'VERIFIED' ? new Date() : null,
    lastConfirmedAt: new Date(),
    isDemo: false,
  });
}

export async function updateOrganisationFields(
  tx: EntityManager,
  id: string,
  fields: ImportedOrganisationFields,
): Promise<void> {
  await tx.getRepository(OrganisationEntity).update({ id }, fields);
}

/** The offering fields an HSDS package carries; the rest keep their stored value or default. */
export interface ImportedOfferingFields extends HsdsOfferingColumns {
  status: OfferingStatus;
}

export async function insertOfferingWithId(
  tx: EntityManager,
  id: string,
  fields: ImportedOfferingFields,
  updatedAt: Date | null,
): Promise<void> {
  await tx.getRepository(OfferingEntity).insert({
    id,
    ...fields,
    groepMin: null,
    groepMax: null,
    deliveryModes: [],
    fundingRoutes: [],
    evidenceRegister: 'NONE',
    evidenceLevel: 'NOT_ASSESSED',
    evidenceSource: null,
    capacityPerYear: null,
    isDemo: false,
    ...(updatedAt ? { updatedAt } : {}),
  });
}

export async function updateOfferingFields(
  tx: EntityManager,
  id: string,
  fields: ImportedOfferingFields,
): Promise<void> {
  await tx.getRepository(OfferingEntity).update({ id }, fields);
}

/** Replaces an offering's coverage areas by these, keeping their ids. */
export async function replaceCoverageAreasWithIds(
  tx: EntityManager,
  offeringId: string,
  areas: readonly (NewCoverageArea & { id: string })[],
): Promise<void> {
  const repo = tx.getRepository(CoverageAreaEntity);
  await repo.delete({ offeringId });
  if (areas.length === 0) return;
  await repo.insert(
    areas.map((a, position) => ({
      id: a.id,
      offeringId,
      note: a.note,
      areaLabel: a.spec.kind === 'POLYGON' ? (a.label ?? null) : null,
      position,
      ...coverageColumns(a.spec),
    })),
  );
}
