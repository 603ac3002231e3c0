import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Lazy } from '../../../common/graphql/lazy.js';
import { OfferingModel } from './offering.model.js';
import { OrganisationModel } from './organisation.model.js';

/**
 * A result that names an offering (a match, a search hit). The relations are getters that
 * withOfferingRelations adds (read-model/offering-relations.ts), read only when asked for.
 */
@ObjectType({ isAbstract: true })
export abstract class OfferingResultModel {
  @Field(() => ID)
  offeringId!: string;

  // The relations are optional properties (getters added later) but never null in the schema:
  // nullable stays written out, or the plugin metadata would infer it from the `?`.
  @Field(() => OfferingModel, { nullable: false })
  offering?: Lazy<OfferingModel>;

  @Field(() => OrganisationModel, { nullable: false })
  organisation?: Lazy<OrganisationModel>;

  @Field(() => Boolean, {
    nullable: false,
    description: 'Het aanbod is STALE_AFTER_MONTHS maanden niet bevestigd (of nooit)',
  })
  isStale?: Lazy<boolean>;
}
