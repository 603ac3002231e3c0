/**
 * A GraphQL field renamed under the glossary's rule keeps its old name, deprecated, until clients
 * have moved. On input, a caller may use either name, not both: both would leave it unclear which
 * one counts.
 */
export interface RenamedValue<T> {
  /** The value under whichever name the caller used; undefined when neither was given. */
  value: T | undefined;
  /** The name the caller used (the new one when neither or both were given). */
  field: string;
  /** Both names were given. */
  both: boolean;
}

export function renamedValue<T>(
  current: { name: string; value: T | null | undefined },
  deprecated: { name: string; value: T | null | undefined },
): RenamedValue<T> {
  const hasCurrent = current.value !== null && current.value !== undefined;
  const hasDeprecated = deprecated.value !== null && deprecated.value !== undefined;
  if (hasDeprecated && !hasCurrent) {
    return { value: deprecated.value as T, field: deprecated.name, both: false };
  }
  return {
    value: hasCurrent ? (current.value as T) : undefined,
    field: current.name,
    both: hasCurrent && hasDeprecated,
  };
}

export function bothNamesMessage(current: string, deprecated: string): string {
  return `gebruik ${current} of het verouderde ${deprecated}, niet allebei (use ${current} or the deprecated ${deprecated}, not both)`;
}

export function deprecatedFor(current: string): string {
  return `Vervangen door ${current} (replaced by ${current})`;
}
