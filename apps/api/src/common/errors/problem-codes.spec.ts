import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCANNED, sourceFiles } from './api-sources.fixture.js';

// Every refusal names its field with a code from the shared catalogue
// (libs/domain/src/values/problem-code-names.ts), which the web renders as a sentence in the
// user's language (apps/web/src/shared/forms/problem-catalogue.ts). A problem without one showed
// the server's lower-case half sentence in the forms' summaries ("Partnerorganisaties: noem ten
// minste één partner"). The types require a code on FieldProblem and on the domain's Problem;
// this scan also finds a problem written as a plain object that no type checks (an error's
// extensions built by hand) and a UserInputError.field call without one.

/** The index just past the bracket that closes the one at `open`, skipping strings. */
function closing(source: string, open: number): number {
  const depth: string[] = [];
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
      const end = source.indexOf(source[i + 1] === '/' ? '\n' : '*/', i + 2);
      if (end < 0) break;
      i = end;
    } else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) {
        if (source[i] === '\\') i++;
        else if (c === '`' && source[i] === '$' && source[i + 1] === '{') {
          i = closing(source, i + 1) - 1;
        }
      }
    } else if ('{(['.includes(c)) depth.push(c);
    else if ('})]'.includes(c)) {
      depth.pop();
      if (depth.length === 0) return i + 1;
    }
  }
  return source.length;
}

/** A literal's own keys and values: strings emptied, nested brackets left empty. */
function topLevel(body: string): string {
  // One pass, left to right: a comment's quote opens no string, a string's // is no comment.
  let top = body.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (m) => (m.startsWith('/') ? '' : '""'),
  );
  for (let before = ''; before !== top;) {
    before = top;
    top = top.replace(/\{[^{}]*\}|\([^()]*\)|\[[^[\]]*\]/g, '0');
  }
  return top.trim();
}

/** How many arguments a call's text `name(…)` passes (a trailing comma adds none). */
function argumentCount(call: string): number {
  const args = call.slice(call.indexOf('(') + 1, -1);
  if (args.trim() === '') return 0;
  let depth = 0;
  let commas = 0;
  for (const c of args.replace(/(['"`])(?:\\.|(?!\1).)*\1/gs, '""')) {
    if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c)) depth--;
    else if (c === ',' && depth === 0) commas++;
  }
  return /,\s*$/.test(args) ? commas : commas + 1;
}

/**
 * The object literals `{ field…, message… }`, the field calls and the data-package import's
 * `p.add(record, field, message, code)` calls that carry no code.
 */
export function codeless(source: string): string[] {
  const found: string[] = [];
  // The third argument of a field call is the code: ('x', 'text', { code }) or a variable
  // holding one; the fourth of the import's p.add.
  for (const [pattern, min] of [
    [/UserInputError\.field\(/g, 3],
    [/\bp\.add\(/g, 4],
  ] as const) {
    for (const m of source.matchAll(pattern)) {
      const call = source.slice(m.index, closing(source, m.index + m[0].length - 1));
      if (argumentCount(call) < min) found.push(call);
    }
  }
  for (const m of source.matchAll(/\{/g)) {
    const literal = source.slice(m.index, closing(source, m.index));
    const top = topLevel(literal.slice(1, -1));
    const key = (name: string) => new RegExp(String.raw`(^|[\s,])${name}\s*([:,]|$)`).test(top);
    const refusal = key('field') && key('message') && !/;/.test(top);
    if (refusal && !key('code') && !/\.\.\./.test(top)) {
      found.push(literal);
    }
  }
  return found;
}

describe('refusals carry a problem code', () => {
  it('finds a problem or a field call without a code, and passes one with it', () => {
    expect(codeless(`problems.push({ field: 'x', message: 'noem er één (name one)' });`)).toEqual([
      `{ field: 'x', message: 'noem er één (name one)' }`,
    ]);
    expect(codeless(`return { field, message: 'te lang (too long)' };`)).toHaveLength(1);
    expect(codeless(`fields: [{ field: 'file', message: 'te groot (too large)' }]`)).toHaveLength(
      1,
    );
    expect(codeless(`throw UserInputError.field('x', 'fout (wrong)');`)).toHaveLength(1);
    expect(codeless(`throw UserInputError.field(\n  'x',\n  'fout (wrong)',\n);`)).toHaveLength(1);
    expect(
      codeless(`problems.push({ field: 'x', message: 'a (b)', code: 'AT_LEAST_ONE' });`),
    ).toEqual([]);
    expect(codeless(`problems.push({ field, message, ...code });`)).toEqual([]);
    expect(codeless(`UserInputError.field('x', 'a, b (c)', { code: 'INVALID_ID' });`)).toEqual([]);
    expect(codeless(`UserInputError.field('code', table.formMessage, table.formCode)`)).toEqual([]);
    // The data-package import's refusals (its report's lines) carry one too.
    expect(codeless(`p.add(record, 'id', 'fout (wrong)');`)).toHaveLength(1);
    expect(codeless(`p.add(\n  record,\n  'id',\n  \`te lang (\${n})\`,\n);`)).toHaveLength(1);
    expect(codeless(`p.add(record, 'uri', 'a, b (c)', 'UNKNOWN_CODES', { codes });`)).toEqual([]);
    expect(codeless(`list.push({ record, field, message });`)).toHaveLength(1);
    // An interface that has a field and a message is no problem literal.
    expect(codeless(`interface Refusal {\n  field: string;\n  message: string;\n}`)).toEqual([]);
    // A comment inside the literal ("the client's text") is no string.
    expect(
      codeless(`push({ field, message: m,\n // the client's text\n code: 'NOT_TEXT' })`),
    ).toEqual([]);
  });

  it('everywhere in the API and the domain', () => {
    const found = SCANNED.flatMap(sourceFiles).flatMap((file) =>
      codeless(readFileSync(join(ROOT, file), 'utf8')).map(
        (text) => `${file}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
