import { Field, ObjectType } from '@nestjs/graphql';
import type { CollaborationStatus } from '@partnerwijzer/domain';
import { CollaborationStatusEnum } from '../../../common/graphql/enums.js';
import { withRequestState } from './contact-request-state.model.js';

@ObjectType('ContactRequestCollaboration', {
  description:
    'De samenwerking die uit een contactverzoek ontstond, zoals de afzender die via de statuslink ziet: naam, stand en periode (geen doelen, financiering, monitoring of andere partijen)',
})
export class ContactRequestCollaborationModel {
  /** Naam van de samenwerking */
  title!: string;

  @Field(() => CollaborationStatusEnum)
  status!: CollaborationStatus;

  /** Begindatum (ISO) */
  startsOn!: string;

  /** Einddatum (ISO) */
  endsOn!: string;
}

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

  @Field(() => ContactRequestCollaborationModel, {
    nullable: true,
    description: 'De samenwerking die uit dit verzoek ontstond, als die er is',
  })
  collaboration!: ContactRequestCollaborationModel | null;
}
