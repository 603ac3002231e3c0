import { useCallback, useEffect, useState } from 'react';

/**
 * Elements the keyboard may be handed to after an action carry `data-focus-key`: a key names
 * the element across renders, where a ref would point at a node React has already replaced.
 */
export function focusByKey(key: string): void {
  document.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
}

/**
 * An action that takes an item out of a list (verify, reject, delete, remove) takes the focused
 * button with it. Once the list no longer holds the item, the keyboard goes on to the item now in
 * its place (or the last one), or to the heading when none is left — not to the top of the page.
 * Without a heading key an empty list leaves the focus to the page (the layout's fallback).
 * Returns what to call when the action succeeded, with the item's id and place in the list.
 */
export function useFocusAfterRemoval<Item>(
  items: readonly Item[] | undefined,
  idOf: (item: Item) => string,
  focusKeyOf: (item: Item) => string,
  headingKey?: string,
): (id: string, index: number) => void {
  const [removed, setRemoved] = useState<{ id: string; index: number } | null>(null);
  useEffect(
    function focusNextItem() {
      if (!removed || !items || items.some((item) => idOf(item) === removed.id)) return;
      const next = items[Math.min(removed.index, items.length - 1)];
      const key = next ? focusKeyOf(next) : headingKey;
      if (key) focusByKey(key);
      setRemoved(null);
    },
    [removed, items, idOf, focusKeyOf, headingKey],
  );
  return useCallback((id: string, index: number) => setRemoved({ id, index }), []);
}
