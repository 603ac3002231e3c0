import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../../common/auth/current-actor.js';
import type { Actor } from '../../../common/auth/roles.js';
import { OfferingDemandModel } from '../models/offering-demand.model.js';
import { OfferingDemandService } from './offering-demand.service.js';
import { IdArg } from '../../../common/graphql/args.js';

@Resolver(() => OfferingDemandModel)
export class OfferingDemandResolver {
  constructor(private readonly demand: OfferingDemandService) {}

  @Query(() => OfferingDemandModel, {
    description:
      'Waar is dit aanbod het meest nodig (PARTNER_EDITOR van de organisatie, ADMIN): scholen in en net buiten het werkgebied, grootste onvervulde gewogen behoefte eerst',
  })
  offeringDemand(
    @IdArg('offeringId') offeringId: string,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.demand.demand(actor, offeringId, first);
  }
}
