import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CollaborationStatus } from '@partnerwijzer/domain';
import { actorOf } from '../../common/auth/current-actor.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { AgreementsService } from './agreements.service.js';
import { CollaborationsService } from './collaborations.service.js';
import {
  AgreementInput,
  CreateCollaborationInput,
  MonitoringInput,
  UpdateCollaborationInput,
} from './dto/collaboration.input.js';
import {
  AgreementCoverageModel,
  AgreementModel,
  CollaborationRecordModel,
  CollaborationStatusEnum,
  FundingRouteModel,
  MunicipalityMonitoringModel,
} from './models/collaboration.model.js';

@Resolver(() => CollaborationRecordModel)
export class CollaborationsResolver {
  constructor(
    private readonly records: CollaborationsService,
    private readonly agreements: AgreementsService,
  ) {}

  @Query(() => [FundingRouteModel], {
    description: 'De catalogus van financieringsroutes, met geldigheid (openbaar)',
  })
  fundingRoutes() {
    return this.records.fundingRoutes();
  }

  @Query(() => CollaborationRecordModel, {
    description:
      'Eén samenwerking (haar partijen, ambtenaren van de gemeente van een van haar scholen, ADMIN)',
  })
  collaboration(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext) {
    return this.records.get(actorOf(ctx), id);
  }

  @Query(() => [CollaborationRecordModel], {
    description:
      'De eigen samenwerkingen (ingelogd); met municipalityCode die van een gemeente (haar ambtenaren, ADMIN)',
  })
  collaborations(
    @Args('municipalityCode', { type: () => String, nullable: true }) code: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.records.list(actorOf(ctx), code);
  }

  @Mutation(() => CollaborationRecordModel, {
    description:
      'Legt een samenwerking vast, direct of uit een geaccepteerde contactaanvraag (de maker is partij)',
  })
  createCollaboration(
    @Args('input') input: CreateCollaborationInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.records.create(actorOf(ctx), input);
  }

  @Mutation(() => CollaborationRecordModel, {
    description:
      'Wijzigt naam, doelen, periode of financiering van een samenwerking (partijen); komt in de geschiedenis',
  })
  updateCollaboration(
    @Args('input') input: UpdateCollaborationInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.records.update(actorOf(ctx), input);
  }

  @Mutation(() => CollaborationRecordModel, {
    description: 'Zet de status van een samenwerking (partijen); komt in de geschiedenis',
  })
  setCollaborationStatus(
    @Args('collaborationId', { type: () => ID }) id: string,
    @Args('status', { type: () => CollaborationStatusEnum }) status: CollaborationStatus,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.records.setStatus(actorOf(ctx), id, status, note?.slice(0, 5000));
  }

  @Mutation(() => CollaborationRecordModel, {
    description: 'Legt de monitoring van één schooljaar vast (partijen); alleen aantallen',
  })
  recordCollaborationMonitoring(
    @Args('input') input: MonitoringInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.records.recordMonitoring(actorOf(ctx), input);
  }

  @Query(() => [AgreementModel], {
    description: 'LEA-afspraken van een gemeente (haar ambtenaren, ADMIN)',
  })
  leaAgreements(@Args('municipalityCode') code: string, @Context() ctx: GraphqlContext) {
    return this.agreements.list(actorOf(ctx), code);
  }

  @Mutation(() => AgreementModel, {
    description: 'Legt een LEA-afspraak vast of vervangt haar (ambtenaren van die gemeente, ADMIN)',
  })
  saveLeaAgreement(@Args('input') input: AgreementInput, @Context() ctx: GraphqlContext) {
    return this.agreements.save(actorOf(ctx), input);
  }

  @Query(() => AgreementCoverageModel, {
    description:
      'Per afgesproken thema: welke scholen een lopende samenwerking hebben en welke niet (ambtenaren, ADMIN)',
  })
  leaAgreementCoverage(
    @Args('agreementId', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ) {
    return this.agreements.coverage(actorOf(ctx), id);
  }

  @Query(() => MunicipalityMonitoringModel, {
    description: 'Monitoring van de samenwerkingen van een gemeente, per thema (ambtenaren, ADMIN)',
  })
  municipalityMonitoring(
    @Args('municipalityCode') code: string,
    @Args('schoolYear', { type: () => String, nullable: true }) year: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.agreements.monitoring(actorOf(ctx), code, year);
  }

  @Query(() => String, {
    description:
      'De monitoring als CSV (;, UTF-8 met BOM), één regel per samenwerking en schooljaar',
  })
  municipalityMonitoringCsv(
    @Args('municipalityCode') code: string,
    @Args('schoolYear', { type: () => String, nullable: true }) year: string | undefined,
    @Context() ctx: GraphqlContext,
  ) {
    return this.agreements.monitoringCsv(actorOf(ctx), code, year);
  }
}
