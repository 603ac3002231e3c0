import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import type { OrganisationType } from '@partnerwijzer/domain';
import { OrganisationTypeEnum } from '../../../common/graphql/enums.js';
import { GeoPointInput } from '../../../common/graphql/geo-point.input.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

const tooLong = (max: number) => ({
  message: `mag hoogstens ${max} tekens zijn (at most ${max} characters)`,
});

// The organisation's own profile. Only given fields change; null clears an optional field.
// Length limits here; the rules that need more than one field or a lookup live in the service.
@InputType('OrganisationProfileInput')
export class OrganisationProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, tooLong(200))
  name?: string | null;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationTypeEnum, {
    message: 'is geen bekend organisatietype (unknown organisation type)',
  })
  type?: OrganisationType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, tooLong(5000))
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'http(s)-adres; zonder schema wordt https://',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300, tooLong(300))
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact-e-mailadres' })
  @IsOptional()
  @IsString()
  @MaxLength(254, tooLong(254))
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contacttelefoon' })
  @IsOptional()
  @IsString()
  @MaxLength(40, tooLong(40))
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Straat en huisnummer, postcode' })
  @IsOptional()
  @IsString()
  @MaxLength(300, tooLong(300))
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, tooLong(100))
  city?: string | null;

  @OptionalNestedField(
    () => GeoPointInput,
    'Vestigingsplaats (moet in Nederland liggen); null wist hem',
  )
  location?: GeoPointInput | null;
}
