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

/**
 * A term and its synonyms, each as its words: a synonym of several words is a phrase
 * ("extra leertijd"), to be found as those words in that order — not as any text that holds
 * one of them ("werk" alone would match most of the index).
 */
export function expandTerm(term: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const alternative of [term, ...(SYNONYMS[term] ?? [])]) {
    const words = fold(alternative)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
    const key = words.join(' ');
    if (words.length > 0 && !seen.has(key)) {
      seen.add(key);
      out.push(words);
    }
  }
  return out;
}
