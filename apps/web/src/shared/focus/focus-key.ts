import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

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
 * its place (or the last one), or, when none is left, to `whenEmptyKey` (the list's heading or
 * its add button) — not to the top of the page. Without it an empty list leaves the focus to the
 * page (the layout's fallback).
 * Returns what to call when the action succeeded, with the item's id and place in the list.
 */
export function useFocusAfterRemoval<Item>(
  items: readonly Item[] | undefined,
  idOf: (item: Item) => string,
  focusKeyOf: (item: Item) => string,
  whenEmptyKey?: string,
): (id: string, index: number) => void {
  const [removed, setRemoved] = useState<{ id: string; index: number } | null>(null);
  useEffect(
    function focusNextItem() {
      if (!removed || !items || items.some((item) => idOf(item) === removed.id)) return;
      const next = items[Math.min(removed.index, items.length - 1)];
      const key = next ? focusKeyOf(next) : whenEmptyKey;
      if (key) focusByKey(key);
      setRemoved(null);
    },
    [removed, items, idOf, focusKeyOf, whenEmptyKey],
  );
  return useCallback((id: string, index: number) => setRemoved({ id, index }), []);
}

/**
 * A ref to the element that takes the keyboard whenever `trigger` is truthy and changes (on
 * mount too): for what appears in the place of the control that had the focus (a confirmation,
 * a notice, a request's heading after its answer). A counter as the trigger focuses again on
 * each increment.
 */
export function useFocusWhen<Element extends HTMLElement>(
  trigger: unknown,
): RefObject<Element | null> {
  const ref = useRef<Element>(null);
  useEffect(
    function focusOnTrigger() {
      if (trigger) ref.current?.focus();
    },
    [trigger],
  );
  return ref;
}

/**
 * Something that opens in place, next to or instead of the button that opens it (a form, a
 * question): when it opens the keyboard goes to `opened`, and when it closes again back to
 * `opener` (not to the top of the page). Nothing moves on mount while it is closed.
 */
export function useFocusOnOpenAndClose<Opened extends HTMLElement, Opener extends HTMLElement>(
  open: boolean,
): { opened: RefObject<Opened | null>; opener: RefObject<Opener | null> } {
  const opened = useRef<Opened>(null);
  const opener = useRef<Opener>(null);
  const wasOpen = useRef(false);
  useEffect(
    function focusOnOpenAndClose() {
      if (open) opened.current?.focus();
      else if (wasOpen.current) opener.current?.focus();
      wasOpen.current = open;
    },
    [open],
  );
  return { opened, opener };
}
