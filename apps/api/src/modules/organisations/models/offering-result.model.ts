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

  @Field(() => OfferingModel)
  offering?: Lazy<OfferingModel>;

  @Field(() => OrganisationModel)
  organisation?: Lazy<OrganisationModel>;

  @Field(() => Boolean, {
    description: 'Het aanbod is STALE_AFTER_MONTHS maanden niet bevestigd (of nooit)',
  })
  isStale?: Lazy<boolean>;
}
