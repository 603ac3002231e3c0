import { Inject, type Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { InterventionTypeModel, TaxonomyService } from '../taxonomy/index.js';
import { ConfirmedResolver } from './confirmed.resolver.js';
import { OfferingModel } from './models/offering.model.js';
import type { OrganisationModel } from './models/organisation.model.js';
import { OrganisationWritesService } from './organisation-writes.service.js';

/**
 * The computed fields of an organisation, resolved alike on every type that is one: the public
 * Organisation and beheer's PendingOrganisation. A subtype inherits the fields in the schema but
 * not their resolvers, so without this each answered INTERNAL_SERVER_ERROR on the queue.
 */
export function OrganisationFieldsResolver(type: Type<OrganisationModel>) {
  @Resolver(() => type, { isAbstract: true })
  abstract class OrganisationFieldsHost extends ConfirmedResolver(type) {
    @Inject(OrganisationWritesService) private readonly profileWrites!: OrganisationWritesService;
    @Inject(TaxonomyService) private readonly taxonomy!: TaxonomyService;

    @ResolveField(() => String, {
      nullable: true,
      description:
        'Waarom de beheerder de aanmelding afwees (alleen voor de eigen PARTNER_EDITOR en ADMIN; anders null)',
    })
    rejectionReason(@Parent() org: OrganisationModel, @CurrentActor() actor: Actor | null) {
      return this.profileWrites.rejectionReason(actor, org.id);
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
  return OrganisationFieldsHost;
}
