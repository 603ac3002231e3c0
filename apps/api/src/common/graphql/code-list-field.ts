import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';

// An optional list of codes of one GraphQL enum: the matcher's and the search's filters, an
// offering's sectors, target groups and delivery modes. Listed bottom-up, like
// common/validation/search-fields.ts: the order of the same decorators above a property.

/** The most codes a filter list of the matcher or the search takes. */
export const MAX_FILTER_CODES = 20;

interface CodeListOptions {
  /** At most this many codes (a list of repeats is refused before any work). */
  max: number;
  description?: string;
  deprecationReason?: string;
}

export function OptionalCodesField(
  codes: Record<string, string>,
  { max, description, deprecationReason }: CodeListOptions,
): PropertyDecorator {
  return applyDecorators(
    IsEnum(codes, {
      each: true,
      message: 'bevat een onbekende waarde (contains an unknown value)',
    }),
    ArrayMaxSize(max),
    IsArray(),
    IsOptional(),
    Field(() => [codes], {
      nullable: true,
      ...(description === undefined ? {} : { description }),
      ...(deprecationReason === undefined ? {} : { deprecationReason }),
    }),
  );
}
