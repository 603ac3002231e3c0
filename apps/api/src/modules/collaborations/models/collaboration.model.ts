import { Field, ID, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import {
  FUNDING_WARNINGS,
  GOAL_ATTAINMENTS,
  type CollaborationStatus,
  type FundingRouteCode,
  type FundingWarningKind,
  type GoalAttainment,
} from '@partnerwijzer/domain';
import {
  CollaborationStatusEnum,
  enumOf,
  FundingRouteCodeEnum,
  InterventionCodeEnum,
} from '../../../common/graphql/enums.js';

export { CollaborationStatusEnum, FundingRouteCodeEnum };

export const FundingWarningKindEnum = enumOf(FUNDING_WARNINGS);
export const GoalAttainmentEnum = enumOf(GOAL_ATTAINMENTS);
registerEnumType(FundingWarningKindEnum, { name: 'FundingWarningKind' });
registerEnumType(GoalAttainmentEnum, {
  name: 'GoalAttainment',
  description: 'Doel niet, deels of wel behaald',
});

@ObjectType('FundingRoute', { description: 'Een financieringsroute uit de catalogus' })
export class FundingRouteModel {
  @Field(() => FundingRouteCodeEnum)
  code!: FundingRouteCode;
  nl!: string;
  en!: string;
  /** Eerste dag (ISO), null als onbekend */
  validFrom!: string | null;
  /** Laatste dag (ISO), null als open of onbekend */
  validUntil!: string | null;
  /** Eenmalig geld */
  oneOff!: boolean;
  /** Een regel moet de naam van het fonds noemen */
  needsName!: boolean;
  /** De route is vandaag beëindigd */
  ended!: boolean;
}

@ObjectType('FundingLine')
export class FundingLineModel {
  @Field(() => FundingRouteCodeEnum)
  routeCode!: FundingRouteCode;
  fundName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Bedrag in hele euro' })
  amountEur!: number | null;
  validFrom!: string | null;
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
  date!: string | null;
  nl!: string;
  en!: string;
}

/** A school by its code and name, as the collaboration views list it. */
@ObjectType({ isAbstract: true })
export abstract class NamedSchoolModel {
  vestigingscode!: string;
  name!: string;
}

@ObjectType('CollaborationSchool')
export class CollaborationSchoolModel extends NamedSchoolModel {
  municipalityCode!: string;
}

@ObjectType('CollaborationPartner')
export class CollaborationPartnerModel {
  @Field(() => ID)
  organisationId!: string;
  name!: string;
}

@ObjectType('CollaborationStatusChange')
export class StatusChangeModel {
  @Field(() => CollaborationStatusEnum, { nullable: true })
  fromStatus!: CollaborationStatus | null;
  @Field(() => CollaborationStatusEnum)
  toStatus!: CollaborationStatus;
  note!: string | null;
  /** Wie (account) */
  changedBy!: string;
  changedAt!: Date;
}

@ObjectType('CollaborationMonitoring', {
  description: 'Monitoring van één schooljaar: alleen aantallen, nooit leerlinggegevens',
})
export class MonitoringModel {
  @Field(() => ID)
  collaborationId!: string;
  schoolYear!: string;
  @Field(() => Int, { nullable: true, description: 'Bereikte leerlingen (aantal)' })
  pupilsReached!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bereikte groepen (aantal)' })
  groupsReached!: number | null;
  @Field(() => Int, { nullable: true, description: 'Gegeven bijeenkomsten' })
  sessionsDelivered!: number | null;
  /** Gegeven uren */
  hoursDelivered!: number | null;
  @Field(() => GoalAttainmentEnum, { nullable: true })
  goalAttainment!: GoalAttainment | null;
  evaluationNote!: string | null;
  evidenceUrl!: string | null;
  updatedBy!: string;
  updatedAt!: Date;
}

@ObjectType('CollaborationRecord', {
  description:
    'Een samenwerking: scholen, partners en eventueel de gemeente, met doelen, periode, financiering en geschiedenis',
})
export class CollaborationRecordModel {
  @Field(() => ID)
  id!: string;
  title!: string;
  @Field(() => CollaborationStatusEnum)
  status!: CollaborationStatus;
  /** Begindatum (ISO) */
  startsOn!: string;
  /** Einddatum (ISO) */
  endsOn!: string;
  /** De schooljaren die de periode raakt */
  schoolYears!: string[];
  goals!: string[];
  /** Schoolbestuur (naam) */
  schoolBoard!: string | null;
  /** De gemeente als partij */
  municipalityCode!: string | null;
  schools!: CollaborationSchoolModel[];
  partners!: CollaborationPartnerModel[];
  @Field(() => [InterventionCodeEnum])
  interventionCodes!: string[];
  funding!: FundingLineModel[];
  fundingWarnings!: FundingWarningModel[];
  history!: StatusChangeModel[];
  monitoring!: MonitoringModel[];
  @Field(() => ID, { nullable: true, description: 'De contactaanvraag waaruit zij ontstond' })
  contactRequestId!: string | null;
  /** Kenmerk van die contactaanvraag (PW-jjjj-nnnnn), zoals in de mails en de inbox */
  contactRequestReference!: string | null;
  /** Of de vrager partij is (wijzigen, monitoring invullen) */
  canEdit!: boolean;
  createdBy!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

@ObjectType('LeaAgreementTheme')
export class AgreementThemeModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: string;
  goal!: string;
}

@ObjectType('LeaAgreement', {
  description: 'Afspraken in de Lokale Educatieve Agenda: thema’s en doelen voor een periode',
})
export class AgreementModel {
  @Field(() => ID)
  id!: string;
  municipalityCode!: string;
  title!: string;
  startsOn!: string;
  endsOn!: string;
  themes!: AgreementThemeModel[];
  updatedAt!: Date;
}

// A collaboration as a theme's coverage lists it: by id and title.
@ObjectType('ThemeCollaborationRef')
export class ThemeCollaborationRefModel extends PickType(CollaborationRecordModel, [
  'id',
  'title',
] as const) {}

@ObjectType('ThemeCoveredSchool')
export class ThemeCoveredSchoolModel extends NamedSchoolModel {
  collaborations!: ThemeCollaborationRefModel[];
}

@ObjectType('ThemeUncoveredSchool')
export class ThemeUncoveredSchoolModel extends NamedSchoolModel {}

// An agreed theme, with the schools it reaches and misses.
@ObjectType('LeaThemeCoverage', {
  description: 'Per afgesproken thema: welke scholen een samenwerking hebben en welke niet',
})
export class ThemeCoverageModel extends AgreementThemeModel {
  covered!: ThemeCoveredSchoolModel[];
  uncovered!: ThemeUncoveredSchoolModel[];
  @Field(() => [ThemeUncoveredSchoolModel], {
    description:
      'Scholen waarvoor het thema niet geldt (n.v.t., bv. voorschoolse educatie op een school voor voortgezet onderwijs): niet gedekt en ook geen witte vlek',
  })
  notApplicable!: ThemeUncoveredSchoolModel[];
}

@ObjectType('LeaAgreementCoverage')
export class AgreementCoverageModel {
  agreement!: AgreementModel;
  @Field(() => Int, { description: 'Actieve scholen in de gemeente' })
  schools!: number;
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
  municipalityCode!: string;
  /** null: alle schooljaren */
  schoolYear!: string | null;
  @Field(() => Int)
  collaborations!: number;
  themes!: ThemeRollupModel[];
}
