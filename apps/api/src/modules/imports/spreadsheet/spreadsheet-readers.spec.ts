import { strToU8, zipSync } from 'fflate';
import { ImportError } from '../import-types.js';
import { readOds } from './ods-reader.js';
import { readXlsx } from './xlsx-reader.js';

// The ODS and XLSX readers on small workbooks built here, covering what the publishers' files use.

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

function ods(tables: string): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(
      `<?xml version="1.0"?><office:document-content ${ODS_NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

describe('readOds', () => {
  it('reads stored numbers, text, repeats and skips padding rows and columns', () => {
    const bytes = ods(
      `<table:table table:name="Uitleg"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>
       <table:table table:name="2023-2024">
         <table:table-row><table:table-cell office:value-type="string"><text:p>OVT</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row>
         <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
         <table:table-row><table:table-cell office:value-type="string"><text:p>00AP|C1</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="31.47"><text:p>31,47</text:p></table:table-cell><table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>a<text:s text:c="2"/>b</text:p><text:p>c &amp; d</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16378"/></table:table-row>
         <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
       </table:table>`,
    );
    const wb = readOds(bytes, 'test.ods', (n) => n !== 'Uitleg');
    expect(wb.sheetNames).toEqual(['Uitleg', '2023-2024']);
    expect([...wb.sheets.keys()]).toEqual(['2023-2024']);
    expect(wb.sheets.get('2023-2024')).toEqual([
      { row: 1, cells: ['OVT'] },
      { row: 4, cells: ['00AP|C1', null, null, 31.47, 'a  b\nc & d', 'a  b\nc & d'] },
    ]);
  });

  it('refuses a zip that is not an ODS, and broken XML', () => {
    const notOds = zipSync({ mimetype: strToU8('application/zip') });
    expect(() => readOds(notOds, 'x.ods')).toThrow(/geen OpenDocument-spreadsheet/);
    const broken = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<a><b></a>'),
    });
    expect(() => readOds(broken, 'x.ods')).toThrow(ImportError);
  });
});

describe('readXlsx', () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const book = (sheet: string) =>
    zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        `<workbook ${NS} ${REL}><sheets><sheet name="Voorblad" sheetId="1" r:id="rId1"/><sheet name="Tabel 1" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>`,
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst ${NS}><si><t>School (BRIN vestiging)</t></si><si><r><t>00AP</t></r><r><t>00</t></r><rPh><t>x</t></rPh></si></sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData/></worksheet>`),
      'xl/worksheets/sheet2.xml': strToU8(sheet),
    });

  it('reads shared strings (rich text, no phonetics), numbers, inline strings and gaps', () => {
    const wb = readXlsx(
      book(
        `<worksheet ${NS}><sheetData><row r="4"><c r="A4" t="s"><v>0</v></c></row><row r="6"><c r="A6" t="s"><v>1</v></c><c r="C6" t="n"><v>33.02</v></c><c r="D6" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>`,
      ),
      'cbs.xlsx',
      (n) => n.startsWith('Tabel'),
    );
    expect(wb.sheetNames).toEqual(['Voorblad', 'Tabel 1']);
    expect(wb.sheets.get('Tabel 1')).toEqual([
      { row: 4, cells: ['School (BRIN vestiging)'] },
      { row: 6, cells: ['00AP00', null, 33.02, 'a'] },
    ]);
  });

  it('refuses a zip without a workbook', () => {
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('a') }), 'x.xlsx')).toThrow(
      /geen Excel-werkmap/,
    );
  });
});
