import { DUTCH_STOP_WORDS } from '../dutch-stop-words.js';
import { FACET_FIELDS } from '../search-query.js';
import { synonymMap } from '../synonyms.js';

// The index settings we own. Compared with the server's at start and applied only when
// they differ, so restarts do not trigger a full re-indexing on the server.
export const MEILI_SETTINGS = {
  // `sort` first: when a user asks for nearest or most recent, that order wins over relevance,
  // also with query text (Meilisearch's default puts `sort` after words/typo/proximity/attribute).
  // Without a sort parameter the rule does nothing and relevance decides, as before.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  searchableAttributes: [
    'title',
    'organisationName',
    'interventionLabels',
    'description',
    'organisationDescription',
    'city',
  ],
  // Every facet is also a filter (a chosen facet value narrows the search).
  filterableAttributes: [
    'id',
    ...FACET_FIELDS,
    'fundingRoutes',
    'languages',
    'national',
    'municipalityCodes',
    'provinceCodes',
    '_geo',
  ],
  sortableAttributes: ['updatedAt', '_geo'],
  stopWords: [...DUTCH_STOP_WORDS],
  synonyms: synonymMap(),
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  },
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  faceting: { maxValuesPerFacet: 100 },
  // Totals are counted exactly up to this many hits (page mode); far above the directory's size.
  pagination: { maxTotalHits: 100_000 },
} as const;

export type MeiliSettings = typeof MEILI_SETTINGS;

// Lists whose order means something to Meilisearch; other lists of names are sets.
const ORDERED = new Set(['searchableAttributes', 'rankingRules']);
// Settings whose keys are data (every synonym is ours), compared whole; in the other settings
// objects only the fields we set are compared, because the server echoes its defaults for the
// rest (typoTolerance.disableOnNumbers, faceting.sortFacetValuesBy, …) and would never settle.
const DICTIONARIES = new Set(['synonyms']);

/** The settings keys whose server value differs from ours. */
export function settingsDiff(
  server: Record<string, unknown>,
  ours: Record<string, unknown> = MEILI_SETTINGS,
): string[] {
  return Object.keys(ours).filter((key) => {
    const theirs = DICTIONARIES.has(key) ? server[key] : onlyOurFields(server[key], ours[key]);
    return canonical(theirs, key) !== canonical(ours[key], key);
  });
}

function onlyOurFields(theirs: unknown, ours: unknown): unknown {
  if (!isPlainObject(theirs) || !isPlainObject(ours)) return theirs;
  return Object.fromEntries(
    Object.keys(ours).map((field) => [field, onlyOurFields(theirs[field], ours[field])]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function canonical(value: unknown, key: string): string {
  return JSON.stringify(normalise(value, !ORDERED.has(key)));
}

function normalise(value: unknown, sortLists: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v, true));
    return sortLists && items.every((i) => typeof i === 'string')
      ? [...(items as string[])].sort()
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v, true)]),
    );
  }
  return value;
}
