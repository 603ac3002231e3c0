import { useEffect, useRef } from 'react';

/** Scrolls the element into its list when it becomes active (e.g. picked on the map). */
export function useScrollIntoView<T extends HTMLElement>(active: boolean) {
  const ref = useRef<T>(null);
  useEffect(
    function scrollWhenActive() {
      if (active) ref.current?.scrollIntoView({ block: 'nearest' });
    },
    [active],
  );
  return ref;
}
