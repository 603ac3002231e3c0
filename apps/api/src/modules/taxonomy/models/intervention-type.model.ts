import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import type { InterventionCode } from '@partnerwijzer/domain';

@ObjectType('InterventionType', { description: 'Soort interventie uit de taxonomie' })
export class InterventionTypeModel {
  @Field(() => InterventionCodeEnum)
  code!: InterventionCode;

  labelNl!: string;

  labelEn!: string;

  descriptionNl!: string;

  descriptionEn!: string;

  /** Wat bekend is over het effect, met bron */
  evidenceNoteNl!: string;

  evidenceNoteEn!: string;

  @Field(() => Int)
  sortOrder!: number;
}
