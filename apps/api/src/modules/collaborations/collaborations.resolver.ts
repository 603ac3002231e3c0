import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CollaborationStatus } from '@partnerwijzer/domain';
import { CurrentActor } from '../../common/auth/current-actor.js';
import type { Actor } from '../../common/auth/roles.js';
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
import { cappedText } from '../../common/validation/capped-text.js';
import { IdArg, OptionalTextArg } from '../../common/graphql/args.js';

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
  collaboration(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.records.get(actor, id);
  }

  @Query(() => [CollaborationRecordModel], {
    description:
      'De eigen samenwerkingen (ingelogd); met municipalityCode die van een gemeente (haar ambtenaren, ADMIN)',
  })
  collaborations(
    @OptionalTextArg('municipalityCode') code: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.records.list(actor, code);
  }

  @Mutation(() => CollaborationRecordModel, {
    description:
      'Legt een samenwerking vast, direct of uit een geaccepteerde contactaanvraag (de maker is partij)',
  })
  createCollaboration(
    @Args('input') input: CreateCollaborationInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.records.create(actor, input);
  }

  @Mutation(() => CollaborationRecordModel, {
    description:
      'Wijzigt naam, doelen, periode of financiering van een samenwerking (partijen); komt in de geschiedenis',
  })
  updateCollaboration(
    @Args('input') input: UpdateCollaborationInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.records.update(actor, input);
  }

  @Mutation(() => CollaborationRecordModel, {
    description: 'Zet de status van een samenwerking (partijen); komt in de geschiedenis',
  })
  setCollaborationStatus(
    @IdArg('collaborationId') id: string,
    @Args('status', { type: () => CollaborationStatusEnum }) status: CollaborationStatus,
    @OptionalTextArg('note') note: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.records.setStatus(actor, id, status, cappedText('note', note, 5000));
  }

  @Mutation(() => CollaborationRecordModel, {
    description: 'Legt de monitoring van één schooljaar vast (partijen); alleen aantallen',
  })
  recordCollaborationMonitoring(
    @Args('input') input: MonitoringInput,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.records.recordMonitoring(actor, input);
  }

  @Query(() => [AgreementModel], {
    description: 'LEA-afspraken van een gemeente (haar ambtenaren, ADMIN)',
  })
  leaAgreements(@Args('municipalityCode') code: string, @CurrentActor() actor: Actor | null) {
    return this.agreements.list(actor, code);
  }

  @Mutation(() => AgreementModel, {
    description: 'Legt een LEA-afspraak vast of vervangt haar (ambtenaren van die gemeente, ADMIN)',
  })
  saveLeaAgreement(@Args('input') input: AgreementInput, @CurrentActor() actor: Actor | null) {
    return this.agreements.save(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Verwijdert een LEA-afspraak met haar thema’s (ambtenaren van die gemeente, ADMIN); komt in het auditlog',
  })
  deleteLeaAgreement(@IdArg('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.agreements.remove(actor, id);
  }

  @Query(() => AgreementCoverageModel, {
    description:
      'Per afgesproken thema: welke scholen een lopende samenwerking hebben en welke niet (ambtenaren, ADMIN)',
  })
  leaAgreementCoverage(@IdArg('agreementId') id: string, @CurrentActor() actor: Actor | null) {
    return this.agreements.coverage(actor, id);
  }

  @Query(() => MunicipalityMonitoringModel, {
    description: 'Monitoring van de samenwerkingen van een gemeente, per thema (ambtenaren, ADMIN)',
  })
  municipalityMonitoring(
    @Args('municipalityCode') code: string,
    @OptionalTextArg('schoolYear') year: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.agreements.monitoring(actor, code, year);
  }

  @Query(() => String, {
    description:
      'De monitoring als CSV (;, UTF-8 met BOM), één regel per samenwerking en schooljaar',
  })
  municipalityMonitoringCsv(
    @Args('municipalityCode') code: string,
    @OptionalTextArg('schoolYear') year: string | undefined,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.agreements.monitoringCsv(actor, code, year);
  }
}
