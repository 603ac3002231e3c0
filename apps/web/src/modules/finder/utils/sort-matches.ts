import type { FinderSort } from './finder-state';

// The API ranks by fit (score); the school leader may prefer the nearest partners, or those
// that confirmed their offering most recently. This reorders the (at most MATCH_LIMIT)
// matches already returned, keeping the API's order among equals; the language filter
// narrows them the same way (offerings name few languages, and the list is at hand).
interface SortableMatch {
  distanceKm?: number | null;
  offering: { lastConfirmedAt?: unknown; languages: readonly string[] };
  organisation: { lastConfirmedAt?: unknown };
}

const time = (value: unknown): number => {
  if (typeof value !== 'string' && !(value instanceof Date)) return -Infinity;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? -Infinity : ms;
};

export function sortMatches<T extends SortableMatch>(matches: readonly T[], sort: FinderSort): T[] {
  const ranked = matches.map((match, rank) => ({ match, rank }));
  if (sort === 'afstand') {
    // Unknown distances last.
    const km = (m: T) => m.distanceKm ?? Infinity;
    ranked.sort((a, b) => km(a.match) - km(b.match) || a.rank - b.rank);
  } else if (sort === 'bevestigd') {
    const confirmed = (m: T) => time(m.offering.lastConfirmedAt ?? m.organisation.lastConfirmedAt);
    ranked.sort((a, b) => confirmed(b.match) - confirmed(a.match) || a.rank - b.rank);
  }
  return ranked.map((r) => r.match);
}

export function inLanguage<T extends SortableMatch>(
  matches: readonly T[],
  language: string | null,
): T[] {
  if (language === null) return [...matches];
  return matches.filter((m) => m.offering.languages.includes(language));
}

/** The languages of these matches, each once. */
export function languagesOf(matches: readonly SortableMatch[]): string[] {
  return [...new Set(matches.flatMap((m) => m.offering.languages))];
}
