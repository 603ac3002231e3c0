/**
 * The choices of a checkbox group after one is ticked or unticked, in the order of `order` (the
 * catalogue's or the form's), so equal choices give equal links and requests whatever the order
 * of the clicks.
 */
export function toggled<T>(order: readonly T[], chosen: readonly T[], value: T): T[] {
  const next = new Set(chosen);
  if (!next.delete(value)) next.add(value);
  return order.filter((v) => next.has(v));
}
