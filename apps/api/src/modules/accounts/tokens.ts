import { createHash, randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/** A random opaque token (256 bits, base64url: 43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored as SHA-256: a leaked table does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane). hash-wasm runs it as
// WebAssembly: no native addon to compile or to crash (see docs/decisions/0002).
const ARGON2 = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...ARGON2, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Without a hash (an invited account) still spend the time, so timing does not tell.
  if (!hash) {
    await hashPassword(password);
    return false;
  }
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** A problem with a new password, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) {
    return `minstens ${PASSWORD_MIN} tekens (at least ${PASSWORD_MIN} characters)`;
  }
  if (password.length > PASSWORD_MAX) return `hoogstens ${PASSWORD_MAX} tekens`;
  return null;
}
