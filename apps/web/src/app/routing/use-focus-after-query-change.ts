import { useEffect, useRef, type RefObject } from 'react';

/** Whether the keyboard has nowhere to be: the focused element was removed (or none had it). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/**
 * After the query string changes on the same path, gives `fallback` the focus when it was lost
 * (see AppLayout). Runs in the layout, so after the page's own effects: a page that moves the
 * focus somewhere better keeps that.
 */
export function useFocusAfterQueryChange(
  path: string,
  search: string,
  fallback: RefObject<HTMLElement | null>,
): void {
  const previous = useRef({ path, search });
  useEffect(
    function focusContentWhenLost() {
      const before = previous.current;
      previous.current = { path, search };
      if (before.path !== path || before.search === search) return;
      if (focusIsLost()) fallback.current?.focus({ preventScroll: true });
    },
    [path, search, fallback],
  );
}
