import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { OfferingStatus } from '@partnerwijzer/domain';
import { OfferingStatusEnum } from '../../common/graphql/enums.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ConfirmedResolver } from './confirmed.resolver.js';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
import { InterventionTypeModel, TaxonomyService } from '../taxonomy/index.js';
import { SetOfferingCoverageInput } from './dto/coverage-area.input.js';
import { CreateOfferingInput, OfferingFieldsInput } from './dto/offering.input.js';
import { CoverageAreaModel } from './models/coverage-area.model.js';
import { CoverageReachModel } from './models/coverage-reach.model.js';
import { OfferingModel } from './models/offering.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OfferingWritesService } from './offering-writes.service.js';
import { OfferingsService } from './offerings.service.js';
import { IdArg } from '../../common/graphql/args.js';

@Resolver(() => OfferingModel)
export class OfferingsResolver extends ConfirmedResolver(OfferingModel) {
  constructor(
    private readonly offerings: OfferingsService,
    private readonly taxonomy: TaxonomyService,
    private readonly writes: OfferingWritesService,
  ) {
    super();
  }

  @Query(() => OfferingModel)
  offering(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.offerings.get(id, actor);
  }

  @Query(() => [OfferingModel], {
    description:
      'Al het aanbod van een organisatie, ook gepauzeerd en gearchiveerd (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  editableOfferings(
    @IdArg('organisationId') organisationId: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.offerings.editable(actor, organisationId);
  }

  @Query(() => [OfferingModel], {
    description:
      'Aanbod dat STALE_AFTER_MONTHS maanden niet is bevestigd, oudste eerst (ADMIN; zonder gearchiveerd)',
  })
  staleOfferings(
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.offerings.stale(actor, limit);
  }

  @Mutation(() => OfferingModel, {
    description: 'Nog actueel: bevestigt één aanbod zonder iets te wijzigen',
  })
  confirmOffering(@IdArg('offeringId') offeringId: string, @CurrentActor() actor: Actor | null) {
    return this.writes.confirm(actor, offeringId);
  }

  @Mutation(() => OfferingModel, {
    description:
      'Vervangt alle werkgebieden van een aanbod (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  setOfferingCoverage(
    @Args('input') input: SetOfferingCoverageInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.setCoverage(actor, input);
  }

  @Query(() => CoverageReachModel, {
    description:
      'Wat deze werkgebieden zouden bereiken (scholen, gemeenten, km², waarschuwingen), zonder op te slaan; zelfde rechten en controles als setOfferingCoverage',
  })
  previewOfferingCoverage(
    @Args('input') input: SetOfferingCoverageInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<CoverageReachModel> {
    return this.writes.previewCoverage(actor, input);
  }

  @Mutation(() => OfferingModel, {
    description: 'Nieuw aanbod voor een organisatie (PARTNER_EDITOR van de organisatie of ADMIN)',
  })
  createOffering(@Args('input') input: CreateOfferingInput, @CurrentActor() actor: Actor | null) {
    return this.writes.create(actor, input);
  }

  @Mutation(() => OfferingModel, {
    description: 'Wijzigt de gegeven velden van een aanbod en bevestigt het als actueel',
  })
  updateOffering(
    @IdArg('offeringId') offeringId: string,
    @Args('input') input: OfferingFieldsInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.update(actor, offeringId, input);
  }

  @Mutation(() => OfferingModel, {
    description: 'Zet een aanbod actief, gepauzeerd of gearchiveerd',
  })
  setOfferingStatus(
    @IdArg('offeringId') offeringId: string,
    @Args('status', { type: () => OfferingStatusEnum }) status: OfferingStatus,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.writes.setStatus(actor, offeringId, status);
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() offering: OfferingModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.organisation.load(offering.organisationId);
  }

  @ResolveField(() => [CoverageAreaModel], {
    description: 'Werkgebieden: waar dit aanbod scholen bereikt',
  })
  coverage(@Parent() offering: OfferingModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.coverageByOffering.load(offering.id);
  }

  @ResolveField(() => [InterventionTypeModel])
  interventionTypes(@Parent() offering: OfferingModel) {
    return this.taxonomy.manyByCodes(offering.interventionCodes);
  }
}
