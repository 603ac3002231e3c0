import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { MailStatusService } from './mail-status.service.js';
import { MailStatusModel } from './models/mail-status.model.js';

@Resolver()
export class MailStatusResolver {
  constructor(private readonly mail: MailStatusService) {}

  @Query(() => MailStatusModel, { description: 'Stand van de mail-outbox (ADMIN)' })
  mailStatus(@CurrentActor() actor: Actor | null) {
    return this.mail.forAdmin(actor);
  }
}
