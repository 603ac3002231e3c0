// Typo tolerance for the school search, without a search engine: when a search finds nothing,
// each word that occurs nowhere is replaced by the closest word from the schools' place names,
// streets and names (edit distance 1 for short words, 2 for words of eight letters or more,
// also against the start of a longer word, so a half-typed "roterd" still finds Rotterdam).

export interface SearchVocabulary {
  /** Known words (lower case, no accents) with how many schools use them. */
  counts: Map<string, number>;
}

/** Lower case, accents removed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a search term, as the search matches them (lower case, at most 8). */
export function searchWords(term: string): string[] {
  return term.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

const WORD = /[\p{L}\p{N}'-]+/gu;

export function buildVocabulary(
  rows: readonly { name: string; city: string; address: string }[],
): SearchVocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const [word] of fold(text).matchAll(WORD)) {
      if (word.length < 3 || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  for (const row of rows) {
    add(row.city);
    add(row.name);
    add(row.address);
  }
  return { counts };
}

/** Optimal-string-alignment distance (adjacent swaps count once), or limit + 1 past the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * The term with misspelt words corrected, or null when no word needed (or had) a correction.
 * Words that already occur in some known word are kept as typed.
 */
export function correctTerm(term: string, vocabulary: SearchVocabulary): string | null {
  const words = searchWords(term);
  let changed = false;
  const known = [...vocabulary.counts.keys()];
  const out = words.map((typed) => {
    const word = fold(typed);
    const limit = allowedEdits(word);
    if (limit === 0 || known.some((k) => k.includes(word))) return typed;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const candidate of known) {
      const whole = editDistance(word, candidate, limit);
      // Against the start of a longer word, one letter either way ("roterd" ~ "rotterd…").
      let start = limit + 1;
      for (let cut = word.length - 1; cut <= word.length + 1; cut += 1) {
        if (candidate.length > cut + 1) {
          start = Math.min(start, editDistance(word, candidate.slice(0, cut), limit));
        }
      }
      const distance = Math.min(whole, start);
      if (distance > limit) continue;
      const count = vocabulary.counts.get(candidate) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    if (!best) return typed;
    changed = true;
    return best.word;
  });
  return changed ? out.join(' ') : null;
}
