import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTACT_REQUEST_STATUSES, type ContactRequestStatus } from '../contact-request-status.js';

export const ContactRequestStatusEnum = Object.fromEntries(
  CONTACT_REQUEST_STATUSES.map((s) => [s, s]),
) as { [K in ContactRequestStatus]: K };

registerEnumType(ContactRequestStatusEnum, {
  name: 'ContactRequestStatus',
  description: 'Stand van een contactverzoek; nieuw is altijd REQUESTED',
});

@ObjectType('ContactRequest', {
  description: 'Een verzoek van een school om contact over een aanbod',
})
export class ContactRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactRequestStatusEnum)
  status!: ContactRequestStatus;

  @Field()
  createdAt!: Date;
}
