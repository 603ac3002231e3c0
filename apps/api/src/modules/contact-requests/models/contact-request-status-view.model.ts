import { ObjectType } from '@nestjs/graphql';
import { withRequestState } from './contact-request-state.model.js';

@ObjectType('ContactRequestStatusView', {
  description:
    'De stand van een contactverzoek zoals de afzender die via de gemailde link ziet (zonder bericht en adressen)',
})
export class ContactRequestStatusViewModel extends withRequestState(class {}) {
  reference!: string;

  schoolName!: string;

  offeringTitle!: string;

  organisationName!: string;

  createdAt!: Date;

  updatedAt!: Date;

  /** Tot wanneer deze link werkt */
  linkExpiresAt!: Date;
}
