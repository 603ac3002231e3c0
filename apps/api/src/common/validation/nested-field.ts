import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

/**
 * An optional input object (filters, a point): a nullable GraphQL field whose value becomes an
 * instance of its class, so that its own validators run. Listed bottom-up, like
 * search-fields.ts: the order of `@Field @IsOptional @ValidateNested @Type` above a property.
 */
export function OptionalNestedField(
  type: () => ClassType<unknown>,
  description?: string,
): PropertyDecorator {
  return applyDecorators(
    Type(type),
    ValidateNested(),
    IsOptional(),
    Field(type, { nullable: true, ...(description === undefined ? {} : { description }) }),
  );
}
