import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { Connection } from '../../common/pagination/connection.model.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import { OfferingModel } from './models/offering.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';

const OrganisationConnection = Connection(OrganisationModel, 'OrganisationConnection');

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationConnection, { description: 'Partnerorganisaties, alfabetisch' })
  organisations(@Args() args: OrganisationsArgs) {
    return this.service.list(args);
  }

  @Query(() => OrganisationModel)
  organisation(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => [OfferingModel], { description: 'Aanbod (zonder gearchiveerd aanbod)' })
  offerings(@Parent() org: OrganisationModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.offeringsByOrganisation.load(org.id);
  }
}
