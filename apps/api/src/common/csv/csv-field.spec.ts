import fc from 'fast-check';
import { parseCsv } from '../../modules/imports/csv.js';
import { csvField } from './csv-field.js';

describe('csvField', () => {
  it('leaves plain text, empty text and inner formula characters alone', () => {
    expect(csvField('De Kring')).toBe('De Kring');
    expect(csvField('')).toBe('');
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(csvField("l'école")).toBe("l'école");
    expect(csvField('12')).toBe('12');
    expect(csvField('a,b')).toBe('a,b');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+31 10 123', "'+31 10 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
  ])('defuses %j, which a spreadsheet would run as a formula', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('defuses a leading carriage return and then quotes the field for its line break', () => {
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('quotes separators, quotes and line breaks, doubling every inner quote', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('defuses and quotes together: the quote goes around the defused text', () => {
    expect(csvField('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });

  it('reads back as the same text (defused when it started like a formula)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", 'é'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (row) => {
        const line = row.map(csvField).join(';');
        const parsed = parseCsv(`h\r\n${line}x\r\n`, ';');
        const expected = row.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v));
        expected[expected.length - 1] += 'x';
        // A trailing "x" keeps the last record from reading as a blank line.
        expect(parsed.records.map((r) => r.values)).toEqual([expected]);
      }),
      { numRuns: 300 },
    );
  });
});
