// Narrows the matches as the school leader types. This runs in the browser over the matches
// already returned (at most MATCH_LIMIT per school), which is instant and needs no round trip;
// it filters, it does not re-rank.
export interface FilterableMatch {
  reasons: { text: string }[];
  offering: { title: string; description: string; interventionCodes: string[] };
  organisation: { name: string; city: string };
}

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterMatches<T extends FilterableMatch>(
  matches: readonly T[],
  term: string,
  needLabel: (code: string) => string,
): T[] {
  const words = normalise(term).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...matches];
  return matches.filter((match) => {
    const haystack = normalise(
      [
        match.offering.title,
        match.offering.description,
        match.organisation.name,
        match.organisation.city,
        ...match.offering.interventionCodes.map(needLabel),
        ...match.reasons.map((r) => r.text),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
