import { describe, expect, it } from '@jest/globals';

import { fieldProblems, serverError } from './server-errors';
import { inLanguage, PROBLEM_CATALOGUE, problemText } from './problem-catalogue';

const badInput = {
  errors: [
    {
      message: 'organisationName: mag hoogstens 200 tekens zijn (at most 200 characters)',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'organisationName',
            message: 'mag hoogstens 200 tekens zijn (at most 200 characters)',
            code: 'TOO_LONG',
            params: { max: 200 },
          },
          { field: 'website', message: 'geen geldig webadres (not a valid web address)' },
          { field: 'kvkNumber', message: 'KvK-nummer onbekend' },
        ],
      },
    },
  ],
};

describe('the shared server-error reader', () => {
  it('renders a code from the catalogue in Dutch or English', () => {
    expect(fieldProblems(badInput, 'nl')[0]!.message).toBe('Mag hoogstens 200 tekens zijn.');
    expect(fieldProblems(badInput, 'en')[0]!.message).toBe('At most 200 characters.');
  });

  it('falls back to the matching half of a bilingual server message, as a sentence', () => {
    // Written "field: text" by the server, it reads as a sentence in a form's summary.
    expect(fieldProblems(badInput, 'nl')[1]!.message).toBe('Geen geldig webadres.');
    expect(fieldProblems(badInput, 'en')[1]!.message).toBe('Not a valid web address.');
    // A message with only one language is shown in that language.
    expect(fieldProblems(badInput, 'en')[2]!.message).toBe('KvK-nummer onbekend.');
  });

  it('returns every field problem at once and a localised overall message', () => {
    const info = serverError(badInput, 'nl');
    expect(info.fields.map((f) => f.field)).toEqual(['organisationName', 'website', 'kvkNumber']);
    expect(info.message).toBe('organisationName: mag hoogstens 200 tekens zijn');
    expect(serverError(badInput, 'en').message).toBe('at most 200 characters');
  });

  it('keeps nested brackets and leaves English out of Dutch', () => {
    expect(inLanguage('tussen 1 en 5 (between 1 and 5 (inclusive))', 'en')).toBe(
      'between 1 and 5 (inclusive)',
    );
    expect(inLanguage('tussen 1 en 5 (between 1 and 5 (inclusive))', 'nl')).toBe('tussen 1 en 5');
  });

  it("splits the geometry validator's messages, brackets on both sides included", () => {
    // Two of libs/domain/src/geo/validate-geometry.ts's messages, as the portal receives them.
    const hole =
      "Gat 1 ligt (deels) buiten de buitenrand van de polygoon (hole 1 lies (partly) outside the polygon's outer boundary)";
    expect(inLanguage(hole, 'nl')).toBe('Gat 1 ligt (deels) buiten de buitenrand van de polygoon');
    expect(inLanguage(hole, 'en')).toBe(
      "hole 1 lies (partly) outside the polygon's outer boundary",
    );
    const ring =
      'Een polygoon moet minstens één ring (de buitenrand) hebben (a polygon needs at least one ring, its outer boundary)';
    expect(inLanguage(ring, 'nl')).toBe(
      'Een polygoon moet minstens één ring (de buitenrand) hebben',
    );
    expect(inLanguage(ring, 'en')).toBe('a polygon needs at least one ring, its outer boundary');
  });

  it('has both languages for every code', () => {
    for (const [code, texts] of Object.entries(PROBLEM_CATALOGUE)) {
      const params = { max: 3, min: 1 };
      expect([code, texts.nl(params).length > 0]).toEqual([code, true]);
      expect(texts.en(params)).not.toBe(texts.nl(params));
    }
    expect(problemText({ code: 'NO_SUCH_CODE', message: 'x (y)' }, 'en')).toBe('Y.');
  });

  it('words every code as a sentence in both languages: a capital first, a full stop last', () => {
    const params = {
      max: 3,
      min: 1,
      found: 4,
      start: '2026-08-01',
      end: '2027-07-31',
      years: '2025-2026',
      vestigingscode: '00AH07',
      codes: 'GM9999',
      detail: 'ring 1',
      nl: 'alleen voor het voortgezet onderwijs',
      en: 'secondary schools only',
    };
    const notSentences = Object.entries(PROBLEM_CATALOGUE).flatMap(([code, texts]) =>
      (['nl', 'en'] as const)
        .map((lang) => [code, lang, texts[lang](params)] as const)
        .filter(([, , text]) => !/^[A-Z0-9ÀÉË'‘]/u.test(text) || !/[.!?]$/.test(text)),
    );
    expect(notSentences).toEqual([]);
  });

  it('names the value that was not found, when the server sends it', () => {
    // UserInputError.notFound: "onbekend (unknown): ZZ9999" — the sentence read "Niet gevonden."
    const notFound = { code: 'NOT_FOUND', message: 'onbekend (unknown): ZZ9999' };
    expect(problemText({ ...notFound, params: { value: 'ZZ9999' } }, 'nl')).toBe(
      'Niet gevonden: ZZ9999.',
    );
    expect(problemText({ ...notFound, params: { value: 'ZZ9999' } }, 'en')).toBe(
      'Not found: ZZ9999.',
    );
    // Without the value (an unknown offering, which must not tell more): the short sentence.
    expect(problemText({ code: 'NOT_FOUND', message: 'onbekend (unknown)' }, 'nl')).toBe(
      'Niet gevonden.',
    );
  });

  it('keeps the facts the server names: what kind of code is unknown, what a count counts', () => {
    // accounts.service.ts: "onbekende vestigingscode (unknown school): QQ9999".
    const school = { code: 'UNKNOWN_CODES', message: 'x (y)' };
    expect(
      problemText({ ...school, params: { kind: 'VESTIGINGSCODE', codes: 'QQ9999' } }, 'nl'),
    ).toBe('Onbekende vestigingscode: QQ9999.');
    expect(
      problemText({ ...school, params: { kind: 'VESTIGINGSCODE', codes: 'QQ9999' } }, 'en'),
    ).toBe('Unknown school code (vestigingscode): QQ9999.');
    expect(
      problemText({ ...school, params: { kind: 'MUNICIPALITY', codes: 'GM9998, GM9999' } }, 'nl'),
    ).toBe('Onbekende gemeentecodes: GM9998, GM9999.');
    expect(problemText({ ...school, params: { kind: 'TAXONOMY_TERM', codes: 'XX' } }, 'en')).toBe(
      'Unknown taxonomy term: XX.',
    );
    // Without a kind (an older server): the codes alone.
    expect(problemText({ ...school, params: { codes: 'QQ9999' } }, 'nl')).toBe('Onbekend: QQ9999.');
    // scenario.service.ts: "een geheel aantal aanbiedingen van 1 tot en met 50".
    const budget = { code: 'WHOLE_NUMBER_RANGE', message: 'x (y)' };
    expect(problemText({ ...budget, params: { min: 1, max: 50, unit: 'OFFERINGS' } }, 'nl')).toBe(
      'Moet een geheel aantal aanbiedingen van 1 tot en met 50 zijn.',
    );
    expect(problemText({ ...budget, params: { min: 1, max: 50, unit: 'OFFERINGS' } }, 'en')).toBe(
      'Must be a whole number of offerings from 1 to 50.',
    );
    expect(problemText({ ...budget, params: { min: 1, max: 50 } }, 'en')).toBe(
      'Must be a whole number from 1 to 50.',
    );
    const many = { code: 'TOO_MANY', message: 'x (y)' };
    expect(problemText({ ...many, params: { max: 1000, unit: 'SCHOOLS' } }, 'nl')).toBe(
      'Hoogstens 1.000 scholen.',
    );
    expect(problemText({ ...many, params: { max: 20, unit: 'LANGUAGES' } }, 'en')).toBe(
      'At most 20 languages.',
    );
    expect(problemText({ ...many, params: { max: 3 } }, 'nl')).toBe('Hoogstens 3 keuzes.');
    // The body refused as nested too deep names the limit (body-errors.ts, code TOO_DEEP).
    expect(problemText({ code: 'TOO_DEEP', params: { max: 40 }, message: 'x (y)' }, 'nl')).toBe(
      'Te diep genest (hoogstens 40 niveaus).',
    );
  });

  it('shows a code-less server refusal as a sentence, never in lower case', () => {
    const refusal = { message: 'noem ten minste één partner (at least one partner)' };
    expect(problemText(refusal, 'nl')).toBe('Noem ten minste één partner.');
    expect(problemText(refusal, 'en')).toBe('At least one partner.');
    expect(problemText({ code: 'AT_LEAST_ONE', ...refusal }, 'nl')).toBe('Kies er ten minste één.');
  });
});
