import { UserInputError } from '../errors/user-input.error.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Rejects a malformed id before it reaches a `uuid` column (PostgreSQL would raise). */
export function assertUuid(field: string, value: string): void {
  if (!isUuid(value))
    throw UserInputError.field(field, 'is geen geldig id (not a valid id)', { code: 'INVALID_ID' });
}
