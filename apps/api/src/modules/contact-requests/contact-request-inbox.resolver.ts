import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { ContactRequestInboxService, INBOX_LIMIT } from './contact-request-inbox.service.js';
import type { ContactRequestStatus } from './contact-request-status.js';
import { ContactRequestDetailModel } from './models/contact-request-detail.model.js';
import { ContactRequestStatusViewModel } from './models/contact-request-status-view.model.js';
import { ContactRequestStatusEnum } from './models/contact-request.model.js';
import { cappedText } from '../../common/validation/capped-text.js';
import { IdArg, OptionalIdArg, OptionalTextArg } from '../../common/graphql/args.js';

// The inbox, a school's requests and their totals filter alike: only requests with one of these
// statuses.
const STATUSES_ARG = { type: () => [ContactRequestStatusEnum], nullable: true } as const;

// The inbox and a school's requests page on by 500 from the last request the page has (not by
// a count to skip, which shifts when a loaded request leaves the list or a new one arrives).
const BEFORE_ARG = {
  type: () => ID,
  nullable: true,
  description: `Het id van het laatste verzoek dat de pagina al heeft: dan komen de ${INBOX_LIMIT} verzoeken die in deze volgorde daarna komen; leeg: de nieuwste (the id of the last request the page already has: then the next ${INBOX_LIMIT} after it in this order; empty: the newest)`,
} as const;

// Mailed tokens are 43 characters; anything much longer is not worth a lookup.
const token = (value: string) => value.trim().slice(0, 100);

/** The status the answering page saw; an answer to a status changed meanwhile is refused. */
const EXPECTED_STATUS = {
  type: () => ContactRequestStatusEnum,
  nullable: true,
  description:
    'De stand die de pagina zag; is die intussen anders, dan wordt het antwoord geweigerd (CONFLICT op expectedStatus) en niets opgeslagen of gemaild, tenzij hetzelfde antwoord al geldt: dan komt het verzoek terug zoals het is (the status the page saw; an answer to a status changed meanwhile is refused, unless the same answer already holds: then the request is returned as it is)',
};

@Resolver(() => ContactRequestDetailModel)
export class ContactRequestInboxResolver {
  constructor(private readonly inbox: ContactRequestInboxService) {}

  @Query(() => [ContactRequestDetailModel], {
    description:
      'De nieuwste 500 contactverzoeken voor het aanbod van een organisatie (verder bladeren met before), desgewenst alleen met deze standen; het totaal geeft contactRequestInboxTotal (PARTNER_EDITOR, ADMIN)',
  })
  contactRequestInbox(
    @OptionalIdArg('organisationId') organisationId: string | undefined,
    @Args('statuses', STATUSES_ARG) statuses: ContactRequestStatus[] | undefined,
    @Args('before', BEFORE_ARG) before: string | null | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.inbox(
      actor,
      organisationId ?? undefined,
      statuses ?? undefined,
      before ?? undefined,
    );
  }

  @Query(() => Int, {
    description:
      'Hoeveel contactverzoeken de inbox met deze standen in totaal heeft; contactRequestInbox toont de nieuwste 500 (PARTNER_EDITOR, ADMIN)',
  })
  contactRequestInboxTotal(
    @OptionalIdArg('organisationId') organisationId: string | undefined,
    @Args('statuses', STATUSES_ARG) statuses: ContactRequestStatus[] | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.inboxTotal(actor, organisationId ?? undefined, statuses ?? undefined);
  }

  @Query(() => Int, {
    description: 'Aantal ongelezen contactverzoeken van een organisatie (PARTNER_EDITOR, ADMIN)',
  })
  contactRequestUnreadCount(
    @OptionalIdArg('organisationId') organisationId: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.unreadCount(actor, organisationId ?? undefined);
  }

  @Query(() => [ContactRequestDetailModel], {
    description:
      'De nieuwste 500 contactverzoeken van een school (verder bladeren met before), desgewenst alleen met deze standen; het totaal geeft schoolContactRequestsTotal (SCHOOL_STAFF van die school, ADMIN)',
  })
  schoolContactRequests(
    @Args('vestigingscode') vestigingscode: string,
    @Args('statuses', STATUSES_ARG) statuses: ContactRequestStatus[] | undefined,
    @Args('before', BEFORE_ARG) before: string | null | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.forSchool(actor, vestigingscode, statuses ?? undefined, before ?? undefined);
  }

  @Query(() => Int, {
    description:
      'Hoeveel contactverzoeken (met deze standen) een school in totaal heeft; schoolContactRequests toont de nieuwste 500 (SCHOOL_STAFF van die school, ADMIN)',
  })
  schoolContactRequestsTotal(
    @Args('vestigingscode') vestigingscode: string,
    @Args('statuses', STATUSES_ARG) statuses: ContactRequestStatus[] | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.forSchoolTotal(actor, vestigingscode, statuses ?? undefined);
  }

  @Mutation(() => ContactRequestDetailModel, {
    description:
      'Markeert een contactverzoek als gelezen (PARTNER_EDITOR van die organisatie, ADMIN)',
  })
  markContactRequestRead(
    @IdArg('contactRequestId') contactRequestId: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.markRead(actor, contactRequestId);
  }

  @Mutation(() => ContactRequestDetailModel, {
    description: 'Partner accepteert, wijst af (met reden), of zet op in gesprek / gestart',
  })
  setContactRequestStatus(
    @IdArg('contactRequestId') contactRequestId: string,
    @Args('status', { type: () => ContactRequestStatusEnum }) status: ContactRequestStatus,
    @OptionalTextArg('reason') reason: string | undefined,
    @Args('expectedStatus', EXPECTED_STATUS) expectedStatus: ContactRequestStatus | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.inbox.setStatus(
      actor,
      contactRequestId,
      status,
      cappedText('reason', reason, 1000),
      expectedStatus ?? undefined,
    );
  }

  // Public, guarded by the mailed link itself (a partner without an account).
  @Query(() => ContactRequestDetailModel, {
    description:
      'Het contactverzoek achter de gemailde antwoordlink van een partner zonder account; openen telt als lezen (LINK_INVALID, LINK_EXPIRED, LINK_WRONG_PURPOSE)',
  })
  contactRequestByAnswerLink(@Args('token') value: string) {
    return this.inbox.byAnswerLink(token(value));
  }

  @Mutation(() => ContactRequestDetailModel, {
    description:
      'Een partner zonder account beantwoordt het verzoek via de gemailde antwoordlink; een statuslink kan dit niet',
  })
  answerContactRequestByLink(
    @Args('token') value: string,
    @Args('status', { type: () => ContactRequestStatusEnum }) status: ContactRequestStatus,
    @OptionalTextArg('reason') reason: string | undefined,
    @Args('expectedStatus', EXPECTED_STATUS) expectedStatus: ContactRequestStatus | undefined,
  ) {
    return this.inbox.answerByLink(
      token(value),
      status,
      cappedText('reason', reason, 1000),
      expectedStatus ?? undefined,
    );
  }

  @Query(() => ContactRequestStatusViewModel, {
    description: 'De stand van een contactverzoek via de gemailde statuslink van de afzender',
  })
  contactRequestStatusByLink(@Args('token') value: string) {
    return this.inbox.statusByLink(token(value));
  }
}
