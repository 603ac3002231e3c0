import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// Field + validator stacks that the list arguments (accounts, organisations, municipalities,
// schools) take alike. Listed bottom-up, like common/validation/search-fields.ts: the order of
// the same decorators written above a property.

/** An optional free-text search term of at most 100 characters. */
export function OptionalSearchTextField(description: string): PropertyDecorator {
  return applyDecorators(
    MaxLength(100, { message: 'mag hoogstens 100 tekens zijn (at most 100 characters)' }),
    IsString(),
    IsOptional(),
    Field(() => String, { nullable: true, description }),
  );
}

/** An optional CBS province code (PVxx). */
export function OptionalProvinceCodeField(description: string): PropertyDecorator {
  return applyDecorators(
    Matches(/^PV\d{2}$/, { message: 'moet de vorm PVxx hebben (must look like PV27)' }),
    IsOptional(),
    Field(() => String, { nullable: true, description }),
  );
}
