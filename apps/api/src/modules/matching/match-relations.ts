import { isStale } from '@partnerwijzer/domain';
import type { Loaders } from '../../graphql/loaders.factory.js';
import type { PartnerMatchModel } from './models/match-outcome.model.js';

/**
 * Gives every match its offering, organisation and stale flag as getters over the request's
 * DataLoaders. Nest's default field resolver reads the property, so a getter runs only when
 * the query asks for the field — and without the per-field pipeline Nest wraps around
 * @ResolveField methods, which for 20 matches × 3 fields cost about as much as the match.
 */
export function withMatchRelations<M extends PartnerMatchModel>(
  matches: M[],
  loaders: Loaders,
  staleAfterMonths: number,
): M[] {
  const now = new Date();
  for (const m of matches) {
    Object.defineProperties(m, {
      offering: { get: () => loaders.offering.load(m.offeringId), enumerable: false },
      organisation: { get: () => loaders.organisation.load(m.organisationId), enumerable: false },
      isStale: {
        get: async () =>
          isStale(
            (await loaders.offering.load(m.offeringId)).lastConfirmedAt,
            now,
            staleAfterMonths,
          ),
        enumerable: false,
      },
    });
  }
  return matches;
}
