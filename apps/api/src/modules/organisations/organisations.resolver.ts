import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ConfirmedResolver } from './confirmed.resolver.js';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { OrganisationProfileInput } from './dto/organisation-profile.input.js';
import { Connection } from '../../common/pagination/connection.model.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { OfferingModel } from './models/offering.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { InterventionTypeModel, TaxonomyService } from '../taxonomy/index.js';
import { OrganisationWritesService } from './organisation-writes.service.js';
import { OrganisationsService } from './organisations.service.js';
import { IdArg } from '../../common/graphql/args.js';

const OrganisationConnection = Connection(OrganisationModel, 'OrganisationConnection');

@Resolver(() => OrganisationModel)
export class OrganisationsResolver extends ConfirmedResolver(OrganisationModel) {
  constructor(
    private readonly service: OrganisationsService,
    private readonly writes: OrganisationWritesService,
    private readonly taxonomy: TaxonomyService,
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

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Waarom de beheerder de aanmelding afwees (alleen voor de eigen PARTNER_EDITOR en ADMIN; anders null)',
  })
  rejectionReason(@Parent() org: OrganisationModel, @CurrentActor() actor: Actor | null) {
    return this.writes.rejectionReason(actor, org.id);
  }

  @ResolveField(() => [InterventionTypeModel], {
    description:
      'De soorten interventie van zijn aanbod, elk eenmaal: wat een lijst van partners toont zonder al het aanbod op te vragen',
  })
  async interventionTypes(@Parent() org: OrganisationModel, @Context() ctx: GraphqlContext) {
    const offerings = await ctx.loaders.offeringsByOrganisation.load(org.id);
    return this.taxonomy.manyByCodes([...new Set(offerings.flatMap((o) => o.interventionCodes))]);
  }

  @ResolveField(() => [OfferingModel], { description: 'Aanbod (zonder gearchiveerd aanbod)' })
  offerings(@Parent() org: OrganisationModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offeringsByOrganisation.load(org.id);
  }
}
