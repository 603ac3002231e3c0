import { Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { actorOf } from '../../common/auth/current-actor.js';
import { MailStatusService } from './mail-status.service.js';
import { MailStatusModel } from './models/mail-status.model.js';

@Resolver()
export class MailStatusResolver {
  constructor(private readonly mail: MailStatusService) {}

  @Query(() => MailStatusModel, { description: 'Stand van de mail-outbox (ADMIN)' })
  mailStatus(@Context() ctx: GraphqlContext) {
    return this.mail.forAdmin(actorOf(ctx));
  }
}
