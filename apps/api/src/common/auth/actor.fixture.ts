import type { Actor } from './roles.js';

/** For specs: a signed-in SCHOOL_STAFF account with no schools, changed by `over`. */
export function anActor(over: Partial<Actor> = {}): Actor {
  return {
    userId: 'u',
    label: 'x',
    role: 'SCHOOL_STAFF',
    organisationId: null,
    schoolCodes: [],
    municipalityCodes: [],
    ...over,
  };
}
