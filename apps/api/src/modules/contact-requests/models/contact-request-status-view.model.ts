import { Field, ObjectType } from '@nestjs/graphql';
import type { ContactRequestStatus } from '../contact-request-status.js';
import { ContactRequestStatusEnum } from './contact-request.model.js';

@ObjectType('ContactRequestStatusView', {
  description:
    'De stand van een contactverzoek zoals de afzender die via de gemailde link ziet (zonder bericht en adressen)',
})
export class ContactRequestStatusViewModel {
  @Field()
  reference!: string;

  @Field(() => ContactRequestStatusEnum)
  status!: ContactRequestStatus;

  @Field(() => String, { nullable: true, description: 'Reden bij afwijzen' })
  statusReason!: string | null;

  @Field()
  schoolName!: string;

  @Field()
  offeringTitle!: string;

  @Field()
  organisationName!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'Tot wanneer deze link werkt' })
  linkExpiresAt!: Date;
}
