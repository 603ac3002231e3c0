import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationExceptionFactory } from './validation-exception.factory.js';

/** For specs: what the API would answer for `plain` given as a `cls` input. */
export async function problemsOf<T extends object>(cls: new () => T, plain: object) {
  const errors = await validate(plainToInstance(cls, plain));
  const error = validationExceptionFactory(errors);
  return { error, fields: error.extensions.fields as Record<string, unknown>[] };
}
