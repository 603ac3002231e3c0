import type { DataSource } from 'typeorm';
import { isSearchable, toOfferingDocument, type OfferingDocument } from '@partnerwijzer/search';
import { loadMatchableOfferings } from '../organisations/index.js';
import {
  offeringIdsOfOrganisations,
  offeringTexts,
  unarchivedOfferingIds,
} from '../organisations/repository.js';

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
  const text = await offeringTexts(
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

/** Ids of every offering that may be in search (for a full reindex). */
export async function allOfferingIds(db: DataSource): Promise<string[]> {
  return unarchivedOfferingIds(db);
}

export async function organisationOfferingIds(
  db: DataSource,
  organisationIds: readonly string[],
): Promise<string[]> {
  return offeringIdsOfOrganisations(db, organisationIds);
}
