import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTACT_REQUEST_STATUSES, type ContactRequestStatus } from '../contact-request-status.js';
import { enumOf } from '../../../common/graphql/enums.js';

export const ContactRequestStatusEnum = enumOf(CONTACT_REQUEST_STATUSES);

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

  /** Leesbaar kenmerk, bijv. PW-2026-00042 */
  reference!: string;

  @Field(() => ContactRequestStatusEnum)
  status!: ContactRequestStatus;

  createdAt!: Date;

  /** Of de partner een e-mail over het verzoek krijgt (false: de partner heeft geen e-mailadres en geen account) */
  partnerMailed!: boolean;

  /** Of deze omgeving mail verstuurt (SMTP_URL gezet); false: mail blijft in de outbox en wordt alleen gelogd */
  mailEnabled!: boolean;
}
