import { getMetadataStorage, type ValidationError } from 'class-validator';
import { constraintProblem, serverText, type ProblemCode } from '../validation/problem-codes.js';
import { UserInputError, type FieldProblem } from './user-input.error.js';

// Turns class-validator results into one BAD_USER_INPUT error that names every field, each with
// a stable code and its parameters ({ code: 'TOO_LONG', params: { max: 200 } }) for the client's
// catalogue. A decorator's own (Dutch-first) message is kept; class-validator's English default
// is replaced by ours.
export function validationExceptionFactory(errors: ValidationError[]): UserInputError {
  return new UserInputError(flatten(errors, ''));
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const declared = declaredConstraints(error);
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => {
      const found = declared.get(name);
      const problem: ProblemCode = constraintProblem(name, found?.constraints);
      return {
        field,
        message: found?.hasOwnMessage ? message : serverText(problem),
        code: problem.code,
        ...(problem.params ? { params: problem.params } : {}),
      };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The constraints declared on the failing property, by constraint name (maxLength, …). */
function declaredConstraints(
  error: ValidationError,
): Map<string, { constraints: readonly unknown[]; hasOwnMessage: boolean }> {
  const found = new Map<string, { constraints: readonly unknown[]; hasOwnMessage: boolean }>();
  const target = error.target as object | undefined;
  if (!target || typeof target !== 'object') return found;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .filter((m) => m.propertyName === error.property);
  for (const m of metadata) {
    const name = m.name ?? m.type;
    if (!found.has(name)) {
      found.set(name, {
        constraints: Array.isArray(m.constraints) ? m.constraints : [],
        hasOwnMessage: m.message !== undefined && m.message !== '',
      });
    }
  }
  return found;
}
