import { DUTCH_STOP_WORDS } from './dutch-stop-words.js';
import { synonymMap } from './synonyms.js';

export const MAX_QUERY_TERMS = 8;
const STOP = new Set(DUTCH_STOP_WORDS);
const SYNONYMS = synonymMap();

/** Lower case without accents: "Súdwest-Fryslân" → "sudwest-fryslan". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Query words worth searching for: folded, no stop words, at most MAX_QUERY_TERMS. */
export function queryTerms(text: string): string[] {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP.has(w));
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

/** A term plus its synonyms (single words only; phrases are searched as their words). */
export function expandTerm(term: string): string[] {
  const extra = (SYNONYMS[term] ?? []).flatMap((s) => fold(s).split(/\s+/));
  return [...new Set([term, ...extra])];
}
