import { DUTCH_STOP_WORDS } from '../dutch-stop-words.js';
import { synonymMap } from '../synonyms.js';

// The index settings we own. Compared with the server's at start and applied only when
// they differ, so restarts do not trigger a full re-indexing on the server.
export const MEILI_SETTINGS = {
  searchableAttributes: [
    'title',
    'organisationName',
    'interventionLabels',
    'description',
    'organisationDescription',
    'city',
  ],
  filterableAttributes: [
    'id',
    'interventionTypes',
    'sectors',
    'targetGroups',
    'deliveryModes',
    'costType',
    'verified',
    'organisationType',
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
  pagination: { maxTotalHits: 10000 },
} as const;

export type MeiliSettings = typeof MEILI_SETTINGS;

/** The settings keys whose server value differs from ours (order-insensitive for lists). */
export function settingsDiff(
  server: Record<string, unknown>,
  ours: Record<string, unknown> = MEILI_SETTINGS,
): string[] {
  return Object.keys(ours).filter(
    (key) => canonical(server[key], key) !== canonical(ours[key], key),
  );
}

// Lists of attribute names are sets for Meilisearch, except searchableAttributes (ranked by order).
function canonical(value: unknown, key: string): string {
  return JSON.stringify(normalise(value, key !== 'searchableAttributes'));
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
