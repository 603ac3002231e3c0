import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InterventionCodeEnum } from '../../../common/graphql/enums.js';
import type { InterventionCode } from '@partnerwijzer/domain';

@ObjectType('InterventionType', { description: 'Soort interventie uit de taxonomie' })
export class InterventionTypeModel {
  @Field(() => InterventionCodeEnum)
  code!: InterventionCode;

  @Field()
  labelNl!: string;

  @Field()
  labelEn!: string;

  @Field()
  descriptionNl!: string;

  @Field()
  descriptionEn!: string;

  @Field({ description: 'Wat bekend is over het effect, met bron' })
  evidenceNoteNl!: string;

  @Field()
  evidenceNoteEn!: string;

  @Field(() => Int)
  sortOrder!: number;
}
