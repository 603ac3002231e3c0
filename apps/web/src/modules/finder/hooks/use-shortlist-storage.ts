import { useEffect, useRef } from 'react';

import { parseShortlist, type FinderState } from '../../../shared/finder-state/finder-state';

const STORAGE_KEY = 'partnerwijzer.lijst';

function read(): string[] {
  try {
    return parseShortlist(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

/**
 * The shortlist lives in the URL (so a link shares it) and in localStorage (so it survives a
 * visit without the link). A page opened without `lijst` gets the stored one, once; every
 * change afterwards is stored.
 */
export function useShortlistStorage(
  shortlist: readonly string[],
  update: (patch: Partial<FinderState>, options?: { replace?: boolean }) => void,
) {
  const restored = useRef(false);
  useEffect(
    function restoreOrStore() {
      if (!restored.current) {
        restored.current = true;
        if (shortlist.length === 0) {
          const stored = read();
          if (stored.length > 0) update({ shortlist: stored }, { replace: true });
          return;
        }
      }
      try {
        if (shortlist.length > 0) window.localStorage.setItem(STORAGE_KEY, shortlist.join(','));
        else window.localStorage.removeItem(STORAGE_KEY);
      } catch {
        // Storage may be blocked; the URL still holds the list.
      }
    },
    [shortlist, update],
  );
}
