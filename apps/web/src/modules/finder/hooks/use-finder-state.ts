import { useCallback, useMemo } from 'react';

import type { NavigateOptions } from '../../../app/routing/router-context';
import { useRouter } from '../../../app/routing/use-router';
import {
  finderSearch,
  parseFinderState,
  type FinderState,
} from '../../../shared/finder-state/finder-state';

/** The finder's state, read from and written to the URL (each change is a history entry). */
export function useFinderState() {
  const { path, search, navigate } = useRouter();
  const state = useMemo(() => parseFinderState(search), [search]);
  const update = useCallback(
    (patch: Partial<FinderState>, options?: NavigateOptions) => {
      const next = { ...parseFinderState(window.location.search), ...patch };
      navigate(`${path}${finderSearch(next)}`, options);
    },
    [navigate, path],
  );
  return { state, update };
}
