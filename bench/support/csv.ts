// The one CSV splitter of the benchmarks and the tests: RFC 4180 fields (`"` quotes, `""`
// escapes, separators and line breaks inside quotes). The bench reads the published indicator
// files with it, the tests the exports (strictly: CRLF only, see test/municipality). The
// product's importer (apps/api/src/modules/imports/csv.ts) has its own, with its own checks.

export interface CsvSplit {
  /** The records that end in a line break. */
  rows: string[][];
  /** The fields after the last line break, or null when the text ends in one. */
  rest: string[] | null;
}

export interface CsvFormat {
  separator: ',' | ';';
  /** `crlf`: only CRLF ends a record (a lone CR or LF is part of a field); `any`: CRLF, LF or CR. */
  lineBreaks: 'crlf' | 'any';
}

export function splitCsv(text: string, { separator, lineBreaks }: CsvFormat): CsvSplit {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const crlf = c === '\r' && text[i + 1] === '\n';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (crlf || (lineBreaks === 'any' && (c === '\n' || c === '\r'))) {
      if (crlf) i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return { rows, rest: field !== '' || row.length > 0 ? [...row, field] : null };
}
