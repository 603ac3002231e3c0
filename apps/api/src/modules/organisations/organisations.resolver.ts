import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganisationFieldsResolver } from './organisation-fields.resolver.js';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { OrganisationProfileInput } from './dto/organisation-profile.input.js';
import { Connection } from '../../common/pagination/connection.model.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OrganisationWritesService } from './organisation-writes.service.js';
import { OrganisationsService } from './organisations.service.js';
import { IdArg } from '../../common/graphql/args.js';

const OrganisationConnection = Connection(OrganisationModel, 'OrganisationConnection');

@Resolver(() => OrganisationModel)
export class OrganisationsResolver extends OrganisationFieldsResolver(OrganisationModel) {
  constructor(
    private readonly service: OrganisationsService,
    private readonly writes: OrganisationWritesService,
  ) {
    super();
  }

  @Query(() => OrganisationConnection, { description: 'Partnerorganisaties, alfabetisch' })
  organisations(@Args() args: OrganisationsArgs, @CurrentActor() actor: Actor | null) {
    return this.service.list(args, actor);
  }

  @Query(() => OrganisationModel)
  organisation(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.service.get(id, actor);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Wijzigt het profiel van een organisatie en bevestigt het als actueel (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  updateOrganisation(
    @IdArg('organisationId') organisationId: string,
    @Args('input') input: OrganisationProfileInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.updateProfile(actor, organisationId, input);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Nog actueel: bevestigt de organisatie en al haar niet-gearchiveerde aanbod (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  confirmOrganisation(
    @IdArg('organisationId') organisationId: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.confirm(actor, organisationId);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Een afgewezen aanmelding (DRAFT), verbeterd, opnieuw ter verificatie aanbieden: terug naar PENDING (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  resubmitOrganisation(
    @IdArg('organisationId') organisationId: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.resubmit(actor, organisationId);
  }
}
