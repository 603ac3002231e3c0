import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Table } from './tables.js';

// A small SpreadsheetML (Office Open XML, .xlsx) writer: one worksheet per table, a bold and
// frozen header row, shared strings, numbers as numbers. Enough for Excel and LibreOffice; no
// formulas are ever written, so text from the database cannot run as one.

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;

/** Style ids in styles.xml: 0 normal, 1 header (bold), 2 emphasised (bold on light red). */
const STYLE = { normal: 0, header: 1, emphasis: 2 } as const;

/** The workbook as the bytes of a .xlsx file. */
export function writeXlsx(tables: readonly Table[]): Uint8Array {
  if (tables.length === 0) throw new Error('writeXlsx: at least one table');
  const strings = new SharedStrings();
  const names = sheetNames(tables.map((t) => t.name));
  const files: Zippable = {};
  const put = (path: string, xml: string) => {
    files[path] = strToU8(HEAD + xml);
  };
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      tables
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      `</Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `</Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
      names
        .map(
          (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('') +
      `</sheets></workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${NS_PKG_REL}">` +
      tables
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${tables.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${tables.length + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `</Relationships>`,
  );
  tables.forEach((table, i) => put(`xl/worksheets/sheet${i + 1}.xml`, worksheet(table, strings)));
  put('xl/styles.xml', STYLES);
  put('xl/sharedStrings.xml', strings.xml());
  return zipSync(files, { level: 6 });
}

function worksheet(table: Table, strings: SharedStrings): string {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const rows: string[] = [];
  const line = (cells: readonly (string | number | null)[], r: number, header: boolean) => {
    let xml = `<row r="${r + 1}">`;
    cells.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const ref = `${columnName(c)}${r + 1}`;
      const style = header
        ? STYLE.header
        : table.emphasise?.(r - 1, c)
          ? STYLE.emphasis
          : STYLE.normal;
      const s = style === STYLE.normal ? '' : ` s="${style}"`;
      if (typeof value === 'number') {
        // Non-finite numbers have no SpreadsheetML form; write them as text.
        if (Number.isFinite(value)) xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
        else xml += `<c r="${ref}"${s} t="s"><v>${strings.index(String(value))}</v></c>`;
      } else {
        xml += `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
      }
    });
    rows.push(`${xml}</row>`);
  };
  line(table.header, 0, true);
  table.rows.forEach((row, i) => line(row, i + 1, false));
  const last = `${columnName(Math.max(0, width - 1))}${table.rows.length + 1}`;
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(
      String(table.header[c] ?? '').length,
      ...table.rows.slice(0, 500).map((r) => String(r[c] ?? '').length),
    );
    const w = Math.min(60, Math.max(8, longest + 2));
    return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`;
  }).join('');
  return (
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `</sheetView></sheetViews>` +
    (width > 0 ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    `</worksheet>`
  );
}

class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  index(text: string): number {
    const clean = cleanText(text);
    this.uses++;
    let id = this.ids.get(clean);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(clean, id);
      this.list.push(clean);
    }
    return id;
  }

  xml(): string {
    return (
      `<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">` +
      this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
      `</sst>`
    );
  }
}

/** A, B, …, Z, AA, AB, … for a zero-based column index. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Drops what XML 1.0 does not allow (controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
function cleanText(text: string): string {
  let clean = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        clean += text[i] + text[i + 1];
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    clean += text[i];
  }
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Do not cut a surrogate pair in two.
  const high = clean.charCodeAt(MAX_CELL_TEXT - 1);
  return clean.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An apostrophe may not begin or end a sheet name: the typographic one may. */
const apostropheEnds = (name: string): string => name.replace(/^'|'$/g, '’');

/**
 * Sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not
 * Excel's own History, unique (case-insensitively).
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const seen = new Set<string>(['history']);
  return wanted.map((raw, i) => {
    const base = apostropheEnds(
      (
        cleanText(raw)
          .replace(/[:\\/?*[\]]/g, ' ')
          .trim() || `Blad${i + 1}`
      ).slice(0, 31),
    );
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = apostropheEnds(base.slice(0, 31 - suffix.length)) + suffix;
    }
    seen.add(name.toLowerCase());
    return name;
  });
}

const STYLES =
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="2">` +
  `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="3">` +
  `<fill><patternFill patternType="none"/></fill>` +
  `<fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFF8D7DA"/><bgColor indexed="64"/></patternFill></fill>` +
  `</fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;
