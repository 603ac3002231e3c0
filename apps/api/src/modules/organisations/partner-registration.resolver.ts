import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { clientIp } from '../../common/rate-limit/client-ip.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { AccountsService, setSessionCookie, toViewer, ViewerModel } from '../accounts/index.js';
import { authOf, CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { RegisterPartnerInput } from './dto/register-partner.input.js';
import { OrganisationModel } from './models/organisation.model.js';
import { PendingOrganisationModel } from './models/pending-organisation.model.js';
import { RegistrationRequestedModel } from './models/registration-requested.model.js';
import { PartnerRegistrationService } from './partner-registration.service.js';
import { cappedText } from '../../common/validation/capped-text.js';
import { IdArg } from '../../common/graphql/args.js';

@Resolver()
export class PartnerRegistrationResolver {
  constructor(
    private readonly registration: PartnerRegistrationService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => RegistrationRequestedModel, {
    description:
      'Partner meldt zich aan: er gaat een bevestigingslink per e-mail (of, als het adres al een account heeft, een mail die dat zegt); het antwoord is voor elk adres hetzelfde (begrensd per IP-adres en e-mailadres: RATE_LIMITED)',
  })
  registerPartner(
    @Args('input') input: RegisterPartnerInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RegistrationRequestedModel> {
    return this.registration.register(input, clientIp(ctx.req));
  }

  @Mutation(() => ViewerModel, {
    description:
      'De link uit de aanmeldmail: maakt de organisatie (PENDING) en het account aan, en logt in (eenmalig, 24 uur geldig)',
  })
  async confirmRegistration(
    @Args('token') token: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    const session = await this.registration.confirm(token.slice(0, 100));
    // As at login: the session the browser held until now ends with its cookie.
    await this.accounts.logout(authOf(ctx).sessionToken);
    setSessionCookie(ctx, this.config, session.token);
    return toViewer(session.actor, session.csrfToken);
  }

  @Query(() => [PendingOrganisationModel], {
    description: 'Aanmeldingen die wachten, met de e-mailadressen van hun accounts (ADMIN)',
  })
  pendingOrganisations(@CurrentActor() actor: Actor | null) {
    return this.registration.pending(actor);
  }

  @Mutation(() => OrganisationModel, { description: 'Verifieert een organisatie (ADMIN)' })
  verifyOrganisation(
    @IdArg('organisationId') organisationId: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.registration.verify(actor, organisationId);
  }

  @Mutation(() => OrganisationModel, {
    description: 'Wijst een aanmelding af met een reden (ADMIN); terug naar DRAFT',
  })
  rejectOrganisation(
    @IdArg('organisationId') organisationId: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.registration.reject(actor, organisationId, cappedText('reason', reason, 1000));
  }
}
