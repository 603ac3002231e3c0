import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCANNED, sourceFiles } from './api-sources.fixture.js';

// Server messages are Dutch first, English second (docs/glossary.md). A problem written out as a
// literal, `UserInputError.field('x', '…')`, `{ field: 'x', message: '…' }` or a validator's
// `{ message: '…' }` (also `'…' + '…'`), must carry its English in brackets: "minstens 2 tekens
// (at least 2 characters)"; so must a problem of the HSDS package import,
// `p.add(record, 'field', '…')`. The domain's problems reach users as they are, so its source is
// read too. Texts built elsewhere (shared constants, functions) are checked where they are written.

const ONE_LITERAL = String.raw`(?:'[^'\n]*'|"[^"\n]*"|\x60[^\x60]*\x60)`;
/** A literal, or literals joined with `+` (the English then ends the last one). */
const LITERAL = String.raw`(${ONE_LITERAL}(?:\s*\+\s*${ONE_LITERAL})*)`;
const PROBLEMS = [
  new RegExp(String.raw`UserInputError\.field\(\s*[^,()]+,\s*` + LITERAL, 'g'),
  // A problem `{ field, message }` and a validator's options `{ message }` alike.
  new RegExp(String.raw`\bmessage:\s*` + LITERAL, 'g'),
  // The HSDS package import's problem list: p.add(record, 'field', '…').
  new RegExp(String.raw`\bp\.add\(\s*[^,()]+,\s*'[^']*',\s*` + LITERAL, 'g'),
];
/** The last part in brackets (which may hold brackets itself: "http(s)"), at the end. */
const LAST_BRACKETS = /\((?:[^()]|\([^()]*\))*\)\s*(?::.*)?['"\x60]$/s;
/** Ends in an English part in brackets: letters, not only a code or a number. */
const ENGLISH_AT_END = (text: string): boolean =>
  /[a-z]{2,}/.test(text.match(LAST_BRACKETS)?.[0] ?? '');

/** Only interpolations and punctuation: the words come from elsewhere, checked where written. */
const BUILT_ELSEWHERE = (text: string): boolean =>
  !/[a-z]{2,}/i.test(text.replace(/\$\{[^}]*\}/g, ''));

function dutchOnly(source: string): string[] {
  return PROBLEMS.flatMap((pattern) =>
    [...source.matchAll(pattern)]
      .map((m) => m[1])
      .filter((text) => !ENGLISH_AT_END(text) && !BUILT_ELSEWHERE(text)),
  );
}

describe('server messages written as literals', () => {
  it('finds a Dutch-only message, and passes a bilingual one', () => {
    expect(dutchOnly(`UserInputError.field('name', 'minstens 2 tekens')`)).toEqual([
      `'minstens 2 tekens'`,
    ]);
    expect(dutchOnly(`problems.push({ field: 'role', message: 'onbekende rol' });`)).toEqual([
      `'onbekende rol'`,
    ]);
    expect(
      dutchOnly(`UserInputError.field('x', 'stuur zip (datapackage) of json (HSDS)')`),
    ).toEqual([`'stuur zip (datapackage) of json (HSDS)'`]);
    expect(dutchOnly(`p.add(record, 'status', 'moet active of inactive zijn');`)).toEqual([
      `'moet active of inactive zijn'`,
    ]);
    expect(dutchOnly("p.add(record, 'uri', `${region.unknown}: ${code}`);")).toEqual([]);
    expect(dutchOnly("p.add(record, 'uri', `${what} ontbreekt: ${code}`);")).toEqual([
      '`${what} ontbreekt: ${code}`',
    ]);
    expect(
      dutchOnly(`UserInputError.field('name', 'minstens 2 tekens (at least 2 characters)')`),
    ).toEqual([]);
    expect(
      dutchOnly('{ field: `a`, message: `staat op ${s}, niet PENDING (is ${s}, not PENDING)` }'),
    ).toEqual([]);
  });

  it('finds one in a validator’s options, a field built with ${}, or joined with +', () => {
    expect(dutchOnly("@IsEnum(E, { message: `moet een van ${E.join(', ')} zijn` })")).toEqual([
      "`moet een van ${E.join(', ')} zijn`",
    ]);
    expect(dutchOnly('{ field: `${at}.radiusKm`, message: `${lo}–${hi} km` }')).toEqual([
      '`${lo}–${hi} km`',
    ]);
    expect(dutchOnly(`{ message:\n 'kies uit ' + 'A of B' }`)).toEqual([`'kies uit ' + 'A of B'`]);
    expect(dutchOnly(`{ message: "kies 'A' of 'B'" }`)).toEqual([`"kies 'A' of 'B'"`]);
    expect(
      dutchOnly("{ message: `kies uit ${list(nl, 'of')}` +\n ` (choose from ${list(en, 'or')})` }"),
    ).toEqual([]);
    expect(
      dutchOnly(`{ message: 'moet een http(s):// URL zijn (must be an http(s):// URL)' }`),
    ).toEqual([]);
  });

  it('carry their English in brackets everywhere in the API', () => {
    const found = SCANNED.flatMap(sourceFiles).flatMap((file) =>
      dutchOnly(readFileSync(join(ROOT, file), 'utf8')).map((text) => `${file}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
