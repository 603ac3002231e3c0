import { explainNeed } from './need-weight.js';

// The numbers in the Dutch explanation keep the number of decimals each one is written with.

describe('explainNeed number formats', () => {
  it('writes the schoolweging with at most two decimals and the intensity with three', () => {
    // (31.4567 − 25) / 12 = 0.538058…; 0.1 + 0.9 · 0.538058… = 0.584253 → 0,584.
    const e = explainNeed({ schoolType: null, pupils: 100, schoolweging: 31.4567 }, 'TAAL_LEZEN');
    const step = e.steps.find((s) => s.code === 'INTENSITY');
    expect(step?.textNl.startsWith('schoolweging 31,46: ')).toBe(true);
    expect(step?.textNl.endsWith('→ 0,584')).toBe(true);
  });
});
