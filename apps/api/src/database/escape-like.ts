/** User text made literal inside a LIKE/ILIKE pattern (the default escape is a backslash). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
