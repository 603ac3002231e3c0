import { Field, ObjectType } from '@nestjs/graphql';
import { withRequestState } from './contact-request-state.model.js';

@ObjectType('ContactRequestStatusView', {
  description:
    'De stand van een contactverzoek zoals de afzender die via de gemailde link ziet (zonder bericht en adressen)',
})
export class ContactRequestStatusViewModel extends withRequestState(class {}) {
  @Field()
  reference!: string;

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
