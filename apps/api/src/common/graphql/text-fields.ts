import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

// Field + validator stacks for inputs that check shapes and generous size caps only (so a huge
// string is refused before any work) and leave the rules to their service. Listed bottom-up,
// like common/validation/search-fields.ts: the order of the same decorators above a property.

export const TOO_LONG = { message: 'is te lang (too long)' };
export const TOO_MANY = { message: 'te veel (too many)' };

interface TextOptions {
  description?: string;
  /** The text is an id (GraphQL `ID` rather than `String`). */
  id?: boolean;
}

function textField(maxLength: number, nullable: boolean, { description, id }: TextOptions) {
  return [
    MaxLength(maxLength, TOO_LONG),
    IsString(),
    ...(nullable ? [IsOptional()] : []),
    Field(() => (id ? ID : String), {
      nullable,
      ...(description === undefined ? {} : { description }),
    }),
  ];
}

/** A required string (or id) of at most `maxLength` characters. */
export function TextField(maxLength: number, options: TextOptions = {}): PropertyDecorator {
  return applyDecorators(...textField(maxLength, false, options));
}

/** An optional string (or id) of at most `maxLength` characters; null is allowed. */
export function OptionalTextField(maxLength: number, options: TextOptions = {}): PropertyDecorator {
  return applyDecorators(...textField(maxLength, true, options));
}

/** An optional whole number (a count, an amount in whole euro). */
export function OptionalWholeNumberField(description?: string): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: 'moet een heel getal zijn (must be a whole number)' }),
    IsOptional(),
    Field(() => Int, { nullable: true, ...(description === undefined ? {} : { description }) }),
  );
}
