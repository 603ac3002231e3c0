import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delayMs` (so typing does not query per key). */
export function useDebouncedValue<T>(value: T, delayMs = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    // Nothing to wait for when it already holds the value (on mount, or typed back): no timer,
    // so no render a moment later for nothing.
    if (Object.is(value, debounced)) return;
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, debounced, delayMs]);
  return debounced;
}
