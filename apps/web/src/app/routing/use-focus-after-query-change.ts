import { useEffect, useRef, type RefObject } from 'react';

/** The element that last took the focus, while trackFocus listens (null before any). */
let lastFocused: Element | null = null;

function remember(event: FocusEvent): void {
  if (event.target instanceof Element) lastFocused = event.target;
}

/**
 * Remembers the element that last took the focus (`focusin`), for focusIsLost; returns how to
 * stop. The layout starts it once.
 */
export function trackFocus(): () => void {
  const active = document.activeElement;
  lastFocused = active !== null && active !== document.body ? active : null;
  document.addEventListener('focusin', remember);
  return () => {
    document.removeEventListener('focusin', remember);
    lastFocused = null;
  };
}

/**
 * Whether the keyboard has nowhere to be because the element that had it was removed. Nothing
 * focused is not enough: after a fresh load, a mouse click on plain text, or a click on a button
 * in Safari (which does not focus it) the page itself has the focus, and moving it then would
 * scroll the page and take a screen reader away from where it reads.
 */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  const onNothing = active === null || active === document.body || !active.isConnected;
  return onNothing && lastFocused !== null && !lastFocused.isConnected;
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
  useEffect(trackFocus, []);
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
