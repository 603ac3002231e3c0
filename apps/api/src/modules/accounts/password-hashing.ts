import { randomBytes } from 'node:crypto';
import { Algorithm } from '@node-rs/argon2';
import { HashQueueFullError, HashWorkers } from './hash-workers.js';

// argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane), 16-byte salt, PHC string
// (`$argon2id$v=19$m=19456,t=2,p=1$…`). @node-rs/argon2 is a native (Rust) binding whose
// prebuilt binary ships inside its npm package and which hashes on the libuv thread pool, so a
// login no longer stops the event loop (see docs/decisions/0004). The parameters and format are
// the ones the earlier WebAssembly hashes were written with, so stored hashes keep verifying.
const ARGON2 = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

const workers = new HashWorkers();

/** How many hash jobs may wait for a worker (PASSWORD_HASH_QUEUE_MAX; 0 = no cap). */
export function capHashQueue(maxQueued: number): void {
  workers.maxQueued = maxQueued;
}
const hash = (password: string, options: object) => workers.hash(password, options);
const verify = (stored: string, password: string) => workers.verify(stored, password);

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// A hash nobody's password matches, made once: a login for an unknown email (or an invited
// account without a password yet) verifies against it, so it costs the same as a real one.
let dummyHash: Promise<string> | undefined;

function dummy(): Promise<string> {
  dummyHash ??= hash(randomBytes(24).toString('base64url'), ARGON2).catch((error: unknown) => {
    dummyHash = undefined; // refused (queue full): made on a later call
    throw error;
  });
  return dummyHash;
}

/** Whether `password` matches the stored hash; without a hash the same work is done anyway. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await dummy(), password).catch(busyOr(false));
    return false;
  }
  // Not a PHC string we can read: treat as a wrong password. A full queue is not an answer.
  return verify(stored, password).catch(busyOr(false));
}

function busyOr<T>(value: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof HashQueueFullError) throw error;
    return value;
  };
}
