import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ORGANISATION_PROFILE_MAX_LENGTH as MAX,
  type OrganisationType,
} from '@partnerwijzer/domain';
import { OrganisationTypeEnum } from '../../../common/graphql/enums.js';
import { GeoPointInput } from '../../../common/graphql/geo-point.input.js';
import { OptionalNestedField } from '../../../common/validation/nested-field.js';

/** An optional text of at most `max` characters. Listed bottom-up, like search-fields.ts. */
function OptionalTextField(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    MaxLength(max, { message: `mag hoogstens ${max} tekens zijn (at most ${max} characters)` }),
    IsString(),
    IsOptional(),
    Field(() => String, { nullable: true, ...(description === undefined ? {} : { description }) }),
  );
}

// The organisation's own profile. Only given fields change; null clears an optional field.
// Length limits here; the rules that need more than one field or a lookup live in the service.
@InputType('OrganisationProfileInput')
export class OrganisationProfileInput {
  @OptionalTextField(MAX.name)
  name?: string | null;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationTypeEnum, {
    message: 'is geen bekend organisatietype (unknown organisation type)',
  })
  type?: OrganisationType | null;

  @OptionalTextField(MAX.description)
  description?: string | null;

  @OptionalTextField(MAX.website, 'http(s)-adres; zonder schema wordt https://')
  website?: string | null;

  @OptionalTextField(MAX.email, 'Contact-e-mailadres')
  email?: string | null;

  @OptionalTextField(MAX.phone, 'Contacttelefoon')
  phone?: string | null;

  @OptionalTextField(MAX.address, 'Straat en huisnummer, postcode')
  address?: string | null;

  @OptionalTextField(MAX.city)
  city?: string | null;

  @OptionalNestedField(
    () => GeoPointInput,
    'Vestigingsplaats (moet in Nederland liggen); null wist hem',
  )
  location?: GeoPointInput | null;
}
