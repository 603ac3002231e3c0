import { UserInputError } from '../../common/errors/user-input.error.js';
import type { Queryable } from '../../database/queryable.js';
import { existingMunicipalityCodes } from './repository.js';

/**
 * Refuses a well-formed municipality code that no municipality has (NOT_FOUND on `field`), so
 * a typo such as GM9999 is not answered as a municipality with nothing in it.
 */
export async function requireKnownMunicipality(
  db: Queryable,
  code: string,
  field: string,
): Promise<void> {
  if (!(await existingMunicipalityCodes(db, [code])).has(code)) {
    throw UserInputError.notFound(field, code);
  }
}
