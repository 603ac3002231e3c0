import { ObjectType } from '@nestjs/graphql';

@ObjectType('RegistrationRequested', {
  description:
    'Aanmelding ontvangen: de rest gaat per e-mail (hetzelfde antwoord voor elk adres, ook als er al een account is)',
})
export class RegistrationRequestedModel {
  /** Wat de aanmelder nu moet doen (Nederlands, dan Engels) */
  message!: string;

  /** Hoe lang de link in de mail geldig is, in uren */
  validHours!: number;
}
