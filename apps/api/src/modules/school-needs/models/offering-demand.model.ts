import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InterventionCode, NeedPriority } from '@partnerwijzer/domain';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import { NeedPriorityEnum } from './school-needs-profile.model.js';

@ObjectType('DemandNeed', {
  description: 'Eén soort hulp die een school nodig heeft en die het aanbod zou kunnen geven',
})
export class DemandNeedModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: InterventionCode;

  /** Gewogen behoefte (geschat aantal leerlingen, 0,1) */
  need!: number;

  /** Het deel dat nog niet vervuld is (behoefte × (1 − dekking)) */
  unmet!: number;

  /** Hoe de school nu bereikt wordt door ander aanbod: LOCAL, ONLY_NATIONAL of NONE (behoefteformule) */
  met!: string;

  /** Waar de behoefte op rust: PROFILE (de school maakte haar profiel zichtbaar), SCHOOLWEGING, ACHTERSTANDSSCORE of DEFAULT (schatting) */
  source!: string;

  @Field(() => NeedPriorityEnum, {
    nullable: true,
    description: 'De prioriteit van de school zelf, alleen bij een zichtbaar gemaakt profiel',
  })
  priority!: NeedPriority | null;
}

@ObjectType('DemandSchool', { description: 'Een school waar het aanbod nodig is' })
export class DemandSchoolModel {
  vestigingscode!: string;

  name!: string;

  city!: string;

  municipalityCode!: string;

  /** Binnen het werkgebied (anders: net erbuiten) */
  inArea!: boolean;

  /** Net buiten het werkgebied: afstand tot de dichtstbijzijnde school erin (km) */
  distanceKm!: number | null;

  /** Som van de onvervulde gewogen behoeften */
  unmetNeed!: number;

  needs!: DemandNeedModel[];
}

@ObjectType('OfferingDemand', {
  description:
    'Waar is uw aanbod het meest nodig: scholen in en net buiten het werkgebied met een onvervulde behoefte die het aanbod kan dienen',
})
export class OfferingDemandModel {
  @Field(() => ID)
  offeringId!: string;

  schoolYear!: string;

  /** Net buiten het werkgebied = binnen zoveel km van een school erin */
  nearKm!: number;

  @Field(() => Int)
  schoolsInArea!: number;

  @Field(() => Int)
  schoolsNearby!: number;

  /** De grootste onvervulde behoefte eerst */
  schools!: DemandSchoolModel[];
}
