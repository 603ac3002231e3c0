/** What the user picked, in the list or on the map; both show the same selection. */
export type Selection = { kind: 'school'; id: string } | { kind: 'partner'; id: string } | null;

export function isSelected(selection: Selection, kind: 'school' | 'partner', id: string): boolean {
  return selection !== null && selection.kind === kind && selection.id === id;
}

/** The selection after picking `next` again: picking the selected item deselects it. */
export function toggledSelection(selection: Selection, next: NonNullable<Selection>): Selection {
  return isSelected(selection, next.kind, next.id) ? null : next;
}
