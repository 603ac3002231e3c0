import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCsv } from '../csv.js';
import { ImportError } from '../import-types.js';
import { decodeText } from '../text-file.js';
import { readOds } from './ods-reader.js';
import type { Workbook } from './sheet-types.js';
import { readXlsx } from './xlsx-reader.js';
import { isZip, unzipText } from './zip-entries.js';

/**
 * Reads a publisher's table as published: an ODS or XLSX workbook (recognised by content, not
 * by the name) or a CSV saved from one of its sheets (one sheet, named after the file).
 */
export async function readWorkbook(
  file: string,
  wanted: (sheet: string) => boolean = () => true,
): Promise<Workbook> {
  const label = basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportError(
      `${label} kan niet worden gelezen: ${(error as Error).message}. (Cannot read the file.)`,
    );
  }
  if (isZip(bytes)) {
    const probe = unzipText(bytes, (n) => n === 'mimetype' || n === '[Content_Types].xml', label);
    if (probe.has('[Content_Types].xml')) return readXlsx(bytes, label, wanted);
    return readOds(bytes, label, wanted);
  }
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new ImportError(
      `${label} is geen CSV, ODS of XLSX (binaire inhoud). (Not a CSV, ODS or XLSX file.)`,
    );
  }
  const table = parseCsv(text);
  const sheet = basename(file).replace(/\.[^.]+$/, '');
  return {
    format: 'csv',
    sheetNames: [sheet],
    sheets: new Map([
      [
        sheet,
        [
          { row: 1, cells: table.header },
          ...table.records.map((r) => ({ row: r.line, cells: r.values })),
        ],
      ],
    ]),
  };
}
