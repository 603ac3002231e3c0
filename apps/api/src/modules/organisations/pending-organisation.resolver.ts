import { Resolver } from '@nestjs/graphql';
import { PendingOrganisationModel } from './models/pending-organisation.model.js';
import { OrganisationFieldsResolver } from './organisation-fields.resolver.js';

/** A waiting registration answers the organisation's computed fields as the profile does. */
@Resolver(() => PendingOrganisationModel)
export class PendingOrganisationResolver extends OrganisationFieldsResolver(
  PendingOrganisationModel,
) {}
