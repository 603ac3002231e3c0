import { Inject, Injectable } from '@nestjs/common';
import { isStale } from '@partnerwijzer/domain';
import type { Lazy } from '../../../common/graphql/lazy.js';
import type { Loaders } from '../../../common/graphql/graphql-context.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { AppConfig } from '../../../config/config.schema.js';
import type { OfferingModel } from '../models/offering.model.js';
import type { OrganisationModel } from '../models/organisation.model.js';
import { ReadModelCache } from './read-model-cache.js';

/** A result row that names an offering (a match, a search hit). */
export interface OfferingRow {
  offeringId: string;
  organisationId?: string;
  offering?: Lazy<OfferingModel>;
  organisation?: Lazy<OrganisationModel>;
  isStale?: Lazy<boolean>;
}

/** What the getters need: shared by all rows of one request. */
interface RelationSource {
  loaders: Loaders;
  cache: ReadModelCache;
  staleAfterMonths: number;
  now: Date;
}

const SOURCE = Symbol('relationSource');
type Related = OfferingRow & { [SOURCE]: RelationSource };
const RELATION_KEYS = new Set(['offering', 'organisation', 'isStale']);

const then = <A, B>(value: Lazy<A>, f: (a: A) => Lazy<B>): Lazy<B> =>
  value instanceof Promise ? value.then(f) : f(value);

function offeringOf(src: RelationSource, id: string): Lazy<OfferingModel> {
  return (
    src.cache.peek<OfferingModel>('OFFERING', id, src.now.getTime()) ??
    src.loaders.offering.load(id)
  );
}

function organisationOf(src: RelationSource, id: string): Lazy<OrganisationModel> {
  return (
    src.cache.peek<OrganisationModel>('ORGANISATION', id, src.now.getTime()) ??
    src.loaders.organisation.load(id)
  );
}

// The getters live on one prototype shared by every row, so rows keep one compact shape that
// GraphQL execution reads quickly (defining accessors on each row turned them into slow
// dictionary objects).
const relationGetters = {
  get offering(): Lazy<OfferingModel> {
    const row = this as unknown as Related;
    return offeringOf(row[SOURCE], row.offeringId);
  },
  get organisation(): Lazy<OrganisationModel> {
    const row = this as unknown as Related;
    const src = row[SOURCE];
    return row.organisationId !== undefined
      ? organisationOf(src, row.organisationId)
      : then(offeringOf(src, row.offeringId), (o) => organisationOf(src, o.organisationId));
  },
  get isStale(): Lazy<boolean> {
    const row = this as unknown as Related;
    const src = row[SOURCE];
    return then(offeringOf(src, row.offeringId), (o) =>
      isStale(o.lastConfirmedAt, src.now, src.staleAfterMonths),
    );
  },
};

/**
 * Copies of the rows with their offering, organisation and stale flag as getters. Nest's
 * default field resolver reads the property, so a getter runs only when the query asks for
 * the field, and without the per-field pipeline Nest wraps around @ResolveField methods (for
 * 20 rows × 3 fields that cost about as much as the match itself). A row already in the
 * shared read-model cache is returned as is, so the whole result completes without a promise
 * per field; others go through the request's DataLoaders (one batched query).
 */
export function withOfferingRelations<R extends OfferingRow>(
  rows: readonly R[],
  loaders: Loaders,
  cache: ReadModelCache,
  staleAfterMonths: number,
): R[] {
  const now = new Date();
  const src: RelationSource = { loaders, cache, staleAfterMonths, now };
  const out = new Array<R>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const copy = Object.create(relationGetters) as Record<string | symbol, unknown>;
    for (const key of Object.keys(row)) {
      // A relation set on the row would collide with the getter of the same name.
      if (!RELATION_KEYS.has(key)) copy[key] = (row as Record<string, unknown>)[key];
    }
    copy[SOURCE] = src;
    out[i] = copy as unknown as R;
  }
  return out;
}

/**
 * withOfferingRelations with the shared read-model cache and the configured stale age filled
 * in, so the match, search and municipality resolvers need only the request's loaders.
 */
@Injectable()
export class OfferingRelations {
  constructor(
    private readonly cache: ReadModelCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  attach<R extends OfferingRow>(rows: readonly R[], loaders: Loaders): R[] {
    return withOfferingRelations(rows, loaders, this.cache, this.config.STALE_AFTER_MONTHS);
  }
}
