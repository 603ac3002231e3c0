// Languages an offering is given in, as ISO 639 codes ("nl", "tr", "pap"). Partners and data
// sets also send language tags ("nl-NL", "en_GB", " NL "); those are read once, on write, as
// their primary subtag in lower case, so a filter on "nl" finds an offering tagged "nl-NL".

/** A stored language code: an ISO 639-1 or 639-2/3 code, lower case. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * A language tag as it may be sent: a 2–3 letter primary subtag, optionally followed by
 * subtags (region, script, …) separated by "-" or "_"; case and surrounding blanks are free.
 */
export const LANGUAGE_TAG = /^\s*[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*\s*$/i;

/** "nl-NL" → "nl", " TR " → "tr", "pap" → "pap"; null when it is no language tag. */
export function parseLanguageTag(raw: string): string | null {
  if (!LANGUAGE_TAG.test(raw)) return null;
  const primary = raw.trim().split(/[-_]/)[0]!.toLowerCase();
  return LANGUAGE_CODE.test(primary) ? primary : null;
}

/**
 * A sent list of language tags, read the one way every input reads it (an offering's languages,
 * the matcher's and the search's filters): a tag becomes its stored code; a blank entry names no
 * language and is dropped (what is left may be empty: an offering of no stated language, a filter
 * that filters nothing); anything else stays as sent, for the validator to refuse naming the field.
 */
export function readLanguageTags(raw: readonly unknown[]): unknown[] {
  return raw.flatMap((v) => {
    if (typeof v !== 'string') return [v];
    return v.trim() === '' ? [] : [parseLanguageTag(v) ?? v];
  });
}

/** Whether a value is a stored-form language code ("nl"), not a tag or a name. */
export const isLanguageCode = (v: string): boolean => LANGUAGE_CODE.test(v);

/**
 * A list of tags in stored form: each parsed once, blanks and non-tags dropped, duplicates
 * ("nl", "nl-BE") kept once, in the order first named.
 */
export function normaliseLanguages(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of raw) {
    const code = parseLanguageTag(tag);
    if (code !== null && !out.includes(code)) out.push(code);
  }
  return out;
}
