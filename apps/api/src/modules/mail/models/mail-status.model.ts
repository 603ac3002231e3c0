import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UndeliveredMail', { description: 'Een mail die (nog) niet is verstuurd' })
export class UndeliveredMailModel {
  @Field(() => ID)
  id!: string;

  @Field()
  recipient!: string;

  @Field()
  subject!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field({ description: 'Opgegeven (geen nieuwe pogingen meer)' })
  givenUp!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('MailStatus', { description: 'Hoe de mail-outbox ervoor staat (ADMIN)' })
export class MailStatusModel {
  @Field({ description: 'SMTP (verstuurd) of LOG (alleen gelogd, geen SMTP_URL)' })
  transport!: string;

  @Field({ description: 'Mailserver zonder wachtwoord, of "alleen loggen"' })
  description!: string;

  @Field(() => Int, { description: 'Wacht op versturen of een nieuwe poging' })
  pending!: number;

  @Field(() => Int, { description: 'Opgegeven na het maximale aantal pogingen' })
  failed!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastSentAt!: Date | null;

  @Field(() => [UndeliveredMailModel], {
    description: 'De laatste 20 mails met een fout (zonder inhoud: die kan een link bevatten)',
  })
  recentProblems!: UndeliveredMailModel[];
}
