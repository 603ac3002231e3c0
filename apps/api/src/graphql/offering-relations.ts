import { isStale } from '@partnerwijzer/domain';
import type { ReadModelCache } from '../modules/change-feed/read-model-cache.js';
import type { OfferingModel } from '../modules/organisations/models/offering.model.js';
import type { OrganisationModel } from '../modules/organisations/models/organisation.model.js';
import type { Loaders } from './loaders.factory.js';

/** A value now, or later when it had to be loaded. */
export type Lazy<T> = T | Promise<T>;

/** A result row that names an offering (a match, a search hit). */
export interface OfferingRow {
  offeringId: string;
  organisationId?: string;
  offering?: Lazy<OfferingModel>;
  organisation?: Lazy<OrganisationModel>;
  isStale?: Lazy<boolean>;
}

const then = <A, B>(value: Lazy<A>, f: (a: A) => Lazy<B>): Lazy<B> =>
  value instanceof Promise ? value.then(f) : f(value);

/**
 * Gives every row its offering, organisation and stale flag as getters. Nest's default field
 * resolver reads the property, so a getter runs only when the query asks for the field, and
 * without the per-field pipeline Nest wraps around @ResolveField methods (for 20 rows × 3
 * fields that cost about as much as the match itself). A row already in the shared read-model
 * cache is returned as is, so the whole result completes without a promise per field; others
 * go through the request's DataLoaders (one batched query).
 */
export function withOfferingRelations<R extends OfferingRow>(
  rows: R[],
  loaders: Loaders,
  cache: ReadModelCache,
  staleAfterMonths: number,
): R[] {
  const now = new Date();
  const offering = (id: string): Lazy<OfferingModel> =>
    cache.peek<OfferingModel>('OFFERING', id) ?? loaders.offering.load(id);
  const organisation = (id: string): Lazy<OrganisationModel> =>
    cache.peek<OrganisationModel>('ORGANISATION', id) ?? loaders.organisation.load(id);
  for (const row of rows) {
    Object.defineProperties(row, {
      offering: { get: () => offering(row.offeringId), enumerable: false },
      organisation: {
        get: () =>
          row.organisationId !== undefined
            ? organisation(row.organisationId)
            : then(offering(row.offeringId), (o) => organisation(o.organisationId)),
        enumerable: false,
      },
      isStale: {
        get: () =>
          then(offering(row.offeringId), (o) => isStale(o.lastConfirmedAt, now, staleAfterMonths)),
        enumerable: false,
      },
    });
  }
  return rows;
}
