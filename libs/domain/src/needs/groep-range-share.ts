/**
 * The share of a school's pupils a needs-profile line's groepen stand for, one eighth per groep
 * within groep 1–8; `otherwise` (the applicability table's share) when the line names no groep
 * or its range holds none of them.
 */
export function groepRangeShare(
  line: { groepMin?: number | null; groepMax?: number | null },
  otherwise: number,
): number {
  const lo = line.groepMin ?? null;
  const hi = line.groepMax ?? null;
  if (lo === null && hi === null) return otherwise;
  const a = Math.max(1, lo ?? 1);
  const b = Math.min(8, hi ?? 8);
  return b >= a ? (b - a + 1) / 8 : otherwise;
}
