import { refusedForInput } from './bad-input-status.plugin.js';

const bad = { message: 'limit: te klein (too small)', extensions: { code: 'BAD_USER_INPUT' } };

describe('which answers are refusals of the input (HTTP 400)', () => {
  it('an answer without data and only BAD_USER_INPUT errors', () => {
    expect(refusedForInput(null, [bad])).toBe(true);
    expect(refusedForInput(undefined, [bad, bad])).toBe(true);
  });

  it('not an answer with data, without errors, or with another error beside the refusal', () => {
    expect(refusedForInput({ a: 1, b: null }, [bad])).toBe(false);
    expect(refusedForInput(null, [])).toBe(false);
    expect(refusedForInput(null, undefined)).toBe(false);
    const forbidden = { message: 'Geen toegang (forbidden)', extensions: { code: 'FORBIDDEN' } };
    expect(refusedForInput(null, [bad, forbidden])).toBe(false);
  });
});
