import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { RouterContext, type NavigateOptions } from './router-context';

interface Location {
  path: string;
  search: string;
}

function currentLocation(): Location {
  // Treat "/over/" like "/over" so a trailing slash does not land on "not found".
  const path = window.location.pathname.replace(/\/+$/, '');
  return { path: path === '' ? '/' : path, search: window.location.search };
}

// A tiny History API router: a few pages and a query string do not need a routing library.
// The query string is part of the state, so shared links, reload and back/forward all work.
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);

  useEffect(() => {
    const onPopState = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const here = window.location.pathname + window.location.search;
    const pathChanges = new URL(to, window.location.href).pathname !== window.location.pathname;
    if (to !== here) {
      if (options.replace) window.history.replaceState(null, '', to);
      else window.history.pushState(null, '', to);
    }
    setLocation(currentLocation());
    // A new page starts at the top; a new query on the same page keeps the scroll position.
    if (pathChanges) window.scrollTo(0, 0);
  }, []);

  const value = useMemo(
    () => ({ path: location.path, search: location.search, navigate }),
    [location, navigate],
  );
  return <RouterContext value={value}>{children}</RouterContext>;
}
