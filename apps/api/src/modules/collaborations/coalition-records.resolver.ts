import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../../common/auth/current-actor.js';
import { type Actor, forbidden } from '../../common/auth/roles.js';
import { MunicipalityCoalitionsModel } from '../municipality-view/index.js';
import { CollaborationsService } from './collaborations.service.js';
import { CollaborationRecordModel } from './models/collaboration.model.js';

// The municipality view's coalitions, as records: the `collaborations` list holds contact
// requests that were accepted and did not (yet) become a record; `records` holds the agreed
// collaborations, each naming the request it came from (contactRequestId), so a request that
// became a collaboration is listed and counted once.
@Resolver(() => MunicipalityCoalitionsModel)
export class CoalitionRecordsResolver {
  constructor(private readonly service: CollaborationsService) {}

  @ResolveField(() => [CollaborationRecordModel], {
    description:
      'De vastgelegde samenwerkingen met een school in deze gemeente of met de gemeente als partij',
  })
  async records(
    @Parent() parent: MunicipalityCoalitionsModel,
    @CurrentActor() actor: Actor | null,
  ) {
    // The parent query already checked the caller; checked again so the field cannot leak.
    if (!actor) throw forbidden();
    return this.service.inMunicipality(actor, parent.municipalityCode);
  }
}
