import { FIRST_RETRY_MS, givesUp, MAX_RETRY_MS, retryDelayMs } from './mail-retry.js';

describe('mail retry schedule', () => {
  it('doubles from 30 seconds and stops growing at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(7)).toBe(FIRST_RETRY_MS * 64);
    expect(retryDelayMs(8)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(50)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(0)).toBe(FIRST_RETRY_MS);
  });

  it('gives up once the attempts reach the maximum', () => {
    expect(givesUp(7, 8)).toBe(false);
    expect(givesUp(8, 8)).toBe(true);
    expect(givesUp(1, 1)).toBe(true);
  });
});
