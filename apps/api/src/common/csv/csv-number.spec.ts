import { csvNumber } from './csv-number.js';

describe('csvNumber', () => {
  it.each([
    [3560.4, '3560,4'],
    [0.25, '0,25'],
    [12, '12'],
    [0, '0'],
    [-0, '0'],
    [-2.5, '-2,5'],
    [1_234_567.891, '1234567,891'],
    [1e-7, '0,0000001'],
    [2.5e-10, '0,00000000025'],
    [-3e-7, '-0,0000003'],
    [-1e-25, '0'],
    [1e21, '1000000000000000000000'],
    [-(2 ** 72), '-4722366482869645213696'],
  ])('writes %p as %j: a decimal comma, no grouping, no exponent', (value, text) => {
    expect(csvNumber(value)).toBe(text);
  });

  it.each([null, undefined, Number.NaN, Infinity, -Infinity])('writes %p as an empty cell', (v) => {
    expect(csvNumber(v)).toBe('');
  });

  it('never writes a decimal point', () => {
    for (let i = 0; i < 200; i++) {
      const v = (i - 100) / 7;
      expect(csvNumber(v)).not.toContain('.');
      expect(Number(csvNumber(v).replace(',', '.'))).toBe(v);
    }
  });
});
