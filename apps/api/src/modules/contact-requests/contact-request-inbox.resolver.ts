import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { actorOf } from '../../common/auth/current-actor.js';
import { ContactRequestInboxService } from './contact-request-inbox.service.js';
import type { ContactRequestStatus } from './contact-request-status.js';
import { ContactRequestDetailModel } from './models/contact-request-detail.model.js';
import { ContactRequestStatusEnum } from './models/contact-request.model.js';

@Resolver(() => ContactRequestDetailModel)
export class ContactRequestInboxResolver {
  constructor(private readonly inbox: ContactRequestInboxService) {}

  @Query(() => [ContactRequestDetailModel], {
    description: 'Contactverzoeken voor het aanbod van een organisatie (PARTNER_EDITOR, ADMIN)',
  })
  contactRequestInbox(
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.inbox.inbox(actorOf(ctx), organisationId ?? undefined);
  }

  @Query(() => [ContactRequestDetailModel], {
    description: 'De contactverzoeken van een school (SCHOOL_STAFF van die school, ADMIN)',
  })
  schoolContactRequests(
    @Args('vestigingscode') vestigingscode: string,
    @Context() ctx: GraphqlContext,
  ) {
    return this.inbox.forSchool(actorOf(ctx), vestigingscode.slice(0, 6));
  }

  @Mutation(() => ContactRequestDetailModel, {
    description: 'Partner accepteert, wijst af (met reden), of zet op in gesprek / gestart',
  })
  setContactRequestStatus(
    @Args('contactRequestId', { type: () => ID }) contactRequestId: string,
    @Args('status', { type: () => ContactRequestStatusEnum }) status: ContactRequestStatus,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.inbox.setStatus(actorOf(ctx), contactRequestId, status, reason?.slice(0, 1000));
  }
}
