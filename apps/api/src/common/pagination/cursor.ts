import { UserInputError } from '../errors/user-input.error.js';

// Opaque keyset cursors: base64url of the last row's sort key.
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) {
    throw UserInputError.field(field, 'ongeldige cursor (invalid cursor)', {
      code: 'INVALID_CURSOR',
    });
  }
  return Buffer.from(cursor, 'base64url').toString('utf8');
}
