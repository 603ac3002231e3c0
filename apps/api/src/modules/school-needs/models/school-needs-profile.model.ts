import { Field, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { NEED_PRIORITIES, type InterventionCode, type NeedPriority } from '@partnerwijzer/domain';
import { enumOf, InterventionCodeEnum } from '../../../common/graphql/enums.js';

export const NeedPriorityEnum = enumOf(NEED_PRIORITIES);
registerEnumType(NeedPriorityEnum, {
  name: 'NeedPriority',
  description: 'Prioriteit van een behoefte: HIGH (hoog), MEDIUM (middel) of LOW (laag)',
});

@ObjectType('SchoolNeedItem', { description: 'Eén behoefte in het profiel van een school' })
export class SchoolNeedItemModel {
  @Field(() => InterventionCodeEnum)
  interventionCode!: InterventionCode;

  @Field(() => NeedPriorityEnum)
  priority!: NeedPriority;

  @Field(() => [Int], {
    description: 'Betrokken groepen (PO: groep 1–8) of leerjaren (VO: 1–6); leeg = de hele school',
  })
  groups!: number[];

  /** Korte toelichting; nooit leerlinggegevens */
  note!: string | null;
}

@ObjectType('SchoolNeedsProfile', {
  description:
    'Het behoefteprofiel van een school voor één schooljaar (alleen op schoolniveau, nooit leerlinggegevens)',
})
export class SchoolNeedsProfileModel {
  vestigingscode!: string;

  /** Schooljaar, bv. 2026-2027 */
  schoolYear!: string;

  /** De school kiest ervoor dat partners de soorten hulp en prioriteiten (zonder toelichting) als vraag zien */
  visibleToPartners!: boolean;

  items!: SchoolNeedItemModel[];

  updatedAt!: Date;
}

@ObjectType('SchoolNeedDefault', {
  description: 'Een behoefte als standaard in de zoekhulp: soort hulp, prioriteit en gewicht',
})
export class SchoolNeedDefaultModel extends PickType(SchoolNeedItemModel, [
  'interventionCode',
  'priority',
] as const) {
  /** Gewicht in de match, uit de behoefteformule: HIGH 1, MEDIUM 0,6, LOW 0,3 */
  weight!: number;

  @Field(() => [Int])
  groups!: number[];
}

@ObjectType('SchoolNeedsDefaults', {
  description:
    'De behoeften waarmee de zoekhulp voor een school begint: het eigen profiel (wie het mag lezen) of het profiel dat de school openbaar maakte; zonder toelichtingen',
})
export class SchoolNeedsDefaultsModel {
  vestigingscode!: string;

  schoolYear!: string;

  /** Waar: de school heeft het profiel zichtbaar gemaakt voor partners */
  published!: boolean;

  items!: SchoolNeedDefaultModel[];
}
