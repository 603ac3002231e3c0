import { CSV_BOM, tableCsv } from './coverage-csv.js';

describe('tableCsv (municipality exports)', () => {
  it('writes a BOM, the header, one CRLF-terminated line per row, numbers as digits, nulls empty', () => {
    const csv = tableCsv({
      name: 'Dekking',
      header: ['School', 'Aantal', 'Opmerking'],
      rows: [
        ['De Kring', 3, null],
        ['Het Anker', 0, 'alleen landelijk'],
      ],
    });
    expect(csv).toBe(
      `${CSV_BOM}School;Aantal;Opmerking\r\nDe Kring;3;\r\nHet Anker;0;alleen landelijk\r\n`,
    );
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('defuses formulas and quotes separators, quotes and line breaks in header and cells', () => {
    const csv = tableCsv({
      name: 'Dekking',
      header: ['=Naam', 'Plaats; gemeente'],
      rows: [
        ['@school', 'Schiedam "Noord"'],
        ['\t+31', 'regel\nregel'],
        ['-', '\r='],
      ],
    });
    expect(csv).toBe(
      CSV_BOM +
        `'=Naam;"Plaats; gemeente"\r\n` +
        `'@school;"Schiedam ""Noord"""\r\n` +
        `'\t+31;"regel\nregel"\r\n` +
        `'-;"'\r="\r\n`,
    );
  });

  it('writes decimals with a comma, as Dutch Excel reads them under `;`, never with a point', () => {
    const csv = tableCsv({
      name: 'Behoefte',
      header: ['school', 'behoefte', 'aandeel', 'verschil'],
      rows: [
        ['De Kring', 3560.4, 0.25, -1.5],
        ['Het Anker', 12, null, 0],
      ],
    });
    expect(csv).toBe(
      `${CSV_BOM}school;behoefte;aandeel;verschil\r\nDe Kring;3560,4;0,25;-1,5\r\nHet Anker;12;;0\r\n`,
    );
    expect(csv).not.toMatch(/\d\.\d/);
  });

  it('writes only the header line for a table without rows', () => {
    expect(tableCsv({ name: 'Leeg', header: ['a', 'b'], rows: [] })).toBe(`${CSV_BOM}a;b\r\n`);
  });
});
