import { ImportError } from './import-types.js';

export type CsvDelimiter = ',' | ';';

export interface CsvRecord {
  /** Line number where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  records: CsvRecord[];
}

/**
 * Guesses the separator from the header line: DUO writes `;`, most other tools `,`.
 * Only separators outside quotes count.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text (RFC 4180: `"` quoting, `""` escapes, separators and line breaks inside
 * quotes, CRLF or LF). Blank lines are skipped. A leading BOM is ignored.
 */
export function parseCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(input),
): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let quoted = false;
  // Whether a field of this record was quoted: only read for a record of one field, where a
  // quoted "" is an empty value and not a blank line.
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = () => {
    values.push(field);
    const blank = values.length === 1 && values[0] === '' && !fieldWasQuoted;
    if (!blank) rows.push({ line: recordLine, values });
    values = [];
    field = '';
    fieldWasQuoted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      fieldWasQuoted = true;
    } else if (c === delimiter) {
      values.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    throw new ImportError(
      `CSV-fout: een aanhalingsteken op regel ${recordLine} wordt nooit gesloten. (Unterminated quote starting on line ${recordLine}.)`,
    );
  }
  // The last record, when the text does not end in a line break (a blank one is skipped).
  endRecord();

  const [head, ...records] = rows;
  if (!head) {
    throw new ImportError(
      'Het bestand is leeg: geen kopregel gevonden. (Empty file: no header row.)',
    );
  }
  return { delimiter, header: head.values.map((h) => h.trim()), records };
}
