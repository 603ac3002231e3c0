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

// Office Open XML workbooks (.xlsx): the sheet list in xl/workbook.xml and its relations, the
// shared strings, and each wanted sheet's XML, all streamed through saxes.

export function readXlsx(
  bytes: Uint8Array,
  fileLabel: string,
  wanted: (sheet: string) => boolean = () => true,
): Workbook {
  const entries = unzipText(
    bytes,
    (n) => (n.startsWith('xl/') && n.endsWith('.xml')) || n.endsWith('.rels'),
    fileLabel,
  );
  const workbook = entries.get('xl/workbook.xml');
  if (workbook === undefined) {
    throw new ImportError(
      `${fileLabel} is geen Excel-werkmap (.xlsx): xl/workbook.xml ontbreekt. (Not an XLSX file.)`,
    );
  }
  const listed = sheetList(workbook, fileLabel);
  const targets = relationTargets(entries.get('xl/_rels/workbook.xml.rels') ?? '', fileLabel);
  const shared = sharedStrings(entries.get('xl/sharedStrings.xml') ?? '', fileLabel);
  const sheets = new Map<string, SheetRow[]>();
  for (const { name, relId } of listed) {
    if (!wanted(name)) continue;
    const target = targets.get(relId);
    const path = target?.startsWith('/') ? target.slice(1) : `xl/${target ?? ''}`;
    const xml = target === undefined ? undefined : entries.get(path);
    if (xml === undefined) {
      throw new ImportError(
        `${fileLabel}: blad "${name}" verwijst naar een ontbrekend onderdeel. (Sheet part missing.)`,
      );
    }
    sheets.set(name, sheetRows(xml, shared, fileLabel));
  }
  return { format: 'xlsx', sheetNames: listed.map((s) => s.name), sheets };
}

function parse(
  xml: string,
  fileLabel: string,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    text?: (t: string) => void;
    close?: (name: string) => void;
  },
): void {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw new ImportError(`${fileLabel}: ongeldige XML (${e.message}). (Broken XML.)`);
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) parser.on('closetag', (t) => handlers.close!(t.name));
  parser.write(xml).close();
}

function sheetList(xml: string, fileLabel: string): { name: string; relId: string }[] {
  const out: { name: string; relId: string }[] = [];
  parse(xml, fileLabel, {
    open: (tag) => {
      if (tag.name !== 'sheet') return;
      const a = tag.attributes as Record<string, string>;
      const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      if (a.name && relId) out.push({ name: a.name, relId });
    },
  });
  return out;
}

function relationTargets(xml: string, fileLabel: string): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === '') return out;
  parse(xml, fileLabel, {
    open: (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'Relationship' && a.Id && a.Target) out.set(a.Id, a.Target);
    },
  });
  return out;
}

function sharedStrings(xml: string, fileLabel: string): string[] {
  const out: string[] = [];
  if (xml === '') return out;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = false;
  parse(xml, fileLabel, {
    open: (tag) => {
      if (tag.name === 'si') current = [];
      else if (tag.name === 'rPh') phonetic = true;
      else if (tag.name === 't' && !phonetic) inText = true;
    },
    text: (t) => {
      if (inText && current) current.push(t);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si') {
        out.push((current ?? []).join(''));
        current = null;
      }
    },
  });
  return out;
}

/** 'C12' → 2 (0-based column). */
function columnOf(ref: string | undefined, fallback: number): number {
  const letters = /^([A-Z]+)/.exec(ref ?? '')?.[1];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetRows(xml: string, shared: readonly string[], fileLabel: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let col = -1;
  let type = 'n';
  let text: string[] | null = null;
  let collecting = false;
  parse(xml, fileLabel, {
    open: (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'row') {
        lastRow = Number(a.r) || lastRow + 1;
        row = { row: lastRow, cells: [] };
        col = -1;
      } else if (tag.name === 'c') {
        col = columnOf(a.r, col + 1);
        type = a.t ?? 'n';
        text = [];
      } else if ((tag.name === 'v' || tag.name === 't') && text) {
        collecting = true;
      }
    },
    text: (t) => {
      if (collecting && text) text.push(t);
    },
    close: (name) => {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'c' && row && text) {
        const raw = text.join('');
        const value = cellValue(type, raw, shared);
        if (!isEmptyCell(value) && col < MAX_COLUMNS) {
          while (row.cells.length < col) row.cells.push(null);
          row.cells[col] = value;
        }
        text = null;
      } else if (name === 'row' && row) {
        if (row.cells.length > 0) rows.push(row);
        row = null;
      }
    },
  });
  return rows;
}

function cellValue(type: string, raw: string, shared: readonly string[]): Cell {
  if (raw === '') return null;
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'str':
    case 'inlineStr':
    case 'e':
      return raw;
    case 'b':
      return raw === '1' ? 1 : 0;
    default: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}
