import { ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('PendingOrganisation', {
  description: 'Een aanmelding die wacht op verificatie, zoals beheer haar ziet (alleen ADMIN)',
})
export class PendingOrganisationModel extends OrganisationModel {
  /** De e-mailadressen van de accounts van de organisatie (wie zich aanmeldde), oudste eerst;
   * alleen hier, in de wachtrij van beheer, nooit in het openbare profiel */
  accountEmails!: string[];
}
