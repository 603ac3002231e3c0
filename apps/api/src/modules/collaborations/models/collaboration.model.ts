import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  COLLABORATION_STATUSES,
  FUNDING_WARNINGS,
  GOAL_ATTAINMENTS,
  type CollaborationStatus,
  type FundingRouteCode,
  type FundingWarningKind,
  type GoalAttainment,
} from '@partnerwijzer/domain';
import {
  enumOf,
  FundingRouteCodeEnum,
  InterventionCodeEnum,
} from '../../../common/graphql/enums.js';

export { FundingRouteCodeEnum };

export const CollaborationStatusEnum = enumOf(COLLABORATION_STATUSES);
export const FundingWarningKindEnum = enumOf(FUNDING_WARNINGS);
export const GoalAttainmentEnum = enumOf(GOAL_ATTAINMENTS);
registerEnumType(CollaborationStatusEnum, {
  name: 'CollaborationStatus',
  description: 'In voorbereiding, loopt, gepauzeerd, afgerond of gestopt',
});
registerEnumType(FundingWarningKindEnum, { name: 'FundingWarningKind' });
registerEnumType(GoalAttainmentEnum, {
  name: 'GoalAttainment',
  description: 'Doel niet, deels of wel behaald',
});

@ObjectType('FundingRoute', { description: 'Een financieringsroute uit de catalogus' })
export class FundingRouteModel {
  @Field(() => FundingRouteCodeEnum)
  code!: FundingRouteCode;
  @Field()
  nl!: string;
  @Field()
  en!: string;
  @Field(() => String, { nullable: true, description: 'Eerste dag (ISO), null als onbekend' })
  validFrom!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Laatste dag (ISO), null als open of onbekend',
  })
  validUntil!: string | null;
  @Field({ description: 'Eenmalig geld' })
  oneOff!: boolean;
  @Field({ description: 'Een regel moet de naam van het fonds noemen' })
  needsName!: boolean;
  @Field({ description: 'De route is vandaag beëindigd' })
  ended!: boolean;
}

@ObjectType('FundingLine')
export class FundingLineModel {
  @Field(() => FundingRouteCodeEnum)
  routeCode!: FundingRouteCode;
  @Field(() => String, { nullable: true })
  fundName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Bedrag in hele euro' })
  amountEur!: number | null;
  @Field(() => String, { nullable: true })
  validFrom!: string | null;
  @Field(() => String, { nullable: true })
  validUntil!: string | null;
}

@ObjectType('FundingWarning', {
  description: 'Wat een lezer vandaag over de financiering moet weten',
})
export class FundingWarningModel {
  @Field(() => FundingWarningKindEnum)
  kind!: FundingWarningKind;
  @Field(() => FundingRouteCodeEnum)
  routeCode!: FundingRouteCode;
  @Field(() => String, { nullable: true })
  date!: string | null;
  @Field()
  nl!: string;
  @Field()
  en!: string;
}

/** A school by its code and name, as the collaboration views list it. */
@ObjectType({ isAbstract: true })
abstract class NamedSchoolModel {
  @Field()
  vestigingscode!: string;
  @Field()
  name!: string;
}

@ObjectType('CollaborationSchool')
export class CollaborationSchoolModel extends NamedSchoolModel {
  @Field()
  municipalityCode!: string;
}

@ObjectType('CollaborationPartner')
export class CollaborationPartnerModel {
  @Field(() => ID)
  organisationId!: string;
  @Field()
  name!: string;
}

@ObjectType('CollaborationStatusChange')
export class StatusChangeModel {
  @Field(() => CollaborationStatusEnum, { nullable: true })
  fromStatus!: CollaborationStatus | null;
  @Field(() => CollaborationStatusEnum)
  toStatus!: CollaborationStatus;
  @Field(() => String, { nullable: true })
  note!: string | null;
  @Field({ description: 'Wie (account)' })
  changedBy!: string;
  @Field()
  changedAt!: Date;
}

@ObjectType('CollaborationMonitoring', {
  description: 'Monitoring van één schooljaar: alleen aantallen, nooit leerlinggegevens',
})
export class MonitoringModel {
  @Field(() => ID)
  collaborationId!: string;
  @Field()
  schoolYear!: string;
  @Field(() => Int, { nullable: true, description: 'Bereikte leerlingen (aantal)' })
  pupilsReached!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bereikte groepen (aantal)' })
  groupsReached!: number | null;
  @Field(() => Int, { nullable: true, description: 'Gegeven bijeenkomsten' })
  sessionsDelivered!: number | null;
  @Field(() => Float, { nullable: true, description: 'Gegeven uren' })
  hoursDelivered!: number | null;
  @Field(() => GoalAttainmentEnum, { nullable: true })
  goalAttainment!: GoalAttainment | null;
  @Field(() => String, { nullable: true })
  evaluationNote!: string | null;
  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;
  @Field()
  updatedBy!: string;
  @Field()
  updatedAt!: Date;
}

@ObjectType('CollaborationRecord', {
  description:
    'Een samenwerking: scholen, partners en eventueel de gemeente, met doelen, periode, financiering en geschiedenis',
})
export class CollaborationRecordModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field(() => CollaborationStatusEnum)
  status!: CollaborationStatus;
  @Field({ description: 'Begindatum (ISO)' })
  startsOn!: string;
  @Field({ description: 'Einddatum (ISO)' })
  endsOn!: string;
  @Field(() => [String], { description: 'De schooljaren die de periode raakt' })
  schoolYears!: string[];
  @Field(() => [String])
  goals!: string[];
  @Field(() => String, { nullable: true, description: 'Schoolbestuur (naam)' })
  schoolBoard!: string | null;
  @Field(() => String, { nullable: true, description: 'De gemeente als partij' })
  municipalityCode!: string | null;
  @Field(() => [CollaborationSchoolModel])
  schools!: CollaborationSchoolModel[];
  @Field(() => [CollaborationPartnerModel])
  partners!: CollaborationPartnerModel[];
  @Field(() => [InterventionCodeEnum])
  interventionCodes!: string[];
  @Field(() => [FundingLineModel])
  funding!: FundingLineModel[];
  @Field(() => [FundingWarningModel])
  fundingWarnings!: FundingWarningModel[];
  @Field(() => [StatusChangeModel])
  history!: StatusChangeModel[];
  @Field(() => [MonitoringModel])
  monitoring!: MonitoringModel[];
  @Field(() => ID, { nullable: true, description: 'De contactaanvraag waaruit zij ontstond' })
  contactRequestId!: string | null;
  @Field({ description: 'Of de vrager partij is (wijzigen, monitoring invullen)' })
  canEdit!: boolean;
  @Field()
  createdBy!: string;
  @Field()
  createdAt!: Date;
  @Field()
  updatedAt!: Date;
}

@ObjectType('LeaAgreementTheme')
export class AgreementThemeModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: string;
  @Field()
  goal!: string;
}

@ObjectType('LeaAgreement', {
  description: 'Afspraken in de Lokale Educatieve Agenda: thema’s en doelen voor een periode',
})
export class AgreementModel {
  @Field(() => ID)
  id!: string;
  @Field()
  municipalityCode!: string;
  @Field()
  title!: string;
  @Field()
  startsOn!: string;
  @Field()
  endsOn!: string;
  @Field(() => [AgreementThemeModel])
  themes!: AgreementThemeModel[];
  @Field()
  updatedAt!: Date;
}

@ObjectType('ThemeCollaborationRef')
export class ThemeCollaborationRefModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
}

@ObjectType('ThemeCoveredSchool')
export class ThemeCoveredSchoolModel extends NamedSchoolModel {
  @Field(() => [ThemeCollaborationRefModel])
  collaborations!: ThemeCollaborationRefModel[];
}

@ObjectType('ThemeUncoveredSchool')
export class ThemeUncoveredSchoolModel extends NamedSchoolModel {}

@ObjectType('LeaThemeCoverage', {
  description: 'Per afgesproken thema: welke scholen een samenwerking hebben en welke niet',
})
export class ThemeCoverageModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: string;
  @Field()
  goal!: string;
  @Field(() => [ThemeCoveredSchoolModel])
  covered!: ThemeCoveredSchoolModel[];
  @Field(() => [ThemeUncoveredSchoolModel])
  uncovered!: ThemeUncoveredSchoolModel[];
}

@ObjectType('LeaAgreementCoverage')
export class AgreementCoverageModel {
  @Field(() => AgreementModel)
  agreement!: AgreementModel;
  @Field(() => Int, { description: 'Actieve scholen in de gemeente' })
  schools!: number;
  @Field(() => [ThemeCoverageModel])
  themes!: ThemeCoverageModel[];
}

@ObjectType('MonitoringThemeRollup', {
  description:
    'Monitoring opgeteld per thema; een samenwerking met twee thema’s telt onder beide mee',
})
export class ThemeRollupModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: string;
  @Field(() => Int)
  collaborations!: number;
  @Field(() => Int)
  entries!: number;
  @Field(() => Int)
  pupilsReached!: number;
  @Field(() => Int)
  groupsReached!: number;
  @Field(() => Int)
  sessionsDelivered!: number;
  @Field(() => Float)
  hoursDelivered!: number;
  @Field(() => Int)
  goalsMet!: number;
  @Field(() => Int)
  goalsPartlyMet!: number;
  @Field(() => Int)
  goalsNotMet!: number;
  @Field(() => Int)
  attainmentOpen!: number;
}

@ObjectType('MunicipalityMonitoring')
export class MunicipalityMonitoringModel {
  @Field()
  municipalityCode!: string;
  @Field(() => String, { nullable: true, description: 'null: alle schooljaren' })
  schoolYear!: string | null;
  @Field(() => Int)
  collaborations!: number;
  @Field(() => [ThemeRollupModel])
  themes!: ThemeRollupModel[];
}
