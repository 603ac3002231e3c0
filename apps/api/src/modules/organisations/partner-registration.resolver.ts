import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { clientIp } from '../../common/rate-limit/client-ip.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { setSessionCookie, toViewer, ViewerModel } from '../accounts/index.js';
import { actorOf } from '../../common/auth/current-actor.js';
import { RegisterPartnerInput } from './dto/register-partner.input.js';
import { OrganisationModel } from './models/organisation.model.js';
import { PartnerRegistrationService } from './partner-registration.service.js';

@Resolver()
export class PartnerRegistrationResolver {
  constructor(
    private readonly registration: PartnerRegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => ViewerModel, {
    description: 'Partner meldt zich aan: organisatie (PENDING) + account, en is ingelogd',
  })
  async registerPartner(
    @Args('input') input: RegisterPartnerInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    const session = await this.registration.register(input, clientIp(ctx.req));
    setSessionCookie(ctx, this.config, session.token);
    return toViewer(session.actor, session.csrfToken);
  }

  @Query(() => [OrganisationModel], { description: 'Aanmeldingen die wachten (ADMIN)' })
  pendingOrganisations(@Context() ctx: GraphqlContext) {
    return this.registration.pending(actorOf(ctx));
  }

  @Mutation(() => OrganisationModel, { description: 'Verifieert een organisatie (ADMIN)' })
  verifyOrganisation(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Context() ctx: GraphqlContext,
  ) {
    return this.registration.verify(actorOf(ctx), organisationId);
  }

  @Mutation(() => OrganisationModel, {
    description: 'Wijst een aanmelding af met een reden (ADMIN); terug naar DRAFT',
  })
  rejectOrganisation(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphqlContext,
  ) {
    return this.registration.reject(actorOf(ctx), organisationId, reason.slice(0, 1000));
  }
}
