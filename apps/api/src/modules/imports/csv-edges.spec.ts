// The edges of the CSV reader that the round trip in csv.spec.ts does not reach: where the
// separator guess stops, old Mac line ends, quotes inside a field, a quoted empty last line.
import { type CsvDelimiter, detectDelimiter, parseCsv } from './csv.js';

describe('detectDelimiter', () => {
  // Only the header line counts (up to LF or CR); separators and line breaks inside quotes do
  // not; a tie or no separator at all gives the comma.
  const guesses: Record<string, CsvDelimiter> = {
    'a,b\n1;2;3;4': ',',
    'a,b\r1;2;3;4': ',',
    'a;b\n1,2,3,4': ';',
    '"a;b;c",d': ',',
    '"a,b,c";d': ';',
    '"x\ny,z,w";v;u': ';',
    'a;b,c': ',',
    a: ',',
  };
  it.each(Object.entries(guesses))('reads %j as separated by %j', (text, separator) => {
    expect(detectDelimiter(text)).toBe(separator);
  });
});

describe('parseCsv edges', () => {
  it('reads lines ended by a carriage return alone', () => {
    expect(parseCsv('h\r1\r2').records).toEqual([
      { line: 2, values: ['1'] },
      { line: 3, values: ['2'] },
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('h\na"b\n').records).toEqual([{ line: 2, values: ['a"b'] }]);
  });

  it('keeps a quoted empty line as a record and skips a blank one', () => {
    expect(parseCsv('h\n""\n\n1').records).toEqual([
      { line: 2, values: [''] },
      { line: 4, values: ['1'] },
    ]);
    expect(parseCsv('h\n1\n""').records).toEqual([
      { line: 2, values: ['1'] },
      { line: 3, values: [''] },
    ]);
  });

  it('keeps an empty last field when the text ends without a line break', () => {
    expect(parseCsv('a,b\n1,').records).toEqual([{ line: 2, values: ['1', ''] }]);
  });

  it('drops a BOM before a quoted header and trims header names', () => {
    expect(parseCsv('\uFEFF"a";b\n1;2').header).toEqual(['a', 'b']);
    expect(parseCsv(' a , b \n1,2').header).toEqual(['a', 'b']);
  });

  it('says in Dutch and English that an empty file has no header', () => {
    expect(() => parseCsv('\n\n')).toThrow(/geen kopregel.*no header row/);
  });
});
