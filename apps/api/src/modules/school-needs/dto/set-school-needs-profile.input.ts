import { Field, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { NEED_NOTE_MAX } from '@partnerwijzer/domain';
import { SchoolNeedItemModel } from '../models/school-needs-profile.model.js';
import { OptionalTextField } from '../../../common/graphql/text-fields.js';
import { VestigingscodeField } from '../../../common/validation/search-fields.js';

// Shapes and sizes only; the rules (groups per school type, one line per type, notes) are
// checked by the service in one pass, so every problem is named at once.
// A profile line as SchoolNeedItem shows it; groups and note are written in with their bounds.
@InputType('SchoolNeedItemInput')
export class SchoolNeedItemInput extends PickType(
  SchoolNeedItemModel,
  ['interventionCode', 'priority'] as const,
  InputType,
) {
  @Field(() => [Int], { nullable: true, description: 'Groepen (PO 1–8) of leerjaren (VO 1–6)' })
  @IsOptional()
  @ArrayMaxSize(8, { message: 'hoogstens 8 groepen (at most 8 groups)' })
  @IsInt({ each: true, message: 'moet een heel getal zijn (must be a whole number)' })
  groups?: number[] | null;

  @OptionalTextField(NEED_NOTE_MAX * 4, {
    description: `Korte toelichting (hoogstens ${NEED_NOTE_MAX} tekens); nooit leerlinggegevens`,
  })
  note?: string | null;
}

@InputType('SetSchoolNeedsProfileInput', {
  description: 'Vervangt het hele behoefteprofiel van een school voor één schooljaar',
})
export class SetSchoolNeedsProfileInput {
  @VestigingscodeField('DUO-vestigingscode')
  vestigingscode!: string;

  @OptionalTextField(20, { description: 'Schooljaar, bv. 2026-2027; standaard het huidige' })
  schoolYear?: string | null;

  /** Zichtbaar voor partners als vraag (zonder toelichtingen) */
  @IsBoolean()
  visibleToPartners!: boolean;

  @ArrayMaxSize(50, { message: 'te veel regels (too many items)' })
  @ValidateNested({ each: true })
  @Type(() => SchoolNeedItemInput)
  items!: SchoolNeedItemInput[];
}
