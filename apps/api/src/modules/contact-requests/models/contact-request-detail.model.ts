import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import { ContactRequestPartiesModel } from './contact-request-parties.model.js';
import { withRequestState } from './contact-request-state.model.js';

@ObjectType('ContactRequestDetail', {
  description: 'Een contactverzoek zoals de partner (inbox) of de school het ziet',
})
export class ContactRequestDetailModel extends withRequestState(ContactRequestPartiesModel) {
  @Field(() => ID)
  id!: string;

  /** Leesbaar kenmerk, bijv. PW-2026-00042 (toon dit, niet het id) */
  reference!: string;

  /** Naam van de partnerorganisatie */
  organisationName!: string;

  @Field(() => [InterventionCodeEnum], {
    description:
      'De soorten hulp (interventiecodes) van het aanbod; het formulier voor een samenwerking uit dit verzoek begint ermee',
  })
  offeringInterventionCodes!: string[];

  senderName!: string;

  senderEmail!: string;

  message!: string;

  createdAt!: Date;

  updatedAt!: Date;

  /** Wanneer de partner het verzoek voor het eerst las; leeg: ongelezen */
  readAt!: Date | null;

  /** Alleen bij een antwoord met expectedStatus (setContactRequestStatus, answerContactRequestByLink): true als precies dit antwoord al gold (een ander venster, de e-maillink, een collega), zodat niets opnieuw is opgeslagen, gelogd of gemaild; bij een nieuw antwoord en bij elke lezing false (only on an answer with expectedStatus: true when this very answer already held, so nothing was written, audited or mailed again; false on a new answer and on every read) */
  alreadyAnswered!: boolean;
}
