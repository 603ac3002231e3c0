import { readXlsx } from '../../../../../../test/municipality/coverage-support.js';
import { columnName, escapeXml, sheetNames, writeXlsx } from './xlsx.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('writeXlsx', () => {
  it('writes a workbook whose parts parse and whose cells read back as written', () => {
    const book = readXlsx(
      b64(
        writeXlsx([
          {
            name: 'Dekking',
            header: ['code', 'naam', 'aantal'],
            rows: [
              ['ZZ0100', 'De <Regenboog> & "Zon"', 3],
              ['ZZ0101', '=SOM(A1:A2)', 0],
              ['ZZ0102', null, 2.5],
            ],
            emphasise: (r, c) => r === 1 && c === 2,
          },
          { name: 'Leeg', header: [], rows: [] },
        ]),
      ),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Dekking', 'Leeg']);
    expect(book.sheets[0]!.rows).toEqual([
      ['code', 'naam', 'aantal'],
      ['ZZ0100', 'De <Regenboog> & "Zon"', 3],
      // Text that looks like a formula stays text.
      ['ZZ0101', '=SOM(A1:A2)', 0],
      ['ZZ0102', null, 2.5],
    ]);
    // Header bold (1), the emphasised cell (2), nothing else styled.
    expect([...book.sheets[0]!.styles]).toEqual([
      ['A1', 1],
      ['B1', 1],
      ['C1', 1],
      ['C3', 2],
    ]);
    expect(book.sheets[1]!.rows).toEqual([]);
  });

  it('drops characters XML cannot hold and keeps the rest, emoji included', () => {
    const text = 'a\u0000b\u0007c\td\ne\uFFFEf\uD800g 👩‍🏫';
    const book = readXlsx(b64(writeXlsx([{ name: 'x', header: [text], rows: [] }])));
    expect(book.sheets[0]!.rows[0]).toEqual(['abc\td\nefg 👩‍🏫']);
  });

  it('caps a cell at 32,767 characters without splitting a surrogate pair', () => {
    const long = `${'x'.repeat(32_766)}😀tail`;
    const book = readXlsx(b64(writeXlsx([{ name: 'x', header: [long], rows: [] }])));
    expect(book.sheets[0]!.rows[0]![0]).toBe('x'.repeat(32_766));
  });
});

describe('spreadsheet names and references', () => {
  it('names columns A…Z, AA…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('makes sheet names valid and unique', () => {
    expect(sheetNames(['Dekking', 'dekking', 'a/b:c?*[d]', '', 'x'.repeat(40)])).toEqual([
      'Dekking',
      'dekking (2)',
      'a b c   d',
      'Blad4',
      'x'.repeat(31),
    ]);
  });

  // Excel refuses a sheet name that begins or ends with an apostrophe ("We found a problem with
  // some content") and the name History, which it keeps for itself; Dutch names begin with one
  // often enough ('s-Hertogenbosch, 't Zand) to be a scenario's name.
  it('keeps apostrophes off the ends of sheet names and leaves History to Excel', () => {
    expect(
      sheetNames(["'s-Hertogenbosch Noord", "Plan 't Zand'", 'History', `${'x'.repeat(30)}'s`]),
    ).toEqual(['’s-Hertogenbosch Noord', "Plan 't Zand’", 'History (2)', `${'x'.repeat(30)}’`]);
  });

  it('escapes XML text and attributes', () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
