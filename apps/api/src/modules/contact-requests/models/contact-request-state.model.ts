import { Field, ObjectType } from '@nestjs/graphql';
import type { MixinBase } from '../../../common/graphql/mixin-base.js';
import type { ContactRequestStatus } from '../contact-request-status.js';
import { ContactRequestStatusEnum } from './contact-request.model.js';

/**
 * Where a contact request stands, with the reason when it was declined, added to any base; a
 * mixin because the detail view already extends ContactRequestPartiesModel.
 */
export function withRequestState<B extends MixinBase>(Base: B) {
  @ObjectType({ isAbstract: true })
  abstract class ContactRequestState extends Base {
    @Field(() => ContactRequestStatusEnum)
    status!: ContactRequestStatus;

    @Field(() => String, { nullable: true, description: 'Reden bij afwijzen' })
    statusReason!: string | null;
  }
  return ContactRequestState;
}
