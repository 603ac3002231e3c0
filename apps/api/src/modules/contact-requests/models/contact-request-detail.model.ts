import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ContactRequestStatus } from '../contact-request-status.js';
import { ContactRequestPartiesModel } from './contact-request-parties.model.js';
import { ContactRequestStatusEnum } from './contact-request.model.js';

@ObjectType('ContactRequestDetail', {
  description: 'Een contactverzoek zoals de partner (inbox) of de school het ziet',
})
export class ContactRequestDetailModel extends ContactRequestPartiesModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Leesbaar kenmerk, bijv. PW-2026-00042 (toon dit, niet het id)' })
  reference!: string;

  @Field(() => ContactRequestStatusEnum)
  status!: ContactRequestStatus;

  @Field(() => String, { nullable: true, description: 'Reden bij afwijzen' })
  statusReason!: string | null;

  @Field({ description: 'Naam van de partnerorganisatie' })
  organisationName!: string;

  @Field()
  senderName!: string;

  @Field()
  senderEmail!: string;

  @Field()
  message!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Wanneer de partner het verzoek voor het eerst las; leeg: ongelezen',
  })
  readAt!: Date | null;
}
