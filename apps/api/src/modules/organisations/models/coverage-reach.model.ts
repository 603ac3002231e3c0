import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CoverageWarningEnum {
  /** Reaches a large share of all schools, or a very large drawn surface. */
  VERY_LARGE = 'VERY_LARGE',
  /** Some schools are reached by more than one area (overlapping drawings or regions). */
  OVERLAPPING = 'OVERLAPPING',
  /** Reaches no school at all. */
  REACHES_NOTHING = 'REACHES_NOTHING',
}
registerEnumType(CoverageWarningEnum, { name: 'CoverageWarning' });

@ObjectType('CoverageReach', {
  description: 'Wat een werkgebied zou bereiken, vóór het opslaan (niets wordt geschreven)',
})
export class CoverageReachModel {
  @Field(() => Int, { description: 'Actieve scholen die het gebied bereikt' })
  schools!: number;

  @Field(() => Int)
  municipalities!: number;

  /** CBS-codes van de bereikte gemeenten (hoogstens 50) */
  municipalityCodes!: string[];

  @Field(() => Int)
  provinces!: number;

  @Field(() => Int, { description: 'Scholen die door meer dan één gebied worden bereikt' })
  schoolsInOverlap!: number;

  /** Oppervlak van de cirkels en getekende vlakken in km² (regio’s niet meegeteld) */
  drawnAreaKm2!: number;

  /** Aandeel van alle actieve scholen (0–1) */
  shareOfSchools!: number;

  @Field(() => [CoverageWarningEnum])
  warnings!: CoverageWarningEnum[];
}
