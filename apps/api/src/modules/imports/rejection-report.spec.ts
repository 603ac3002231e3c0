import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rejection } from './import-types.js';
import {
  defaultReportPath,
  formatRejection,
  rejectionReportCsv,
  writeRejectionReport,
} from './rejection-report.js';

const rejection = (line: number, key: string, ...problems: [string, string][]): Rejection => ({
  line,
  key,
  problems: problems.map(([reason, hint]) => ({ code: 'INVALID_VALUE', reason, hint })),
});

describe('rejection report', () => {
  it('writes a BOM, a header naming the record unit, and one CRLF line per rejection', () => {
    const csv = rejectionReportCsv(
      [
        rejection(2, '00AA00', ['postcode ontbreekt', 'vul de postcode in']),
        rejection(7, '', ['geen naam', 'vul NAAM in'], ['geen plaats', 'vul PLAATS in']),
      ],
      'regel',
    );
    expect(csv).toBe(
      '\uFEFFregel;sleutel;reden;hint\r\n' +
        '2;00AA00;postcode ontbreekt;vul de postcode in\r\n' +
        '7;;"geen naam; geen plaats";"vul NAAM in; vul PLAATS in"\r\n',
    );
    expect(rejectionReportCsv([], 'feature')).toBe('\uFEFFfeature;sleutel;reden;hint\r\n');
  });

  it('defuses formulas (also behind a tab or CR) and quotes quotes and line breaks from the input', () => {
    const csv = rejectionReportCsv(
      [
        rejection(3, '=HYPERLINK("http://x")', ['+waarde', '-hint']),
        rejection(4, '@key', ['\t=1', 'regel\nregel']),
        rejection(5, '\r+1', ['zei "nee"', 'a\rb']),
      ],
      'regel',
    );
    const lines = csv.slice(1).split('\r\n');
    // Fields are split by hand here: each expected line spells out the escaping.
    expect(lines[1]).toBe(`3;"'=HYPERLINK(""http://x"")";'+waarde;'-hint`);
    expect(csv).toContain(`\r\n4;'@key;'\t=1;"regel\nregel"\r\n`);
    expect(csv).toContain(`\r\n5;"'\r+1";"zei ""nee""";"a\rb"\r\n`);
  });

  it('puts the report next to the input with .afgewezen before the extension', () => {
    expect(defaultReportPath('/data/scholen.csv')).toBe('/data/scholen.afgewezen.csv');
    expect(defaultReportPath('regio/gemeenten.geojson')).toBe('regio/gemeenten.afgewezen.csv');
  });

  it('writes the report where asked, or to the temporary directory when that fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'afgewezen-'));
    try {
      const rejections = [rejection(2, '00AA00', ['=fout', 'hint'])];
      const path = join(dir, 'scholen.afgewezen.csv');
      expect(await writeRejectionReport(path, rejections, 'regel')).toBe(path);
      expect(await readFile(path, 'utf8')).toBe(rejectionReportCsv(rejections, 'regel'));

      const unwritable = join(dir, 'bestaat-niet', `rapport-${process.pid}.csv`);
      const fallback = await writeRejectionReport(unwritable, rejections, 'feature');
      expect(fallback).toBe(join(tmpdir(), `rapport-${process.pid}.csv`));
      expect(await readFile(fallback, 'utf8')).toBe(rejectionReportCsv(rejections, 'feature'));
      await rm(fallback);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('formats one terminal line per rejection, with a dash for a missing key', () => {
    expect(formatRejection(rejection(12, 'AB', ['geen naam', 'vul NAAM in']), 'regel')).toBe(
      'regel 12     AB       geen naam (vul NAAM in)',
    );
    expect(formatRejection(rejection(3, '', ['a', 'b'], ['c', 'd']), 'feature')).toBe(
      'feature 3    —        a (b); c (d)',
    );
  });
});
