import type { EntityManager } from 'typeorm';
import type {
  CoverageAreaSpec,
  MatchableOffering,
  OrganisationStatus,
  OrganisationType,
} from '@partnerwijzer/domain';
import { insertJsonRows } from '../../database/json-rows.js';
import type { Queryable } from '../../database/queryable.js';
import { coverageColumns } from './coverage-columns.js';
import { CoverageAreaEntity } from './entities/coverage-area.entity.js';
import { OfferingEntity } from './entities/offering.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import {
  COVERAGE_AREA_ROW_COLUMNS,
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
}

export async function insertOrganisation(tx: EntityManager, row: NewOrganisation): Promise<string> {
  const { identifiers } = await tx.getRepository(OrganisationEntity).insert(row);
  return String(identifiers[0]?.id);
}

export async function insertOffering(tx: EntityManager, row: NewOffering): Promise<string> {
  const { identifiers } = await tx.getRepository(OfferingEntity).insert(row);
  return String(identifiers[0]?.id);
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
  await repo.insert(areas.map((a) => ({ offeringId, note: a.note, ...coverageColumns(a.spec) })));
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
  if (wanted.length === 0) return new Map();
  const rows = (await db.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [
    wanted,
  ])) as { id: string; name: string }[];
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
}

/** Summaries of these offerings (those that exist), by organisation name then title. */
export async function offeringSummaries(
  db: Queryable,
  ids: readonly string[],
): Promise<OfferingSummary[]> {
  if (ids.length === 0) return [];
  return (await db.query(
    `SELECT f.id, f.title, f.organisation_id AS "organisationId", o.name AS "organisationName"
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[])
      ORDER BY o.name, f.title, f.id`,
    [[...new Set(ids)]],
  )) as OfferingSummary[];
}

/** Ids of the offerings of these organisations, archived ones included. */
export async function offeringIdsOfOrganisations(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = (await db.query(`SELECT id FROM offering WHERE organisation_id = ANY($1::uuid[])`, [
    [...organisationIds],
  ])) as { id: string }[];
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
  const [row] = (await db.query(
    `SELECT count(*)::int AS n FROM offering WHERE status = 'ACTIVE'`,
  )) as { n: number }[];
  return row?.n ?? 0;
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
  if (ids.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT f.id, f.description, f.updated_at, o.type, o.description AS org_description, o.city
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[])`,
    [[...ids]],
  )) as {
    id: string;
    description: string;
    updated_at: Date;
    type: string;
    org_description: string;
    city: string;
  }[];
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
    o.coverage.map(({ areaId, area }) => toCoverageAreaRow(o.id, areaId, area)),
  );
  await insertJsonRows(db, 'coverage_area', COVERAGE_AREA_ROW_COLUMNS, areas);
  return { coverageAreas: areas.length };
}
