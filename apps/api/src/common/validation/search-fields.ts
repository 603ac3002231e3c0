import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { LANGUAGE_CODE, readLanguageTags } from '@partnerwijzer/domain';
import { Transform } from 'class-transformer';
import { FundingRouteCodeEnum } from '../graphql/enums.js';

// Field + validator stacks that the search, the matcher and the saved searches take in alike.
// applyDecorators runs its arguments first to last, so they are listed bottom-up: the order of
// the same decorators written above a property.

/** A school's DUO vestigingscode (at most 20 characters); `nullable` makes it optional. */
export function VestigingscodeField(
  description: string,
  { nullable = false }: { nullable?: boolean } = {},
): PropertyDecorator {
  return applyDecorators(
    MaxLength(20, { message: 'is te lang (too long)' }),
    IsString(),
    ...(nullable ? [IsOptional()] : []),
    Field(() => String, { nullable, description }),
  );
}

/**
 * An optional list of up to `max` ISO 639 language codes (nl, tr, …): an offering's languages and
 * the matcher's and search's filters. Each is read by `readLanguageTags` ("nl-NL", "en_GB", " NL "
 * → nl, en, nl; a blank entry dropped), so a filter takes every spelling an offering was saved
 * with; anything else is refused.
 */
export function OptionalLanguagesField(description?: string, max = 10): PropertyDecorator {
  return applyDecorators(
    Matches(LANGUAGE_CODE, {
      each: true,
      message:
        'moet een taalcode zijn, zoals nl, tr of nl-NL (must be a language code such as nl, tr or nl-NL)',
    }),
    IsString({ each: true, message: 'moet een taalcode zijn (must be a language code)' }),
    ArrayMaxSize(max, { message: `hoogstens ${max} talen (at most ${max} languages)` }),
    IsArray(),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? readLanguageTags(value) : value,
    ),
    IsOptional(),
    Field(() => [String], { nullable: true, ...(description ? { description } : {}) }),
  );
}

/** An optional list of funding routes an offering must name one of. */
export function OptionalFundingRoutesField(): PropertyDecorator {
  return applyDecorators(
    IsEnum(FundingRouteCodeEnum, {
      each: true,
      message: 'onbekende financieringsroute (unknown funding route)',
    }),
    ArrayMaxSize(20, { message: 'te veel (too many)' }),
    IsArray(),
    IsOptional(),
    Field(() => [FundingRouteCodeEnum], {
      nullable: true,
      description: 'Alleen aanbod dat een van deze financieringsroutes noemt',
    }),
  );
}
