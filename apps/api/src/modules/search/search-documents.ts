import type { DataSource } from 'typeorm';
import type { OrganisationType } from '@partnerwijzer/domain';
import { isSearchable, toOfferingDocument, type OfferingDocument } from '@partnerwijzer/search';
import { loadMatchableOfferings } from '../organisations/index.js';

export interface DocumentChanges {
  upsert: OfferingDocument[];
  /** Offerings that must not be in search: deleted, archived, paused, or organisation not listed. */
  remove: string[];
}

/** Builds search documents for these offerings from the current database state. */
export async function buildDocumentChanges(
  db: DataSource,
  offeringIds: readonly string[],
): Promise<DocumentChanges> {
  const ids = [...new Set(offeringIds)];
  const offerings = await loadMatchableOfferings(db, { offeringIds: ids });
  const text = await loadText(
    db,
    offerings.map((o) => o.id),
  );
  const upsert: OfferingDocument[] = [];
  const keep = new Set<string>();
  for (const o of offerings) {
    const t = text.get(o.id);
    if (!t || !isSearchable(o)) continue;
    upsert.push(toOfferingDocument(o, t));
    keep.add(o.id);
  }
  return { upsert, remove: ids.filter((id) => !keep.has(id)) };
}

/** Ids of every offering that may be in search, in pages (for a full reindex). */
export async function allOfferingIds(db: DataSource): Promise<string[]> {
  const rows = (await db.query(
    `SELECT id FROM offering WHERE status <> 'ARCHIVED' ORDER BY id`,
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

export async function organisationOfferingIds(
  db: DataSource,
  organisationIds: readonly string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = (await db.query(`SELECT id FROM offering WHERE organisation_id = ANY($1::uuid[])`, [
    [...organisationIds],
  ])) as { id: string }[];
  return rows.map((r) => r.id);
}

async function loadText(db: DataSource, ids: string[]) {
  if (ids.length === 0) return new Map<string, Parameters<typeof toOfferingDocument>[1]>();
  const rows = (await db.query(
    `SELECT f.id, f.description, f.updated_at, o.type, o.description AS org_description, o.city
       FROM offering f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.id = ANY($1::uuid[])`,
    [ids],
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
