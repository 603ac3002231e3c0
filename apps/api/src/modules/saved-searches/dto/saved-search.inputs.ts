import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import {
  DIGEST_FREQUENCIES,
  type DigestFrequency,
  type InterventionCode,
  type TargetGroup,
} from '@partnerwijzer/domain';
import { enumOf, InterventionCodeEnum, TargetGroupEnum } from '../../../common/graphql/enums.js';
import { TextField } from '../../../common/graphql/text-fields.js';
import { OptionalGroepField } from '../../../common/validation/groep-range.js';
import { VestigingscodeField } from '../../../common/validation/search-fields.js';
import { MatchFiltersInput } from '../../matching/index.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

export const DigestFrequencyEnum = enumOf(DIGEST_FREQUENCIES);
registerEnumType(DigestFrequencyEnum, {
  name: 'DigestFrequency',
  description: 'Hoe vaak de samenvatting komt: DAILY (dagelijks) of WEEKLY (wekelijks, maandag)',
});

const FREQUENCY_MESSAGE = 'moet DAILY of WEEKLY zijn (must be DAILY or WEEKLY)';

@InputType('SaveSearchInput', {
  description: 'Een zoekopdracht van de zoekhulp voor één school, om te bewaren',
})
export class SaveSearchInput {
  @VestigingscodeField('DUO-vestigingscode van de school')
  vestigingscode!: string;

  @Field(() => [InterventionCodeEnum], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(11, { message: 'hoogstens 11 behoeften (at most 11 needs)' })
  @IsEnum(InterventionCodeEnum, {
    each: true,
    message: 'is geen bekende behoefte (unknown need code)',
  })
  needs: InterventionCode[] = [];

  @OptionalGroepField('Laagste groep (1–8), zoals in de zoekhulp')
  groepMin?: number;

  @OptionalGroepField('Hoogste groep (1–8), zoals in de zoekhulp')
  groepMax?: number;

  @Field(() => [TargetGroupEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'te veel doelgroepen (too many target groups)' })
  @IsEnum(TargetGroupEnum, {
    each: true,
    message: 'is geen bekende doelgroep (unknown target group)',
  })
  targetGroups?: TargetGroup[];

  @OptionalNestedField(() => MatchFiltersInput)
  filters?: MatchFiltersInput;

  @Field(() => DigestFrequencyEnum)
  @IsEnum(DigestFrequencyEnum, { message: FREQUENCY_MESSAGE })
  frequency!: DigestFrequency;
}

@InputType('SubscribeMunicipalityAlertsInput', {
  description: 'Bericht over nieuw aanbod en nieuwe witte vlekken in een gemeente',
})
export class SubscribeMunicipalityAlertsInput {
  @TextField(10, { description: 'CBS-code, bijvoorbeeld GM0606' })
  municipalityCode!: string;

  @Field(() => DigestFrequencyEnum)
  @IsEnum(DigestFrequencyEnum, { message: FREQUENCY_MESSAGE })
  frequency!: DigestFrequency;
}
