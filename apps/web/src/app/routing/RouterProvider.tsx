import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import { RouterContext, type NavigateOptions, type NavigationGuard } from './router-context';

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
  // Guards of pages with unsaved work (the partner portal's forms): asked before leaving.
  const guards = useRef(new Set<NavigationGuard>());
  const shown = useRef(hrefOf(location));
  useEffect(() => {
    shown.current = hrefOf(location);
  }, [location]);

  useEffect(() => {
    const onPopState = () => {
      const to = window.location.pathname + window.location.search;
      // Back or forward already moved the address: put back the one whose page stays, so the
      // address bar matches what is shown while the page asks (going on navigates afresh).
      if (to !== shown.current && heldBy(guards.current, to)) {
        window.history.pushState(null, '', shown.current);
        return;
      }
      setLocation(currentLocation());
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const here = window.location.pathname + window.location.search;
    if (to !== here && !options.force && heldBy(guards.current, to)) return;
    const pathChanges = new URL(to, window.location.href).pathname !== window.location.pathname;
    if (to !== here) {
      if (options.replace) window.history.replaceState(null, '', to);
      else window.history.pushState(null, '', to);
    }
    setLocation(currentLocation());
    // A new page starts at the top; a new query on the same page keeps the scroll position.
    if (pathChanges) window.scrollTo(0, 0);
  }, []);

  const guard = useCallback((g: NavigationGuard) => {
    guards.current.add(g);
    return () => {
      guards.current.delete(g);
    };
  }, []);

  const value = useMemo(
    () => ({ path: location.path, search: location.search, navigate, guard }),
    [location, navigate, guard],
  );
  return <RouterContext value={value}>{children}</RouterContext>;
}

/** Whether a guard holds the navigation to `to` (each guard is asked until one holds it). */
function heldBy(guards: ReadonlySet<NavigationGuard>, to: string): boolean {
  return [...guards].some((g) => g(to));
}

function hrefOf(location: Location): string {
  return location.path + location.search;
}
