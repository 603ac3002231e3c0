import fc from 'fast-check';
import { csvField } from '../../common/csv/csv-field.js';
import { detectDelimiter, parseCsv } from './csv.js';
import { ImportError } from './import-types.js';
import { decodeText } from './text-file.js';

describe('parseCsv', () => {
  it('reads quotes, escaped quotes, separators and line breaks inside quotes', () => {
    const table = parseCsv('a,b,c\r\n1,"x, ""y""",3\n"multi\nline",,\n\n4,5,6\n');
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.records).toEqual([
      { line: 2, values: ['1', 'x, "y"', '3'] },
      { line: 3, values: ['multi\nline', '', ''] },
      { line: 6, values: ['4', '5', '6'] },
    ]);
  });

  it('detects DUO-style semicolons and ignores a BOM and a missing final newline', () => {
    expect(detectDelimiter('A;B;"C,D"\n1,2;3;4')).toBe(';');
    const table = parseCsv('\uFEFFVESTIGINGSCODE;NAAM\n00AA00;"De Kring; Noord"');
    expect(table.header).toEqual(['VESTIGINGSCODE', 'NAAM']);
    expect(table.records).toEqual([{ line: 2, values: ['00AA00', 'De Kring; Noord'] }]);
  });

  it('refuses an empty file and an unterminated quote', () => {
    expect(() => parseCsv('')).toThrow(ImportError);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/regel 2/);
  });
});

describe('decodeText', () => {
  it('keeps UTF-8 and falls back to Windows-1252 (including 0x80–0x9F)', () => {
    expect(decodeText(Buffer.from('Súdwest-Fryslân', 'utf8'))).toEqual({
      text: 'Súdwest-Fryslân',
      encoding: 'utf-8',
    });
    // "Één ’t €" in Windows-1252
    const bytes = Uint8Array.from([0xc9, 0xe9, 0x6e, 0x20, 0x92, 0x74, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Één ’t €', encoding: 'windows-1252' });
  });
});

describe('csvField read back by parseCsv', () => {
  it('gives back the same text (defused when it started like a formula)', () => {
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
