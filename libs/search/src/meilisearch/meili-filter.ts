import type { SearchFilters, SearchScope } from '../search-query.js';

/** A Meilisearch string literal: double quotes, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: string, values: readonly string[] | undefined): string | null {
  if (!values || values.length === 0) return null;
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/** Builds one filter expression: filters are ANDed, values within a filter ORed. */
export function buildMeiliFilter(filters: SearchFilters, scope?: SearchScope): string | undefined {
  const parts = [
    anyOf('interventionTypes', filters.interventionTypes),
    anyOf('sectors', filters.sectors),
    anyOf('targetGroups', filters.targetGroups),
    anyOf('deliveryModes', filters.deliveryModes),
    anyOf('costType', filters.costTypes),
    anyOf('organisationType', filters.organisationTypes),
    filters.verifiedOnly ? 'verified = true' : null,
    anyOf('fundingRoutes', filters.fundingRoutes),
    anyOf('languages', filters.languages),
    scope ? scopeFilter(scope) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.map((p) => `(${p})`).join(' AND ') : undefined;
}

function scopeFilter(scope: SearchScope): string {
  const alternatives = [
    'national = true',
    `municipalityCodes = ${quote(scope.municipalityCode)}`,
    `provinceCodes = ${quote(scope.provinceCode)}`,
  ];
  if (scope.spatialOfferingIds.length > 0)
    alternatives.push(`id IN [${scope.spatialOfferingIds.map(quote).join(', ')}]`);
  return alternatives.join(' OR ');
}
