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

/** An optional list of up to 10 ISO 639 language codes (nl, tr, …). */
export function OptionalLanguagesField(description: string): PropertyDecorator {
  return applyDecorators(
    Matches(/^[a-z]{2,3}$/i, {
      each: true,
      message: 'moet een taalcode zijn, zoals nl of tr (must be a language code such as nl or tr)',
    }),
    IsString({ each: true, message: 'moet een taalcode zijn (must be a language code)' }),
    ArrayMaxSize(10, { message: 'hoogstens 10 talen (at most 10 languages)' }),
    IsArray(),
    IsOptional(),
    Field(() => [String], { nullable: true, description }),
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
