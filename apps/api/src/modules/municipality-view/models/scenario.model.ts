import { Field, ID, InputType, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { type InterventionCode, OPTIMISER_MODES, type OptimiserMode } from '@partnerwijzer/domain';
import { enumOf, InterventionCodeEnum } from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';
import { deprecatedFor } from '../../../common/graphql/renamed-field.js';

export const BudgetKindEnum = { COUNT: 'COUNT', EUROS: 'EUROS' } as const;
export type BudgetKind = keyof typeof BudgetKindEnum;
registerEnumType(BudgetKindEnum, {
  name: 'ScenarioBudgetKind',
  description: 'COUNT: een aantal aanbiedingen; EUROS: een bedrag (kosten per kandidaat nodig)',
});

export const OptimiserModeEnum = enumOf(OPTIMISER_MODES);
registerEnumType(OptimiserModeEnum, {
  name: 'ScenarioMode',
  description:
    'EXACT: de best mogelijke keuze (doorzocht); GREEDY: stap voor stap de grootste winst, gegarandeerd ≥ 63 % van het beste; GREEDY_BUDGETED: idem bij een budget in euro’s, gegarandeerd ≥ 32 %',
});

/** A GeoPoint's fields, taken in as they are (the optimiser checks the point itself). */
@InputType('ScenarioPointInput')
export class ScenarioPointInput extends PickType(
  GeoPointModel,
  ['lat', 'lng'] as const,
  InputType,
) {}

@InputType('ScenarioCandidateInput', {
  description:
    'Een bestaand aanbod dat zijn werkgebied uitbreidt naar de gemeente (offeringId), of een geschetst aanbod (titel en interventiesoorten). Werkgebied: de hele gemeente, tenzij een straal of een lijst scholen is gegeven.',
})
export class ScenarioCandidateInput {
  @Field(() => ID, { nullable: true })
  offeringId?: string | null;

  /** Nodig voor een geschetst aanbod */
  title?: string | null;

  @Field(() => [InterventionCodeEnum], {
    nullable: true,
    description: 'Geschetst aanbod: verplicht; bestaand aanbod: standaard zijn eigen soorten',
  })
  interventionCodes?: InterventionCode[] | null;

  @Field(() => [InterventionCodeEnum], {
    nullable: true,
    deprecationReason: deprecatedFor('interventionCodes'),
  })
  interventionTypes?: InterventionCode[] | null;

  center?: ScenarioPointInput | null;

  /** Straal in km rond center (0,1–100) */
  radiusKm?: number | null;

  /** Alleen deze scholen (vestigingscodes) */
  vestigingscodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Hoeveel scholen het aankan (1–10.000)' })
  capacitySchools?: number | null;

  /** Kosten in euro (0–1.000.000.000) */
  costEur?: number | null;
}

@InputType('ScenarioInput')
export class ScenarioInput {
  /** CBS-gemeentecode */
  code!: string;

  /** Naam om te bewaren (1–120 tekens) */
  name?: string | null;

  @Field(() => BudgetKindEnum)
  budgetKind!: BudgetKind;

  /** Aantal aanbiedingen (1–50) of euro’s (> 0) */
  budget!: number;

  /** 1–500 kandidaten */
  candidates!: ScenarioCandidateInput[];
}

@ObjectType('ScenarioStep')
export class ScenarioStepModel {
  @Field(() => Int, { description: 'Plaats van de kandidaat in de invoer (vanaf 0)' })
  candidateIndex!: number;

  label!: string;

  @Field(() => [InterventionCodeEnum])
  interventionCodes!: InterventionCode[];

  /** Onvervulde behoefte die deze stap dekt, na de stappen ervoor */
  gain!: number;

  cumulative!: number;

  costEur!: number | null;

  @Field(() => Int, { description: 'Scholen die het zou bereiken' })
  schoolsReached!: number;
}

@ObjectType('ScenarioResult')
export class ScenarioResultModel {
  @Field(() => OptimiserModeEnum)
  mode!: OptimiserMode;

  /** Bewezen deel van het best mogelijke (1 bij EXACT) */
  guarantee!: number;

  /** Welke methode en wat dat betekent, in woorden */
  modeTextNl!: string;

  /** Gedekte onvervulde behoefte */
  value!: number;

  unmetBefore!: number;

  unmetAfter!: number;

  /** Gedekt aandeel van de gewogen behoefte, vooraf */
  shareBefore!: number | null;

  /** En na dit scenario */
  shareAfter!: number | null;

  spentEur!: number | null;

  @Field(() => Int)
  candidates!: number;

  steps!: ScenarioStepModel[];
}

@ObjectType('Scenario', { description: 'Een bewaard scenario van een gemeente' })
export class ScenarioModel {
  @Field(() => ID)
  id!: string;

  municipalityCode!: string;

  name!: string;

  @Field(() => BudgetKindEnum)
  budgetKind!: BudgetKind;

  budget!: number;

  result!: ScenarioResultModel;

  createdByLabel!: string;

  createdAt!: Date;
}
