import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  INDICATOR_KINDS,
  JOIN_METHODS,
  type IndicatorKind,
  type JoinMethod,
} from '../indicator-values.js';
import { enumOf } from '../../../common/graphql/enums.js';

export const IndicatorKindEnum = enumOf(INDICATOR_KINDS);
export const IndicatorJoinMethodEnum = enumOf(JOIN_METHODS);
registerEnumType(IndicatorKindEnum, {
  name: 'IndicatorKind',
  description: 'SCHOOLWEGING (Inspectie/CBS) of ACHTERSTANDSSCORE (CBS)',
});
registerEnumType(IndicatorJoinMethodEnum, {
  name: 'IndicatorJoinMethod',
  description:
    'Hoe de rij uit het bronbestand aan de vestiging is gekoppeld: exacte locatie, instelling, naamsgelijkenis of handmatig',
});

@ObjectType('SchoolIndicator', {
  description: 'Een gepubliceerde (of handmatig gezette) indicator',
})
export class SchoolIndicatorModel {
  vestigingscode!: string;

  @Field(() => IndicatorKindEnum)
  kind!: IndicatorKind;

  /** Schooljaar 2023-2024, drie schooljaren 2021-2024 of jaar 2019 */
  period!: string;

  /** Driejaarsgemiddelde */
  isAverage!: boolean;

  value!: number;

  /** Spreiding binnen de school (schoolweging) */
  spread!: number | null;

  @Field(() => Int, { nullable: true, description: 'Leerlingen zoals de bron ze telde' })
  pupils!: number | null;

  /** CBS: score zonder drempel */
  valueWithoutThreshold!: number | null;

  /** CBS: zonder drempel, onderbouw */
  valueLowerGrades!: number | null;

  /** CBS: zonder drempel, bovenbouw */
  valueUpperGrades!: number | null;

  /** CBS: onvoldoende betrouwbaar (40 leerlingen of minder) */
  unreliable!: boolean;

  @Field(() => IndicatorJoinMethodEnum)
  joinMethod!: JoinMethod;

  sourcePublisher!: string;

  sourceFile!: string;

  /** Sleutel in het bronbestand (OVT of vestigingscode) */
  sourceKey!: string | null;

  /** Naam van de school in het bronbestand */
  sourceName!: string | null;

  @Field(() => Int, { nullable: true, description: 'Rijnummer in het bronbestand' })
  sourceRow!: number | null;

  /** Toelichting bij een handmatige waarde */
  note!: string | null;

  /** Wanneer de waarde voor het laatst veranderde */
  importedAt!: Date;
}

@ObjectType('SchoolIndicators', { description: 'Behoefte-indicatoren van een schoolvestiging' })
export class SchoolIndicatorsModel {
  vestigingscode!: string;

  /** Nieuwste schoolweging (bij gelijke eindjaren het driejaarsgemiddelde) */
  schoolweging!: SchoolIndicatorModel | null;

  /** Nieuwste achterstandsscore */
  achterstandsscore!: SchoolIndicatorModel | null;

  /** Alle opgeslagen waarden */
  all!: SchoolIndicatorModel[];
}
