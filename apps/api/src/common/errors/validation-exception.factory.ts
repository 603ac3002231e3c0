import type { ValidationError } from 'class-validator';
import { UserInputError, type FieldProblem } from './user-input.error.js';

// Turns class-validator results into one BAD_USER_INPUT error that names every field.
export function validationExceptionFactory(errors: ValidationError[]): UserInputError {
  return new UserInputError(flatten(errors, ''));
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
