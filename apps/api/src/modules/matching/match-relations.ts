import { isStale } from '@partnerwijzer/domain';
import type { Loaders } from '../../graphql/loaders.factory.js';
import type { ReadModelCache } from '../change-feed/read-model-cache.js';
import type { OfferingModel } from '../organisations/models/offering.model.js';
import type { OrganisationModel } from '../organisations/models/organisation.model.js';
import type { PartnerMatchModel } from './models/match-outcome.model.js';

/**
 * Gives every match its offering, organisation and stale flag as getters. Nest's default
 * field resolver reads the property, so a getter runs only when the query asks for the field,
 * and without the per-field pipeline Nest wraps around @ResolveField methods (for 20 matches ×
 * 3 fields that cost about as much as the match). A row already in the shared read-model cache
 * is returned as is, so the whole result completes without a promise per field; others go
 * through the request's DataLoaders (one batched query).
 */
export function withMatchRelations<M extends PartnerMatchModel>(
  matches: M[],
  loaders: Loaders,
  cache: ReadModelCache,
  staleAfterMonths: number,
): M[] {
  const now = new Date();
  const offering = (id: string) =>
    cache.peek<OfferingModel>('OFFERING', id) ?? loaders.offering.load(id);
  const organisation = (id: string) =>
    cache.peek<OrganisationModel>('ORGANISATION', id) ?? loaders.organisation.load(id);
  const stale = (o: OfferingModel) => isStale(o.lastConfirmedAt, now, staleAfterMonths);
  for (const m of matches) {
    Object.defineProperties(m, {
      offering: { get: () => offering(m.offeringId), enumerable: false },
      organisation: { get: () => organisation(m.organisationId), enumerable: false },
      isStale: {
        get: () => {
          const o = offering(m.offeringId);
          return o instanceof Promise ? o.then(stale) : stale(o);
        },
        enumerable: false,
      },
    });
  }
  return matches;
}
