import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UndeliveredMail', { description: 'Een mail die (nog) niet is verstuurd' })
export class UndeliveredMailModel {
  @Field(() => ID)
  id!: string;

  recipient!: string;

  subject!: string;

  @Field(() => Int)
  attempts!: number;

  lastError!: string | null;

  /** Opgegeven (geen nieuwe pogingen meer) */
  givenUp!: boolean;

  createdAt!: Date;
}

@ObjectType('MailStatus', { description: 'Hoe de mail-outbox ervoor staat (ADMIN)' })
export class MailStatusModel {
  /** SMTP (verstuurd) of LOG (alleen gelogd, geen SMTP_URL) */
  transport!: string;

  /** Mailserver zonder wachtwoord, of "alleen loggen" */
  description!: string;

  @Field(() => Int, { description: 'Wacht op versturen of een nieuwe poging' })
  pending!: number;

  @Field(() => Int, { description: 'Opgegeven na het maximale aantal pogingen' })
  failed!: number;

  lastError!: string | null;

  lastSentAt!: Date | null;

  /** De laatste 20 mails met een fout (zonder inhoud: die kan een link bevatten) */
  recentProblems!: UndeliveredMailModel[];
}
