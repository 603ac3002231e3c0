import { createHash, randomBytes } from 'node:crypto';

/** A random opaque token (256 bits, base64url: 43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether `raw` can be one of our tokens at all; anything else is refused without a lookup. */
export function isTokenShaped(raw: string): boolean {
  return TOKEN_SHAPE.test(raw);
}

/** Tokens are stored as SHA-256: a leaked table does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
