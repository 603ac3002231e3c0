import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportError } from '../import-types.js';
import {
  isEmptyCell,
  MAX_COLUMNS,
  type Cell,
  type SheetRow,
  type Workbook,
} from './sheet-types.js';
import { unzipText } from './zip-entries.js';

// OpenDocument spreadsheets (.ods): the tables in content.xml, streamed through saxes.
// Repeated empty columns and rows (LibreOffice pads every sheet to 16384 × 1048576) are
// counted, never expanded.

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Reads the sheets `wanted` accepts (all when omitted); every sheet name is listed. */
export function readOds(
  bytes: Uint8Array,
  fileLabel: string,
  wanted: (sheet: string) => boolean = () => true,
): Workbook {
  const entries = unzipText(bytes, (n) => n === 'mimetype' || n === 'content.xml', fileLabel);
  const mime = entries.get('mimetype')?.trim();
  const content = entries.get('content.xml');
  if (mime !== ODS_MIME || content === undefined) {
    throw new ImportError(
      `${fileLabel} is geen OpenDocument-spreadsheet (.ods): mimetype ${mime ?? 'ontbreekt'}. (Not an ODS file.)`,
    );
  }
  const segments = tableSegments(content);
  if (segments === null) return parseOdsContent(content, fileLabel, wanted);
  // Only the wanted tables are parsed: the padded publication's content.xml is 20 MB.
  const sheets = new Map<string, SheetRow[]>();
  for (const segment of segments) {
    if (!wanted(segment.name)) continue;
    const one = parseOdsContent(segment.xml, fileLabel, () => true);
    sheets.set(segment.name, [...one.sheets.values()][0] ?? []);
  }
  return { format: 'ods', sheetNames: segments.map((t) => t.name), sheets };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/**
 * Each table's XML and name, found by text search. Null (parse everything) when a table holds
 * a nested table, which text search cannot delimit.
 */
export function tableSegments(xml: string): { name: string; xml: string }[] | null {
  const out: { name: string; xml: string }[] = [];
  const start = /<table:table\s[^>]*?table:name="([^"]*)"[^>]*>/g;
  for (let m = start.exec(xml); m !== null; m = start.exec(xml)) {
    const end = xml.indexOf('</table:table>', start.lastIndex);
    if (end < 0) return null;
    const body = xml.slice(start.lastIndex, end);
    if (body.includes('<table:table ') || body.includes('<table:table>')) return null;
    const name = m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
    out.push({ name, xml: xml.slice(m.index, end + '</table:table>'.length) });
    start.lastIndex = end;
  }
  return out.length > 0 ? out : null;
}

interface CellState {
  value: Cell;
  repeat: number;
  text: string[];
  paragraphs: number;
}

export function parseOdsContent(
  xml: string,
  fileLabel: string,
  wanted: (sheet: string) => boolean,
): Workbook {
  const sheetNames: string[] = [];
  const sheets = new Map<string, SheetRow[]>();
  let rows: SheetRow[] | null = null;
  let rowNumber = 0;
  let rowRepeat = 1;
  let cells: Cell[] = [];
  let pendingEmpty = 0;
  let cell: CellState | null = null;
  let inParagraph = 0;

  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw new ImportError(
      `${fileLabel}: content.xml is geen geldige XML (${e.message}). (Broken XML.)`,
    );
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'table:table': {
        const name = a['table:name'] ?? `Blad${sheetNames.length + 1}`;
        sheetNames.push(name);
        rows = wanted(name) ? [] : null;
        if (rows) sheets.set(name, rows);
        rowNumber = 0;
        break;
      }
      case 'table:table-row':
        rowRepeat = Number(a['table:number-rows-repeated'] ?? 1) || 1;
        cells = [];
        pendingEmpty = 0;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        cell = {
          value: numericValue(a),
          repeat: Number(a['table:number-columns-repeated'] ?? 1) || 1,
          text: [],
          paragraphs: 0,
        };
        break;
      case 'text:p':
        if (cell) {
          if (cell.paragraphs++ > 0) cell.text.push('\n');
          inParagraph++;
        }
        break;
      case 'text:s':
        if (cell && inParagraph) cell.text.push(' '.repeat(Number(a['text:c'] ?? 1) || 1));
        break;
      case 'text:tab':
        if (cell && inParagraph) cell.text.push('\t');
        break;
      case 'text:line-break':
        if (cell && inParagraph) cell.text.push('\n');
        break;
    }
  });
  parser.on('text', (t) => {
    if (cell && inParagraph) cell.text.push(t);
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'text:p':
        if (inParagraph) inParagraph--;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        if (!cell || !rows) {
          cell = null;
          break;
        }
        const value: Cell = cell.value ?? (cell.text.length > 0 ? cell.text.join('') : null);
        if (isEmptyCell(value)) {
          pendingEmpty += cell.repeat;
        } else {
          for (let i = 0; i < pendingEmpty && cells.length < MAX_COLUMNS; i++) cells.push(null);
          pendingEmpty = 0;
          for (let i = 0; i < cell.repeat && cells.length < MAX_COLUMNS; i++) cells.push(value);
        }
        cell = null;
        break;
      }
      case 'table:table-row':
        if (rows && cells.length > 0) {
          // A repeated row with content is rare (copied rows); each copy counts.
          for (let i = 0; i < Math.min(rowRepeat, 10_000); i++) {
            rows.push({ row: rowNumber + i + 1, cells: i === 0 ? cells : [...cells] });
          }
        }
        rowNumber += rowRepeat;
        break;
      case 'table:table':
        rows = null;
        break;
    }
  });
  parser.write(xml).close();
  return { format: 'ods', sheetNames, sheets };
}

function numericValue(a: Record<string, string>): number | null {
  const type = a['office:value-type'];
  if (type === 'float' || type === 'percentage' || type === 'currency') {
    const n = Number(a['office:value']);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
