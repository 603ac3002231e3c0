// When a mail that failed is tried again: 30 s after the first failure, doubling each time, at
// most an hour apart. With the default 8 attempts a mail is given up on about an hour after it
// was queued (30 s + 1 + 2 + 4 + 8 + 16 + 32 min).
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 3_600_000;

export function retryDelayMs(failedAttempts: number): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 20));
}

/** Whether a mail that has now failed `attempts` times is given up on. */
export function givesUp(attempts: number, maxAttempts: number): boolean {
  return attempts >= maxAttempts;
}
