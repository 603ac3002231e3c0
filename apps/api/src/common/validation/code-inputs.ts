import { parseMunicipalityCode, parseVestigingscode } from '@partnerwijzer/domain';
import { UserInputError } from '../errors/user-input.error.js';

// The codes callers type most, read the same way everywhere: normalised, or a field error
// with the one Dutch/English text for that code.

/** The vestigingscode in `raw`; BAD_USER_INPUT on `field` when it is not one. */
export function requireVestigingscode(raw: string, field = 'vestigingscode'): string {
  const code = parseVestigingscode(raw);
  if (code === null) {
    throw UserInputError.field(
      field,
      'moet 4 tekens plus 2 cijfers zijn, bv. 00AH07 (must be 4 characters plus 2 digits, e.g. 00AH07)',
      { code: 'INVALID_VESTIGINGSCODE' },
    );
  }
  return code;
}

/** The CBS municipality code in `raw`; BAD_USER_INPUT on `field` when it is not one. */
export function requireMunicipalityCode(raw: string, field = 'municipalityCode'): string {
  const code = parseMunicipalityCode(raw);
  if (code === null) {
    throw UserInputError.field(field, 'moet de vorm GMxxxx hebben (must look like GM0363)', {
      code: 'INVALID_MUNICIPALITY_CODE',
    });
  }
  return code;
}
